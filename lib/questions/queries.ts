// Reads of the question bank for the staff area. Shaped objects; the answer key is included
// because only bank staff (ADMIN, EDITOR) reach these functions.
import "server-only";
import { db } from "../db";
import { searchKey } from "../text";
import type { ExportableQuestion } from "./export/aiken";
import { readOptions, type DifficultyValue, type QuestionStatusValue } from "./format";
import type { QuestionFilter } from "./schema";

const QUESTION_PAGE_SIZE = 20;

function whereOf(contestId: string, filter: Omit<QuestionFilter, "page">) {
  const key = searchKey(filter.q);
  return {
    contestId,
    ...(key ? { textSearch: { contains: key } } : {}),
    ...(filter.document === "none" ? { documentId: null } : filter.document ? { documentId: filter.document } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
  };
}

const latestVersion = {
  orderBy: { version: "desc" as const },
  take: 1,
  select: { version: true, text: true, options: true, correctIndex: true, explanation: true },
};

export interface QuestionListItem {
  id: string;
  text: string;
  version: number;
  optionCount: number;
  status: QuestionStatusValue;
  difficulty: DifficultyValue;
  documentCode: string | null;
  updatedAt: Date;
}

export interface QuestionPage {
  items: QuestionListItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

export async function listQuestions(contestId: string, filter: QuestionFilter, pageSize = QUESTION_PAGE_SIZE): Promise<QuestionPage> {
  const where = whereOf(contestId, filter);
  const total = await db.question.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filter.page, pageCount);
  const rows = await db.question.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, status: true, difficulty: true, updatedAt: true, document: { select: { code: true } }, versions: latestVersion },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      text: r.versions[0]?.text ?? "",
      version: r.versions[0]?.version ?? 0,
      optionCount: readOptions(r.versions[0]?.options).length,
      status: r.status,
      difficulty: r.difficulty,
      documentCode: r.document?.code ?? null,
      updatedAt: r.updatedAt,
    })),
    total,
    page,
    pageCount,
    pageSize,
  };
}

export interface DocumentOption {
  id: string;
  code: string;
  title: string;
}

export async function listContestDocuments(contestId: string): Promise<DocumentOption[]> {
  return db.document.findMany({ where: { contestId }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, title: true } });
}

export interface QuestionVersionSummary {
  version: number;
  text: string;
  options: string[];
  correctIndex: number;
  createdAt: Date;
  createdBy: string | null;
  usedByAttempts: number;
}

export interface QuestionForEdit {
  id: string;
  contestId: string;
  status: QuestionStatusValue;
  difficulty: DifficultyValue;
  documentId: string | null;
  currentVersion: number;
  text: string;
  options: string[];
  correctIndex: number;
  explanation: string;
  versions: QuestionVersionSummary[];
}

export async function getQuestionForEdit(id: string): Promise<QuestionForEdit | null> {
  const q = await db.question.findUnique({
    where: { id },
    select: {
      id: true,
      contestId: true,
      status: true,
      difficulty: true,
      documentId: true,
      currentVersion: true,
      versions: {
        orderBy: { version: "desc" },
        select: {
          version: true,
          text: true,
          options: true,
          correctIndex: true,
          explanation: true,
          createdAt: true,
          createdById: true,
          _count: { select: { items: true } },
        },
      },
    },
  });
  if (!q) return null;
  const authorIds = [...new Set(q.versions.map((v) => v.createdById).filter((v): v is string => !!v))];
  const authors = authorIds.length ? await db.staffUser.findMany({ where: { id: { in: authorIds } }, select: { id: true, username: true } }) : [];
  const authorName = new Map(authors.map((a) => [a.id, a.username]));
  const current = q.versions.find((v) => v.version === q.currentVersion) ?? q.versions[0];
  return {
    id: q.id,
    contestId: q.contestId,
    status: q.status,
    difficulty: q.difficulty,
    documentId: q.documentId,
    currentVersion: q.currentVersion,
    text: current?.text ?? "",
    options: readOptions(current?.options),
    correctIndex: current?.correctIndex ?? 0,
    explanation: current?.explanation ?? "",
    versions: q.versions.map((v) => ({
      version: v.version,
      text: v.text,
      options: readOptions(v.options),
      correctIndex: v.correctIndex,
      createdAt: v.createdAt,
      createdBy: v.createdById ? (authorName.get(v.createdById) ?? null) : null,
      usedByAttempts: v._count.items,
    })),
  };
}

/** Every question matching the filters (no paging), current versions, for the export files. */
export async function listQuestionsForExport(contestId: string, filter: Omit<QuestionFilter, "page">): Promise<ExportableQuestion[]> {
  const rows = await db.question.findMany({
    where: whereOf(contestId, filter),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, difficulty: true, document: { select: { code: true } }, versions: latestVersion },
  });
  return rows
    .filter((r) => r.versions.length > 0)
    .map((r) => ({
      id: r.id,
      text: r.versions[0].text,
      options: readOptions(r.versions[0].options),
      correctIndex: r.versions[0].correctIndex,
      explanation: r.versions[0].explanation,
      documentCode: r.document?.code ?? null,
      difficulty: r.difficulty,
      status: r.status,
      version: r.versions[0].version,
    }));
}

/** The contest's questions with their current text, for near-duplicate checks. */
export async function bankTexts(contestId: string): Promise<{ id: string; text: string; status: QuestionStatusValue }[]> {
  const rows = await db.question.findMany({
    where: { contestId },
    select: { id: true, status: true, versions: { orderBy: { version: "desc" }, take: 1, select: { text: true } } },
  });
  return rows.map((r) => ({ id: r.id, text: r.versions[0]?.text ?? "", status: r.status }));
}
