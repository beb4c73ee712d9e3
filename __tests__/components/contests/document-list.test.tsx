import { render, screen, within } from "@testing-library/react";
import { DocumentList } from "@/components/contests/document-list";
import type { PublicDocument } from "@/lib/contests/types";

const documents: PublicDocument[] = [
  {
    id: "d1",
    code: "749/QĐ-TTg",
    title: "Chương trình chuyển đổi số quốc gia",
    issuer: "Thủ tướng Chính phủ",
    issuedOn: "2020-06-03",
    url: "https://chinhphu.vn/749",
    file: null,
  },
  { id: "d2", code: "01-NQ/TU", title: "Nghị quyết về Chính quyền điện tử", issuer: "", issuedOn: "", url: null, file: null },
];

test("documents are numbered in order; a title with an address is a link opened in a new tab", () => {
  render(<DocumentList documents={documents} />);
  const [first, second] = screen.getAllByRole("listitem");
  expect(within(first).getByText("1. 749/QĐ-TTg")).toBeInTheDocument();
  const link = within(first).getByRole("link", { name: "Chương trình chuyển đổi số quốc gia" });
  expect(link).toHaveAttribute("href", "https://chinhphu.vn/749");
  expect(link).toHaveAttribute("target", "_blank");
  expect(link).toHaveAttribute("rel", "noopener noreferrer");
  expect(within(first).getByText("Cơ quan ban hành: Thủ tướng Chính phủ · Ngày ban hành: 03/06/2020")).toBeInTheDocument();
  expect(within(second).getByText("2. 01-NQ/TU")).toBeInTheDocument();
  expect(within(second).queryByRole("link")).toBeNull();
  expect(within(second).getByText("Nghị quyết về Chính quyền điện tử")).toBeInTheDocument();
});

test("no documents: says so", () => {
  render(<DocumentList documents={[]} />);
  expect(screen.getByText("Ban Tổ chức chưa đăng tài liệu tham khảo.")).toBeInTheDocument();
});

test("a document with an uploaded file shows its type and size and a large Mở (PDF, image) or Tải về (DOCX) action", () => {
  render(
    <DocumentList
      documents={[
        { ...documents[0], file: { fileName: "QĐ 749.pdf", fileType: "application/pdf", fileSize: 1.2 * 1024 * 1024 } },
        {
          ...documents[1],
          file: { fileName: "Đề cương.docx", fileType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fileSize: 350 * 1024 },
        },
      ]}
    />,
  );
  const [first, second] = screen.getAllByRole("listitem");
  const open = within(first).getByRole("link", { name: "Mở 749/QĐ-TTg (PDF · 1,2 MB)" });
  expect(open).toHaveAttribute("href", "/tai-lieu/d1");
  expect(open).toHaveAttribute("target", "_blank");
  expect(open).not.toHaveAttribute("download");
  expect(open.className).toMatch(/min-h-12/);
  expect(within(first).getByText("PDF · 1,2 MB")).toBeInTheDocument();
  const save = within(second).getByRole("link", { name: "Tải về 01-NQ/TU (DOCX · 350 KB)" });
  expect(save).toHaveAttribute("href", "/tai-lieu/d2");
  expect(save).toHaveAttribute("download", "Đề cương.docx");
  expect(within(second).getByText("DOCX · 350 KB")).toBeInTheDocument();
});

test("a document without a file has no open or download action", () => {
  render(<DocumentList documents={documents} />);
  expect(screen.queryByRole("link", { name: /^(Mở|Tải về)/ })).toBeNull();
});
