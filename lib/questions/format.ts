// Labels and small conversions shared by the bank's pages, editor, import and export. Pure.
import type { Difficulty as DbDifficulty, QuestionStatus as DbQuestionStatus } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const DIFFICULTIES = prismaEnumValues<DbDifficulty>()(["EASY", "MEDIUM", "HARD"]);
export type DifficultyValue = (typeof DIFFICULTIES)[number];
export const QUESTION_STATUSES = prismaEnumValues<DbQuestionStatus>()(["ACTIVE", "ARCHIVED"]);
export type QuestionStatusValue = (typeof QUESTION_STATUSES)[number];

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;
export const OPTION_LETTERS = ["A", "B", "C", "D", "E", "F"] as const;

export const DIFFICULTY_LABEL: Record<DifficultyValue, string> = { EASY: "Dễ", MEDIUM: "Trung bình", HARD: "Khó" };
export const STATUS_LABEL: Record<QuestionStatusValue, string> = { ACTIVE: "Đang dùng", ARCHIVED: "Đã lưu trữ" };

/** "A", "B", … for an option index (as participants see them). */
export function optionLetter(index: number): string {
  return OPTION_LETTERS[index] ?? String.fromCharCode(65 + index);
}

/** Index of a letter answer "a"/"B"/" c " (A–F); null when it is not one. */
export function letterIndex(value: string): number | null {
  const v = value.trim().toUpperCase();
  if (v.length !== 1) return null;
  const i = OPTION_LETTERS.indexOf(v as (typeof OPTION_LETTERS)[number]);
  return i === -1 ? null : i;
}

function folded(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .trim()
    .toLowerCase();
}

/** "Dễ" / "de" / "EASY" → EASY; empty → null (the default applies); unknown → undefined. */
export function parseDifficulty(value: string): DifficultyValue | null | undefined {
  const v = folded(value);
  if (!v) return null;
  if (v === "de" || v === "easy") return "EASY";
  if (v === "trung binh" || v === "tb" || v === "medium") return "MEDIUM";
  if (v === "kho" || v === "hard") return "HARD";
  return undefined;
}

/** The options column of the database (a JSON array of strings), read defensively. */
export function readOptions(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => String(v)) : [];
}
