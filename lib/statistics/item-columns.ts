// The columns of the item-analysis table, shared by the item cards on the page and the downloads
// (same labels, same rounding). Pure.
import { ITEM_FLAG_LABEL, optionLabel, type ItemStats } from "./item-analysis";
import type { StatColumn, StatRow } from "./table-model";

export const ITEM_COLUMNS = {
  rank: { key: "rank", label: "STT", kind: "int" },
  questionId: { key: "questionId", label: "Mã câu hỏi", kind: "text" },
  version: { key: "version", label: "Phiên bản", kind: "int" },
  document: { key: "document", label: "Tài liệu", kind: "text" },
  text: { key: "text", label: "Nội dung câu hỏi", kind: "text" },
  n: { key: "n", label: "Số lượt trả lời", kind: "int" },
  facility: { key: "facility", label: "Độ dễ (%)", kind: "percent" },
  discrimination: { key: "discrimination", label: "Độ phân biệt", kind: "decimal", digits: 2 },
  efficiency: { key: "efficiency", label: "Hiệu quả phân biệt (%)", kind: "percent" },
  correct: { key: "correct", label: "Đáp án đúng", kind: "text" },
  unanswered: { key: "unanswered", label: "Bỏ trống", kind: "int" },
  flags: { key: "flags", label: "Cảnh báo", kind: "text" },
} as const satisfies Record<string, StatColumn>;

function optionColumn(index: number): StatColumn {
  return { key: `option${index}`, label: `Chọn ${optionLabel(index)}`, kind: "int" };
}

export interface ItemRowSource extends ItemStats {
  versionId: string;
  questionId: string;
  version: number;
  text: string;
  options: string[];
  correctIndex: number;
  documentCode: string | null;
}

function flagText(row: Pick<ItemStats, "flags" | "unusedDistractors">): string {
  return row.flags
    .map((f) => (f === "UNUSED_DISTRACTOR" ? `${ITEM_FLAG_LABEL[f]} (${row.unusedDistractors.map(optionLabel).join(", ")})` : ITEM_FLAG_LABEL[f]))
    .join("; ");
}

export function itemColumns(optionCount: number): StatColumn[] {
  const c = ITEM_COLUMNS;
  return [
    c.rank,
    c.questionId,
    c.version,
    c.document,
    c.text,
    c.n,
    c.facility,
    c.discrimination,
    c.efficiency,
    c.correct,
    ...Array.from({ length: optionCount }, (_, i) => optionColumn(i)),
    c.unanswered,
    c.flags,
  ];
}

/** One row of the table; `optionCount` columns of option counts (blank where a version has fewer). */
export function itemRow(row: ItemRowSource, rank: number, optionCount = row.optionCounts.length): StatRow {
  return {
    rank,
    questionId: row.questionId,
    version: row.version,
    document: row.documentCode,
    text: row.text,
    n: row.n,
    facility: row.facility,
    discrimination: row.discrimination,
    efficiency: row.efficiency,
    correct: optionLabel(row.correctIndex),
    ...Object.fromEntries(Array.from({ length: optionCount }, (_, i) => [`option${i}`, row.optionCounts[i] ?? null])),
    unanswered: row.unanswered,
    flags: flagText(row),
  };
}
