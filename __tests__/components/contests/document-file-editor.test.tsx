import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DocumentFileEditor } from "@/components/contests/document-file-editor";
import { uploadWithProgress } from "@/components/questions/upload";
import { removeDocumentFileAction } from "@/lib/contests/admin-actions";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh, replace: jest.fn() }) }));
jest.mock("@/lib/contests/admin-actions", () => ({ removeDocumentFileAction: jest.fn() }));
jest.mock("@/components/questions/upload", () => ({ uploadWithProgress: jest.fn() }));

const send = uploadWithProgress as jest.MockedFunction<typeof uploadWithProgress>;
const remove = removeDocumentFileAction as jest.MockedFunction<typeof removeDocumentFileAction>;
const MB = 1024 * 1024;
const pdfFile = { fileName: "Kế hoạch 106.pdf", fileType: "application/pdf", fileSize: 1.2 * MB };

beforeEach(() => jest.clearAllMocks());

function setup(file: typeof pdfFile | null = null) {
  const user = userEvent.setup({ applyAccept: false });
  render(<DocumentFileEditor documentId="d1" code="KH 106" file={file} maxUploadBytes={20 * MB} />);
  return user;
}

test("choosing a file uploads it as the raw body with its name, then shows what was stored and refreshes", async () => {
  send.mockResolvedValue({ status: 200, body: { ok: true, data: pdfFile } });
  const user = setup();
  expect(screen.getByText(/Chưa có tệp/)).toBeInTheDocument();
  const chosen = new File(["%PDF-1.7"], "Kế hoạch 106.pdf", { type: "application/pdf" });
  await user.upload(screen.getByLabelText("Tải tệp lên KH 106"), chosen);
  expect(send).toHaveBeenCalledWith(`/api/admin/documents/d1/file?fileName=K%E1%BA%BF+ho%E1%BA%A1ch+106.pdf`, chosen, expect.any(Function));
  expect(await screen.findByText("Đã tải lên “Kế hoạch 106.pdf” (PDF · 1,2 MB).")).toBeInTheDocument();
  expect(refresh).toHaveBeenCalled();
});

test("the server's refusal is shown as it is, and nothing is refreshed", async () => {
  const error = "Tệp không phải PDF, DOCX hoặc ảnh (PNG, JPEG, WebP, GIF): hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên.";
  send.mockResolvedValue({ status: 422, body: { ok: false, error } });
  const user = setup();
  await user.upload(screen.getByLabelText("Tải tệp lên KH 106"), new File(["<html>"], "tai-lieu.pdf"));
  expect(await screen.findByText(error)).toBeInTheDocument();
  expect(refresh).not.toHaveBeenCalled();
});

test("a lost connection says to check the network", async () => {
  send.mockRejectedValue(new Error("network"));
  const user = setup();
  await user.upload(screen.getByLabelText("Tải tệp lên KH 106"), new File(["%PDF-"], "a.pdf"));
  expect(await screen.findByText("Không gửi được tệp lên máy chủ. Vui lòng kiểm tra mạng và thử lại.")).toBeInTheDocument();
});

test("a file over the limit is refused before it is sent", async () => {
  const user = setup();
  const big = new File(["x"], "lon.pdf");
  Object.defineProperty(big, "size", { value: 20 * MB + 1 });
  await user.upload(screen.getByLabelText("Tải tệp lên KH 106"), big);
  expect(screen.getByText(/^Tệp vượt quá 20 MB/)).toBeInTheDocument();
  expect(send).not.toHaveBeenCalled();
});

test("a document with a file links to it, offers to replace it, and can have it removed", async () => {
  remove.mockResolvedValue({ ok: true, data: { id: "d1" } });
  const user = setup(pdfFile);
  expect(screen.getByRole("link", { name: "Kế hoạch 106.pdf" })).toHaveAttribute("href", "/tai-lieu/d1");
  expect(screen.getByText(/\(PDF · 1,2 MB\)/)).toBeInTheDocument();
  expect(screen.getByLabelText("Thay tệp KH 106")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Gỡ tệp KH 106" }));
  expect(remove).toHaveBeenCalledWith({ id: "d1" });
  expect(await screen.findByText("Đã gỡ tệp.")).toBeInTheDocument();
  expect(refresh).toHaveBeenCalled();
});
