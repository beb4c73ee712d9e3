// Turns parsed items into the preview: the shared checks (the same zod schema as the editor),
// document codes resolved against the contest, near-duplicates against the bank and within the
// file. Pure: the caller passes the contest's documents and current question texts.
import { searchKey } from "../../text";
import { optionLetter, parseDifficulty } from "../format";
import { questionContentSchema } from "../schema";
import { NEAR_DUPLICATE_THRESHOLD, SimilarityIndex } from "../similarity";
import { cleanText, oneLine } from "./text-source";
import type { ImportFormat, ImportPreview, ImportedQuestion, ParseOutput, ParsedItem, PreviewItem } from "./types";

export interface PreviewContext {
  documents: { id: string; code: string }[];
  /** The contest's questions (current text), for the near-duplicate warning. */
  bank: { id: string; text: string }[];
}

const FIELD_LABEL: Record<string, string> = { text: "Nội dung", correctIndex: "Đáp án", explanation: "Giải thích", difficulty: "Độ khó", options: "Phương án" };

function issueLabel(path: PropertyKey[]): string {
  if (path[0] === "options" && typeof path[1] === "number") return `Phương án ${optionLetter(path[1])}`;
  return FIELD_LABEL[String(path[0])] ?? "Câu hỏi";
}

function shorten(text: string, max = 80): string {
  const t = oneLine(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function check(item: ParsedItem, documents: Map<string, { id: string; code: string }>): PreviewItem {
  const base = { line: item.line, endLine: item.endLine, title: item.title, text: cleanText(item.draft.text), warnings: [] as string[] };
  if (item.skipReason) return { ...base, status: "skipped", question: null, problems: [`Dòng ${item.line}: ${item.skipReason}`] };

  const problems = [...item.problems];
  const at = `Dòng ${item.line}`;
  const d = item.draft;
  const code = d.documentCode.trim();
  const doc = code ? documents.get(searchKey(code)) : undefined;
  if (code && !doc) problems.push(`${at}: không có tài liệu nguồn mã “${code}” trong cuộc thi này.`);
  const difficulty = parseDifficulty(d.difficulty);
  if (difficulty === undefined) problems.push(`${at}: độ khó “${d.difficulty}” không hợp lệ (Dễ, Trung bình hoặc Khó).`);

  const candidate = {
    text: base.text,
    options: d.options.map((o) => ({ text: oneLine(o) })),
    correctIndex: d.correctIndex ?? 0,
    explanation: cleanText(d.explanation),
    documentId: doc?.id ?? null,
    difficulty: difficulty ?? "MEDIUM",
  };
  const parsed = questionContentSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // The parsers already explain a missing or unreadable answer in the file's own terms.
      if (issue.path[0] === "correctIndex" && d.correctIndex === null) continue;
      problems.push(`${at}: ${issueLabel(issue.path)} – ${issue.message}`);
    }
  }
  if (problems.length > 0 || !parsed.success || d.correctIndex === null) {
    return { ...base, status: "error", question: null, problems: problems.length ? problems : [`${at}: thiếu đáp án đúng.`] };
  }
  const q: ImportedQuestion = {
    text: parsed.data.text,
    options: parsed.data.options.map((o) => o.text),
    correctIndex: parsed.data.correctIndex,
    explanation: parsed.data.explanation,
    documentId: doc?.id ?? null,
    documentCode: doc?.code ?? null,
    difficulty: parsed.data.difficulty,
  };
  return { ...base, text: q.text, status: "ok", question: q, problems: [] };
}

/** Warns (never blocks) when a question is nearly the same as one in the bank or earlier in the file. */
function annotateDuplicates(items: PreviewItem[], bank: PreviewContext["bank"]): void {
  const bankIndex = new SimilarityIndex(bank);
  const bankText = new Map(bank.map((b) => [b.id, b.text]));
  const fileIndex = new SimilarityIndex();
  items.forEach((item, i) => {
    if (item.status !== "ok") return;
    const inBank = bankIndex.query(item.text, NEAR_DUPLICATE_THRESHOLD, [], 1)[0];
    if (inBank) {
      item.warnings.push(`Gần trùng (${Math.round(inBank.score * 100)}%) với câu đã có trong ngân hàng: “${shorten(bankText.get(inBank.id) ?? "")}”.`);
    }
    const inFile = fileIndex.query(item.text, NEAR_DUPLICATE_THRESHOLD, [], 1)[0];
    if (inFile) {
      const other = items[Number(inFile.id)];
      item.warnings.push(`Gần trùng (${Math.round(inFile.score * 100)}%) với câu ở dòng ${other.line} của tệp này.`);
    }
    fileIndex.add({ id: String(i), text: item.text });
  });
}

export function buildPreview(format: ImportFormat, parsed: ParseOutput, ctx: PreviewContext): ImportPreview {
  const documents = new Map(ctx.documents.map((d) => [searchKey(d.code), d]));
  const items = parsed.items.map((item) => check(item, documents));
  annotateDuplicates(items, ctx.bank);
  const counts = { ok: 0, error: 0, skipped: 0 };
  for (const item of items) counts[item.status]++;
  return {
    format,
    items,
    fileProblems: parsed.fileProblems,
    counts,
    canCommit: parsed.fileProblems.length === 0 && counts.error === 0 && counts.ok > 0,
  };
}
