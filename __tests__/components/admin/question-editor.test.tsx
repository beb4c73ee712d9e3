import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QuestionEditor } from "@/components/questions/question-editor";
import { checkSimilarQuestionsAction, createQuestionAction } from "@/lib/questions/actions";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: jest.fn(), replace: jest.fn() }) }));
jest.mock("@/lib/questions/actions", () => ({
  createQuestionAction: jest.fn(),
  updateQuestionAction: jest.fn(),
  checkSimilarQuestionsAction: jest.fn(async () => ({ ok: true, data: [] })),
}));

const create = createQuestionAction as jest.MockedFunction<typeof createQuestionAction>;
const similar = checkSimilarQuestionsAction as jest.MockedFunction<typeof checkSimilarQuestionsAction>;
const documents = [{ id: "d1", code: "749/QĐ-TTg", title: "Chương trình CĐS quốc gia" }];

function setup() {
  const user = userEvent.setup();
  render(<QuestionEditor mode={{ kind: "create", contestId: "c1" }} documents={documents} />);
  return user;
}

beforeEach(() => {
  create.mockReset();
  push.mockReset();
});

test("the preview shows the question as participants see it, options labelled A, B, C…", async () => {
  const user = setup();
  await user.type(screen.getByLabelText(/Nội dung câu hỏi/), "Ngày Chuyển đổi số quốc gia?");
  await user.type(screen.getByLabelText("Phương án A"), "10/10");
  await user.type(screen.getByLabelText("Phương án B"), "2/9");
  await user.click(screen.getByRole("radio", { name: /phương án A/ }));
  const preview = screen.getByRole("complementary", { name: /Xem trước như thí sinh nhìn thấy/ });
  expect(within(preview).getByText("Ngày Chuyển đổi số quốc gia?")).toBeInTheDocument();
  expect(
    within(preview)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["A.10/10Đáp án đúng", "B.2/9", "C.(Phương án trống)", "D.(Phương án trống)"]);
});

test("options can be added up to six and removed down to two", async () => {
  const user = setup();
  const add = screen.getByRole("button", { name: "+ Thêm phương án" });
  await user.click(add);
  await user.click(add);
  expect(screen.getByLabelText("Phương án F")).toBeInTheDocument();
  expect(add).toBeDisabled();
  for (const letter of ["F", "E", "D", "C"]) await user.click(screen.getByRole("button", { name: `Xóa phương án ${letter}` }));
  expect(screen.getByRole("button", { name: "Xóa phương án B" })).toBeDisabled();
});

test("saving without a correct option or with empty options shows the errors, linked to their fields", async () => {
  const user = setup();
  await user.type(screen.getByLabelText(/Nội dung câu hỏi/), "Câu hỏi chưa hoàn chỉnh?");
  await user.click(screen.getByRole("button", { name: "Lưu câu hỏi" }));
  expect(await screen.findByText("Chọn đáp án đúng.")).toBeInTheDocument();
  const optionA = screen.getByLabelText("Phương án A");
  expect(optionA).toHaveAttribute("aria-invalid", "true");
  expect(optionA).toHaveAccessibleDescription("Phương án không được để trống.");
  expect(create).not.toHaveBeenCalled();
});

test("a near-duplicate found on save is shown; saving again needs the confirmation", async () => {
  create.mockResolvedValueOnce({
    ok: true,
    data: { status: "similar", similar: [{ id: "q9", text: "Ngày Chuyển đổi số quốc gia là ngày nào?", score: 0.93, status: "ACTIVE" }] },
  });
  create.mockResolvedValueOnce({ ok: true, data: { status: "saved", id: "q10", version: 1, newVersion: true } });
  const user = setup();
  await user.type(screen.getByLabelText(/Nội dung câu hỏi/), "Ngày Chuyển đổi số quốc gia là ngày nào ?");
  await user.type(screen.getByLabelText("Phương án A"), "10/10");
  await user.type(screen.getByLabelText("Phương án B"), "2/9");
  await user.type(screen.getByLabelText("Phương án C"), "1/1");
  await user.type(screen.getByLabelText("Phương án D"), "26/3");
  await user.click(screen.getByRole("radio", { name: /phương án A/ }));
  await user.click(screen.getByRole("button", { name: "Lưu câu hỏi" }));
  expect(await screen.findByRole("link", { name: "Ngày Chuyển đổi số quốc gia là ngày nào?" })).toHaveAttribute("href", "/quan-tri/cau-hoi/q9");
  expect(create).toHaveBeenLastCalledWith(expect.objectContaining({ contestId: "c1", correctIndex: 0, confirmSimilar: false }));
  await user.click(screen.getByRole("checkbox", { name: /vẫn cần lưu/ }));
  await user.click(screen.getByRole("button", { name: "Lưu câu hỏi" }));
  await waitFor(() => expect(push).toHaveBeenCalledWith("/quan-tri/cau-hoi/q10?daLuu=1"));
  expect(create).toHaveBeenLastCalledWith(
    expect.objectContaining({ confirmSimilar: true, options: [{ text: "10/10" }, { text: "2/9" }, { text: "1/1" }, { text: "26/3" }] }),
  );
  expect(similar).toHaveBeenCalled();
});
