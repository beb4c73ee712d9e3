// The GIFT format (Moodle), single-answer multiple-choice subset:
//   // comment
//   ::Title:: Question text { =right #feedback ~wrong ~wrong ####general feedback }
// Questions are separated by blank lines and may span lines; "\~ \= \# \{ \} \:" are literal
// characters, "\n" a line break. Other GIFT types (true/false, short answer, numeric, matching,
// essay, description, weighted multiple answers) are reported as skipped with their lines. Pure.
import { emptyDraft, type ParsedItem } from "./types";
import { splitLines } from "./text-source";

// Escaped characters become private-use code points while parsing and are restored afterwards.
const ESCAPES: Record<string, string> = { "~": "\ue000", "=": "\ue001", "#": "\ue002", "{": "\ue003", "}": "\ue004", ":": "\ue005", "\\": "\ue006" };
const RESTORE = new Map(Object.entries(ESCAPES).map(([ch, code]) => [code, ch]));

function protect(text: string): string {
  return text.replace(/\\([~=#{}:\\n])/g, (_, ch: string) => (ch === "n" ? "\n" : ESCAPES[ch]));
}

function restore(text: string): string {
  return text.replace(/[\ue000-\ue006]/g, (c) => RESTORE.get(c) ?? c);
}

function clean(text: string): string {
  return restore(text).trim();
}

interface Block {
  first: number;
  last: number;
  text: string;
}

/** Blank lines separate questions; comment lines ("//…") stay inside their block but are ignored. */
function blocks(source: string): Block[] {
  const out: Block[] = [];
  let lines: { n: number; text: string }[] = [];
  const flush = () => {
    const content = lines.filter((l) => !l.text.trim().startsWith("//"));
    if (content.length) out.push({ first: content[0].n, last: content[content.length - 1].n, text: content.map((l) => l.text).join("\n") });
    lines = [];
  };
  splitLines(source).forEach((text, i) => {
    if (text.trim() === "") flush();
    else lines.push({ n: i + 1, text });
  });
  flush();
  return out;
}

const SKIP = {
  description: "Mô tả (không có phần đáp án {…}) – không phải câu hỏi trắc nghiệm.",
  essay: "Câu tự luận ({}) – không hỗ trợ, bỏ qua.",
  numeric: "Câu trả lời dạng số ({#…}) – không hỗ trợ, bỏ qua.",
  trueFalse: "Câu Đúng/Sai ({T}/{F}) – không hỗ trợ, bỏ qua.",
  matching: "Câu ghép đôi (->) – không hỗ trợ, bỏ qua.",
  shortAnswer: "Câu trả lời ngắn (chỉ có đáp án =) – không hỗ trợ, bỏ qua.",
  weighted: "Câu nhiều đáp án có trọng số (%) – không hỗ trợ, bỏ qua.",
} as const;

interface Answer {
  correct: boolean;
  text: string;
  feedback: string;
  weighted: boolean;
}

/** Splits "=a #fb ~b ~c" at every (unescaped) = or ~. */
function splitAnswers(body: string): Answer[] {
  const out: Answer[] = [];
  const re = /([=~])([^=~]*)/g;
  for (const m of body.matchAll(re)) {
    let text = m[2];
    let feedback = "";
    const hash = text.indexOf("#");
    if (hash !== -1) {
      feedback = text.slice(hash + 1);
      text = text.slice(0, hash);
    }
    const weight = /^\s*%-?\d+(?:[.,]\d+)?%/.exec(text);
    if (weight) text = text.slice(weight[0].length);
    out.push({ correct: m[1] === "=", text: clean(text), feedback: clean(feedback), weighted: !!weight });
  }
  return out;
}

function parseBlock(block: Block): ParsedItem | null {
  const item: ParsedItem = { line: block.first, endLine: block.last, draft: emptyDraft(), problems: [] };
  let text = protect(block.text).trim();
  // "$CATEGORY: …" only chooses a Moodle category: not a question.
  if (/^\$CATEGORY:/i.test(text)) return null;

  const title = /^::([\s\S]*?)::/.exec(text);
  if (title) {
    item.title = clean(title[1]);
    text = text.slice(title[0].length).trim();
  }
  text = text.replace(/^\[(html|moodle|plain|markdown)\]/i, "").trim();

  const open = text.indexOf("{");
  if (open === -1) {
    item.draft.text = clean(text);
    item.skipReason = SKIP.description;
    return item;
  }
  const close = text.indexOf("}", open);
  const before = text.slice(0, open).trim();
  const after = close === -1 ? "" : text.slice(close + 1).trim();
  // Moodle's "missing word" form: text after the answers means a blank in the sentence.
  item.draft.text = clean(after ? `${before} _____ ${after}` : before);
  if (close === -1) {
    item.problems.push(`Dòng ${block.first}: thiếu dấu “}” đóng phần đáp án.`);
    return item;
  }

  let body = text.slice(open + 1, close).trim();
  let general = "";
  const generalAt = body.indexOf("####");
  if (generalAt !== -1) {
    general = clean(body.slice(generalAt + 4));
    body = body.slice(0, generalAt).trim();
  }

  if (body === "") item.skipReason = SKIP.essay;
  else if (body.startsWith("#")) item.skipReason = SKIP.numeric;
  else if (/^(T|F|TRUE|FALSE)\s*(#[\s\S]*)?$/i.test(body)) item.skipReason = SKIP.trueFalse;
  else if (body.includes("->")) item.skipReason = SKIP.matching;
  if (item.skipReason) return item;

  const answers = splitAnswers(body);
  if (answers.some((a) => a.weighted)) {
    item.skipReason = SKIP.weighted;
    return item;
  }
  const wrong = answers.filter((a) => !a.correct).length;
  const right = answers.filter((a) => a.correct);
  if (wrong === 0 && right.length > 0) {
    item.skipReason = SKIP.shortAnswer;
    return item;
  }
  if (answers.length === 0) {
    item.problems.push(`Dòng ${block.first}: không nhận ra phần đáp án (mỗi phương án bắt đầu bằng “=” hoặc “~”).`);
    return item;
  }
  if (right.length === 0) item.problems.push(`Dòng ${block.first}: không có đáp án đúng (phương án bắt đầu bằng “=”).`);
  if (right.length > 1) item.problems.push(`Dòng ${block.first}: có ${right.length} đáp án đúng; mỗi câu chỉ được một đáp án “=”.`);

  item.draft.options = answers.map((a) => a.text);
  item.draft.correctIndex = right.length === 1 ? answers.indexOf(right[0]) : null;
  item.draft.explanation = general || right[0]?.feedback || "";
  return item;
}

export function parseGift(source: string): ParsedItem[] {
  return blocks(source)
    .map(parseBlock)
    .filter((i): i is ParsedItem => i !== null);
}
