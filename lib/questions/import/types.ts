// The shapes every import parser produces and the preview shows. Pure types.
import type { DifficultyValue } from "../format";

export type ImportFormat = "xlsx" | "csv" | "aiken" | "gift";

export const IMPORT_FORMAT_LABEL: Record<ImportFormat, string> = {
  xlsx: "Excel (.xlsx)",
  csv: "CSV (UTF-8)",
  aiken: "Aiken (Moodle)",
  gift: "GIFT (Moodle)",
};

/** A question as read from the file, before the shared checks. */
export interface DraftQuestion {
  text: string;
  options: string[];
  /** null when the file gives no (readable) answer. */
  correctIndex: number | null;
  explanation: string;
  documentCode: string;
  /** As written ("Dễ", "Trung bình", "Khó", or empty for the default). */
  difficulty: string;
}

/** One block (Aiken/GIFT) or row (Excel/CSV) of the file. Lines and rows are 1-based. */
export interface ParsedItem {
  line: number;
  endLine: number;
  title?: string;
  draft: DraftQuestion;
  /** Problems of the file's own syntax, each already naming its line. */
  problems: string[];
  /** Set for a GIFT question of another type: reported, not imported, not an error. */
  skipReason?: string;
}

export interface ParseOutput {
  items: ParsedItem[];
  /** Problems of the whole file (unreadable, wrong encoding, missing columns). */
  fileProblems: string[];
}

/** A question ready to be written. */
export interface ImportedQuestion {
  text: string;
  options: string[];
  correctIndex: number;
  explanation: string;
  documentId: string | null;
  documentCode: string | null;
  difficulty: DifficultyValue;
}

type PreviewStatus = "ok" | "error" | "skipped";

export interface PreviewItem {
  line: number;
  endLine: number;
  status: PreviewStatus;
  title?: string;
  text: string;
  question: ImportedQuestion | null;
  problems: string[];
  /** Near-duplicates and other notes that do not block the commit. */
  warnings: string[];
}

export interface ImportPreview {
  format: ImportFormat;
  items: PreviewItem[];
  fileProblems: string[];
  counts: Record<PreviewStatus, number>;
  /** True when there is at least one question and no error anywhere (all-or-nothing). */
  canCommit: boolean;
}

export function emptyDraft(): DraftQuestion {
  return { text: "", options: [], correctIndex: null, explanation: "", documentCode: "", difficulty: "" };
}
