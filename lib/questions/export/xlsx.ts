// The bank as an .xlsx workbook: the import template (headers only, with drop-downs and a help
// sheet listing the contest's document codes) and the export (the same columns, so an export
// re-imports as is). Uses exceljs.
import ExcelJS from "exceljs";
import { DIFFICULTY_LABEL, optionLetter, STATUS_LABEL } from "../format";
import { SHEET_COLUMNS, type SheetRow } from "../import/rows";
import type { ExportableQuestion } from "./aiken";

const QUESTION_SHEET = "Câu hỏi";
const HELP_SHEET = "Hướng dẫn";
const VALIDATED_ROWS = 2000;

function addQuestionSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(QUESTION_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDBEAFE" } };
  return ws;
}

function addDropDowns(ws: ExcelJS.Worksheet, rows: number): void {
  const answerCol = SHEET_COLUMNS.findIndex((c) => c.key === "answer") + 1;
  const difficultyCol = SHEET_COLUMNS.findIndex((c) => c.key === "difficulty") + 1;
  for (let r = 2; r <= rows + 1; r++) {
    ws.getCell(r, answerCol).dataValidation = { type: "list", allowBlank: true, formulae: ['"A,B,C,D,E,F"'] };
    ws.getCell(r, difficultyCol).dataValidation = { type: "list", allowBlank: true, formulae: [`"${Object.values(DIFFICULTY_LABEL).join(",")}"`] };
  }
}

function addHelpSheet(workbook: ExcelJS.Workbook, documents: { code: string; title: string }[]): void {
  const ws = workbook.addWorksheet(HELP_SHEET);
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 90;
  const lines: [string, string][] = [
    ["Cách điền", "Mỗi dòng của trang “Câu hỏi” là một câu hỏi. Không đổi tên các cột ở dòng 1."],
    ["Nội dung", "Bắt buộc. Nội dung câu hỏi."],
    ["Phương án A – F", "Bắt buộc ít nhất A và B; tối đa 6 phương án, điền liên tiếp từ A."],
    ["Đáp án", "Bắt buộc. Một chữ cái A–F: phương án đúng duy nhất."],
    ["Tài liệu nguồn", "Không bắt buộc. Mã văn bản (xem danh sách bên dưới)."],
    ["Độ khó", "Dễ, Trung bình hoặc Khó (để trống: Trung bình)."],
    ["Giải thích", "Không bắt buộc. Hiển thị khi thí sinh xem lại đáp án."],
    ["Ghi chú", "Không bắt buộc; không được nhập vào ngân hàng."],
  ];
  ws.addRows(lines);
  ws.getColumn(1).font = { bold: true };
  if (documents.length) {
    ws.addRow([]);
    ws.addRow(["Mã tài liệu nguồn", "Tên văn bản"]).font = { bold: true };
    ws.addRows(documents.map((d) => [d.code, d.title]));
  }
}

export async function buildTemplateWorkbook(documents: { code: string; title: string }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cuộc thi trắc nghiệm trực tuyến";
  const ws = addQuestionSheet(workbook);
  addDropDowns(ws, VALIDATED_ROWS);
  addHelpSheet(workbook, documents);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function exportRow(q: ExportableQuestion): SheetRow {
  const row = {} as SheetRow;
  for (const c of SHEET_COLUMNS) row[c.key] = "";
  row.text = q.text;
  q.options.forEach((o, i) => {
    row[optionLetter(i) as "A"] = o;
  });
  row.answer = optionLetter(q.correctIndex);
  row.document = q.documentCode ?? "";
  row.difficulty = DIFFICULTY_LABEL[q.difficulty];
  row.explanation = q.explanation;
  row.note = `Mã ${q.id} · phiên bản ${q.version}${q.status === "ARCHIVED" ? ` · ${STATUS_LABEL.ARCHIVED}` : ""}`;
  return row;
}

export async function buildExportWorkbook(questions: ExportableQuestion[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cuộc thi trắc nghiệm trực tuyến";
  const ws = addQuestionSheet(workbook);
  for (const q of questions) ws.addRow(exportRow(q)).alignment = { vertical: "top", wrapText: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
