import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DocumentsEditor } from "@/components/contests/documents-editor";
import type { StaffDocument } from "@/lib/contests/types";
import { createDocumentAction, deleteDocumentAction, moveDocumentAction, updateDocumentAction } from "@/lib/contests/admin-actions";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh, replace: jest.fn() }) }));
jest.mock("@/lib/contests/admin-actions", () => ({
  createDocumentAction: jest.fn(),
  updateDocumentAction: jest.fn(),
  moveDocumentAction: jest.fn(),
  deleteDocumentAction: jest.fn(),
}));

const create = createDocumentAction as jest.MockedFunction<typeof createDocumentAction>;
const update = updateDocumentAction as jest.MockedFunction<typeof updateDocumentAction>;
const move = moveDocumentAction as jest.MockedFunction<typeof moveDocumentAction>;
const remove = deleteDocumentAction as jest.MockedFunction<typeof deleteDocumentAction>;

const documents: StaffDocument[] = [
  {
    id: "d1",
    code: "749/QĐ-TTg",
    title: "Chương trình chuyển đổi số quốc gia",
    issuer: "Thủ tướng Chính phủ",
    issuedOn: "2020-06-03",
    url: "https://chinhphu.vn/749",
    file: null,
    questions: 12,
  },
  { id: "d2", code: "01-NQ/TU", title: "Nghị quyết về Chính quyền điện tử", issuer: "", issuedOn: "", url: null, file: null, questions: 0 },
];

function setup(list = documents) {
  const user = userEvent.setup();
  render(<DocumentsEditor contestId="c1" documents={list} maxUploadBytes={20 * 1024 * 1024} />);
  const adding = screen.getByRole("heading", { name: "Thêm văn bản" }).parentElement!;
  return { user, adding: within(adding) };
}

beforeEach(() => {
  jest.clearAllMocks();
});

test("each document offers its file: upload when it has none, the file with replace and remove when it has one", () => {
  setup([{ ...documents[0], file: { fileName: "QĐ 749.pdf", fileType: "application/pdf", fileSize: 2048 } }, documents[1]]);
  const [first, second] = screen.getAllByRole("listitem");
  expect(within(first).getByRole("link", { name: "QĐ 749.pdf" })).toHaveAttribute("href", "/tai-lieu/d1");
  expect(within(first).getByLabelText("Thay tệp 749/QĐ-TTg")).toBeInTheDocument();
  expect(within(first).getByRole("button", { name: "Gỡ tệp 749/QĐ-TTg" })).toBeInTheDocument();
  expect(within(second).getByLabelText("Tải tệp lên 01-NQ/TU")).toBeInTheDocument();
  expect(within(second).queryByRole("button", { name: /Gỡ tệp/ })).toBeNull();
  expect(within(second).getByText(/tối đa 20 MB/)).toBeInTheDocument();
});

test("documents are listed in order with their date as dd/MM/yyyy, their link and how many questions use them", () => {
  setup();
  const items = within(screen.getAllByRole("list")[0]).getAllByRole("listitem");
  expect(items.map((li) => li.querySelector("p")?.textContent)).toEqual(["1. 749/QĐ-TTg", "2. 01-NQ/TU"]);
  expect(within(items[0]).getByText(/Ngày ban hành: 03\/06\/2020/)).toHaveTextContent(
    "Cơ quan ban hành: Thủ tướng Chính phủ · Ngày ban hành: 03/06/2020 · 12 câu hỏi (đang dùng, không xóa được)",
  );
  expect(within(items[0]).getByRole("link", { name: "Chương trình chuyển đổi số quốc gia" })).toHaveAttribute("href", "https://chinhphu.vn/749");
  expect(within(items[1]).queryByRole("link")).toBeNull();
});

test("a wrong date and a javascript: link are refused in the browser, next to their fields", async () => {
  const { user, adding } = setup();
  await user.type(adding.getByLabelText(/Số, ký hiệu/), "KH 106");
  await user.type(adding.getByLabelText(/Tên văn bản/), "Kế hoạch triển khai Nghị quyết 01");
  await user.type(adding.getByLabelText("Ngày ban hành"), "31/02/2021");
  await user.type(adding.getByLabelText("Đường dẫn đến văn bản"), "javascript:alert(1)");
  await user.click(adding.getByRole("button", { name: "Thêm văn bản" }));
  const date = adding.getByLabelText("Ngày ban hành");
  expect(await adding.findByText(/Ngày ban hành: nhập theo dạng dd\/MM\/yyyy/)).toBeInTheDocument();
  expect(date).toHaveAttribute("aria-invalid", "true");
  expect(date).toHaveAccessibleDescription(expect.stringMatching(/nhập theo dạng dd\/MM\/yyyy/));
  expect(adding.getByLabelText("Đường dẫn đến văn bản")).toHaveAccessibleDescription(expect.stringMatching(/bắt đầu bằng http:\/\/ hoặc https:\/\//));
  expect(create).not.toHaveBeenCalled();
});

test("a new document is sent with the date as typed (dd/MM/yyyy); the form clears and the page refreshes", async () => {
  create.mockResolvedValue({ ok: true, data: { id: "d3" } });
  const { user, adding } = setup();
  await user.type(adding.getByLabelText(/Số, ký hiệu/), "KH 106");
  await user.type(adding.getByLabelText(/Tên văn bản/), "Kế hoạch triển khai Nghị quyết 01");
  await user.type(adding.getByLabelText("Cơ quan ban hành"), "UBND tỉnh Ninh Bình");
  await user.type(adding.getByLabelText("Ngày ban hành"), "12/07/2021");
  await user.click(adding.getByRole("button", { name: "Thêm văn bản" }));
  expect(await adding.findByRole("status")).toHaveTextContent("Đã thêm văn bản.");
  expect(create).toHaveBeenCalledWith({
    contestId: "c1",
    code: "KH 106",
    title: "Kế hoạch triển khai Nghị quyết 01",
    issuer: "UBND tỉnh Ninh Bình",
    issuedOn: "12/07/2021",
    url: "",
  });
  expect(adding.getByLabelText(/Số, ký hiệu/)).toHaveValue("");
  expect(refresh).toHaveBeenCalled();
});

test("a duplicate code refused by the server: the message is shown, the field marked, and what was typed stays", async () => {
  create.mockResolvedValue({ ok: false, error: "Cuộc thi đã có văn bản cùng số, ký hiệu.", fieldErrors: { code: ["Số, ký hiệu bị trùng với văn bản khác."] } });
  const { user, adding } = setup();
  await user.type(adding.getByLabelText(/Số, ký hiệu/), "749/QĐ-TTg");
  await user.type(adding.getByLabelText(/Tên văn bản/), "Bản trùng số hiệu");
  await user.click(adding.getByRole("button", { name: "Thêm văn bản" }));
  expect(await adding.findByRole("alert")).toHaveTextContent("Cuộc thi đã có văn bản cùng số, ký hiệu.");
  const code = adding.getByLabelText(/Số, ký hiệu/);
  expect(code).toHaveAttribute("aria-invalid", "true");
  expect(code).toHaveAccessibleDescription(expect.stringMatching(/Số, ký hiệu bị trùng với văn bản khác\./));
  expect(code).toHaveValue("749/QĐ-TTg");
  expect(adding.getByLabelText(/Tên văn bản/)).toHaveValue("Bản trùng số hiệu");
  expect(refresh).not.toHaveBeenCalled();
});

test("editing opens the document's values, the date as dd/MM/yyyy, and saves them under its id", async () => {
  update.mockResolvedValue({ ok: true, data: { id: "d1" } });
  const { user } = setup();
  const item = within(screen.getAllByRole("listitem")[0]);
  const edit = item.getByRole("button", { name: /^Sửa 749\/QĐ-TTg$/ });
  expect(edit).toHaveAttribute("aria-expanded", "false");
  await user.click(edit);
  expect(edit).toHaveAttribute("aria-expanded", "true");
  const date = item.getByLabelText("Ngày ban hành");
  expect(date).toHaveValue("03/06/2020");
  expect(item.getByLabelText("Đường dẫn đến văn bản")).toHaveValue("https://chinhphu.vn/749");
  await user.clear(date);
  await user.type(date, "4/6/2020");
  await user.click(item.getByRole("button", { name: "Lưu văn bản" }));
  expect(await item.findByRole("status")).toHaveTextContent("Đã lưu.");
  expect(update).toHaveBeenCalledWith({
    id: "d1",
    code: "749/QĐ-TTg",
    title: "Chương trình chuyển đổi số quốc gia",
    issuer: "Thủ tướng Chính phủ",
    issuedOn: "4/6/2020",
    url: "https://chinhphu.vn/749",
  });
  expect(item.queryByRole("button", { name: "Lưu văn bản" })).toBeNull();
});

test("moving: the first cannot go up, the last cannot go down; a move is sent for the document clicked", async () => {
  move.mockResolvedValue({ ok: true, data: { id: "d1" } });
  const { user } = setup();
  expect(screen.getByRole("button", { name: /^Lên 749\/QĐ-TTg$/ })).toBeDisabled();
  expect(screen.getByRole("button", { name: /^Xuống 01-NQ\/TU$/ })).toBeDisabled();
  await user.click(screen.getByRole("button", { name: /^Xuống 749\/QĐ-TTg$/ }));
  expect(move).toHaveBeenCalledWith({ id: "d1", direction: "down" });
  expect(await screen.findByText("Đã chuyển xuống.")).toBeInTheDocument();
});

test("a document questions use cannot be deleted, and its button says why; an unused one can", async () => {
  remove.mockResolvedValue({ ok: false, error: "Không xóa được “01-NQ/TU”: đang có 1 câu hỏi dùng văn bản này." });
  const { user } = setup();
  const used = screen.getByRole("button", { name: /^Xóa 749\/QĐ-TTg$/ });
  expect(used).toBeDisabled();
  expect(used).toHaveAccessibleDescription(expect.stringMatching(/12 câu hỏi \(đang dùng, không xóa được\)/));
  await user.click(screen.getByRole("button", { name: /^Xóa 01-NQ\/TU$/ }));
  expect(remove).toHaveBeenCalledWith({ id: "d2" });
  // A refusal from the server (a question was tagged meanwhile) is shown in the row.
  expect(await within(screen.getAllByRole("listitem")[1]).findByRole("alert")).toHaveTextContent(/đang có 1 câu hỏi/);
});

test("an empty list says the public page is empty", () => {
  setup([]);
  expect(screen.getByText("Chưa có văn bản nào: trang Tài liệu đang trống.")).toBeInTheDocument();
});
