import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ImportPreviewTable } from "@/components/questions/import-preview-table";
import type { PreviewItem } from "@/lib/questions/import/types";

const ok = (line: number): PreviewItem => ({
  line,
  endLine: line + 3,
  status: "ok",
  text: `Câu ${line}?`,
  problems: [],
  warnings: [],
  question: { text: `Câu ${line}?`, options: ["a", "b"], correctIndex: 1, explanation: "", documentId: null, documentCode: null, difficulty: "MEDIUM" },
});

const items: PreviewItem[] = [
  ok(1),
  { line: 6, endLine: 8, status: "error", text: "Câu lỗi?", question: null, problems: ["Dòng 8: thiếu dòng “ANSWER: …” sau các phương án."], warnings: [] },
  {
    line: 10,
    endLine: 10,
    status: "skipped",
    text: "Đúng hay sai?",
    question: null,
    problems: ["Dòng 10: Câu Đúng/Sai ({T}/{F}) – không hỗ trợ, bỏ qua."],
    warnings: [],
  },
  ok(12),
];

test("problems are listed first, with their line numbers; all rows on demand", async () => {
  render(<ImportPreviewTable items={items} />);
  const table = screen.getByRole("table", { name: "Xem trước các câu hỏi trong tệp" });
  let rows = within(table).getAllByRole("row").slice(1);
  expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["6–8", "10"]);
  expect(within(rows[0]).getByText(/Dòng 8: thiếu dòng “ANSWER/)).toBeInTheDocument();
  expect(within(rows[1]).getByText("Bỏ qua")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("checkbox", { name: /Chỉ hiện các dòng có lỗi/ }));
  rows = within(table).getAllByRole("row").slice(1);
  expect(rows).toHaveLength(4);
  expect(within(rows[0]).getByText(/2 phương án · đáp án B · Trung bình/)).toBeInTheDocument();
});
