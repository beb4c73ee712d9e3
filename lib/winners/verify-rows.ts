// The rows "Kiểm tra lại" compares (lib/winners/verify.ts): a ranking entry as stored or as a
// recomputation gives it, the first differing row, the two checks' outcomes, and the stored
// computation's columns as the checks read them.
import "server-only";
import type { ComputationKind } from "../ranking/computation-kind";
import { MISSING_AS_MAX_INT } from "./ranking-sql";

/** One ranking row as stored, or as the recomputation gives it. */
export interface EntryValues {
  participantId: string;
  attemptId: string;
  correctCount: number;
  prediction: number | null;
  predictionDiff: number | null; // null: no prediction (ranked as +∞)
  durationMs: number | null; // null: no server-measured duration (ranked as +∞)
  submittedAt: Date;
  registeredAt: Date | null;
  prizeTier: string | null;
  excludedReason: string | null;
}

export type EntryField = keyof EntryValues | "rank";

export interface RowDifference {
  rank: number;
  fields: EntryField[];
  stored: EntryValues | null;
  recomputed: EntryValues | null;
}

export type StoredCheck =
  | { status: "UNVERIFIABLE" }
  | { status: "MATCH"; inputHash: string; entryCount: number }
  | { status: "MISMATCH"; firstRow: RowDifference | null; problems: string[]; storedHash: string; recomputedHash: string | null };

export type LiveCheck =
  { status: "SAME"; inputHash: string } | { status: "DIFFERENT"; recomputedHash: string; changes: string[]; firstRow: RowDifference | null };

export interface VerifyReport {
  computationId: string;
  stored: StoredCheck;
  live: LiveCheck;
  /** Full names of the participants named in the differences (staff view). */
  names: Record<string, string>;
}

export const entrySelect = {
  rank: true,
  participantId: true,
  attemptId: true,
  correctCount: true,
  prediction: true,
  predictionDiff: true,
  durationMs: true,
  submittedAt: true,
  registeredAt: true,
  prizeTier: true,
  excludedReason: true,
} as const;
export type EntryRow = { rank: number } & Omit<EntryValues, "predictionDiff" | "durationMs"> & { predictionDiff: number; durationMs: number };

export const orNull = (v: number) => (v === MISSING_AS_MAX_INT ? null : v);
export const storedValues = ({ rank: _rank, ...e }: EntryRow): EntryValues => ({
  ...e,
  predictionDiff: orNull(e.predictionDiff),
  durationMs: orNull(e.durationMs),
});
export function differingFields(a: EntryValues, b: EntryValues): EntryField[] {
  return (Object.keys(a) as (keyof EntryValues)[]).filter((k) => {
    const x = a[k];
    const y = b[k];
    return x instanceof Date && y instanceof Date ? x.getTime() !== y.getTime() : x !== y;
  });
}

export const COLUMN_LABEL: Record<string, string> = {
  kind: "Loại kết quả",
  rulesetVersion: "Phiên bản quy tắc",
  rankingOrder: "Thứ tự xếp hạng",
  settingsVersion: "Phiên bản cấu hình",
  trueValue: "Giá trị đúng của câu dự đoán",
  participantCount: "Số người dự thi",
  attemptCount: "Số lượt nộp bài",
};

/** The columns a computation records of what it was computed with (COLUMN_LABEL but `kind`), read by the summary and the check. */
export const computationColumnsSelect = {
  rulesetVersion: true,
  rankingOrder: true,
  settingsVersion: true,
  trueValue: true,
  participantCount: true,
  attemptCount: true,
} as const;

export interface StoredComputation {
  id: string;
  roundId: string;
  kind: ComputationKind;
  inputHash: string;
  entryCount: number;
  prizes: unknown;
  inputs: unknown;
  columns: Record<keyof typeof COLUMN_LABEL, string | number>;
}
