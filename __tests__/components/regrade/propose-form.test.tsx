// The jury's regrade proposal form as a juror uses it: the rule's checks run before anything is
// sent (a corrected key is required and must differ from the current key; a reason), the new-key
// list shows the chosen question's options, and a valid proposal is sent once.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProposeForm } from "@/components/regrade/propose-form";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const propose = jest.fn(async (_input: unknown) => ({
  ok: true,
  data: { regradeId: "r1", message: "Đã ghi đề xuất chấm lại; chờ quản trị viên quyết định." },
}));
jest.mock("@/lib/regrade/actions", () => ({ proposeRegradeAction: (input: unknown) => propose(input), dryRunRegradeAction: jest.fn() }));

const versions = [
  { id: "v1", label: "Chuyển đổi số là gì?", options: ["Số hóa", "Thay đổi toàn diện", "Mua máy tính", "Dùng mạng xã hội"], key: 0, applied: null },
];

function setup() {
  render(<ProposeForm roundId="round-1" versions={versions} />);
  return userEvent.setup();
}

test("a corrected key is required, must differ from the current key, and a reason is needed: nothing is sent", async () => {
  const user = setup();
  await user.selectOptions(screen.getByLabelText(/^Câu hỏi/), "v1");
  await user.click(screen.getByRole("button", { name: "Gửi đề xuất" }));
  expect(await screen.findByText("Vui lòng chọn đáp án đúng mới.")).toBeInTheDocument();
  expect(screen.getByText("Vui lòng ghi lý do (ít nhất 5 ký tự).")).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText(/^Đáp án đúng mới/), "0");
  await user.click(screen.getByRole("button", { name: "Gửi đề xuất" }));
  expect(await screen.findByText("Đáp án mới trùng với đáp án hiện tại của câu hỏi.")).toBeInTheDocument();
  expect(screen.getByLabelText(/^Đáp án đúng mới/)).toHaveAttribute("aria-invalid", "true");
  expect(propose).not.toHaveBeenCalled();
});

test("a valid proposal is sent with the chosen rule, and the new-key list disappears for the other modes", async () => {
  const user = setup();
  await user.selectOptions(screen.getByLabelText(/^Câu hỏi/), "v1");
  expect(screen.getByRole("option", { name: "B. Thay đổi toàn diện" })).toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText(/^Đáp án đúng mới/), "1");
  await user.type(screen.getByLabelText(/^Lý do/), "Văn bản gốc ghi phương án B");
  await user.click(screen.getByRole("button", { name: "Gửi đề xuất" }));
  expect(await screen.findByText("Đã ghi đề xuất chấm lại; chờ quản trị viên quyết định.")).toBeInTheDocument();
  expect(propose).toHaveBeenCalledWith({
    roundId: "round-1",
    questionVersionId: "v1",
    mode: "NEW_KEY",
    correctIndex: 1,
    reason: "Văn bản gốc ghi phương án B",
  });
  expect(refresh).toHaveBeenCalled();

  await user.click(screen.getByRole("radio", { name: "Bỏ câu hỏi khỏi điểm của mọi lượt thi" }));
  expect(screen.queryByLabelText(/^Đáp án đúng mới/)).not.toBeInTheDocument();
});
