// The Aiken format (Moodle): the question, then options "A) …" or "A. …", then "ANSWER: X";
// questions separated by blank lines. Pure. Multi-line question text is accepted (lines before
// the first option are joined), as current Moodle versions do. Every problem names its line.
import { optionLetter } from "../format";
import { emptyDraft, type ParsedItem } from "./types";
import { splitLines } from "./text-source";

const OPTION = /^([A-Z])\s*[.)](?:\s+(.*))?$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;

interface Line {
  n: number;
  text: string;
}

/** Groups non-blank lines into blocks; an ANSWER line also ends its block (Moodle does the same). */
function blocks(source: string): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  splitLines(source).forEach((raw, i) => {
    const text = raw.trim();
    if (!text) {
      if (current.length) out.push(current);
      current = [];
      return;
    }
    current.push({ n: i + 1, text });
    if (ANSWER.test(text)) {
      out.push(current);
      current = [];
    }
  });
  if (current.length) out.push(current);
  return out;
}

function parseBlock(lines: Line[]): ParsedItem {
  const draft = emptyDraft();
  const problems: string[] = [];
  const textLines: string[] = [];
  const letters: string[] = [];
  let answerLine: Line | null = null;

  for (const line of lines) {
    const answer = ANSWER.exec(line.text);
    if (answer) {
      answerLine = line;
      const letter = answer[1].trim().toUpperCase();
      const index = letters.indexOf(letter);
      if (!/^[A-Z]$/.test(letter)) problems.push(`Dòng ${line.n}: “ANSWER:” phải kèm một chữ cái (ví dụ ANSWER: B).`);
      else if (index === -1) problems.push(`Dòng ${line.n}: đáp án ${letter} không có trong các phương án.`);
      else draft.correctIndex = index;
      continue;
    }
    const option = OPTION.exec(line.text);
    // Options start at "A" (a question line such as "I. Phần chung" is not an option).
    if (option && (letters.length > 0 || option[1] === "A")) {
      if (textLines.length === 0 && letters.length === 0) problems.push(`Dòng ${line.n}: thiếu nội dung câu hỏi trước các phương án.`);
      const expected = optionLetter(letters.length);
      if (option[1] !== expected) problems.push(`Dòng ${line.n}: phương án ${option[1]} không đúng thứ tự (cần ${expected}).`);
      const text = (option[2] ?? "").trim();
      if (!text) problems.push(`Dòng ${line.n}: phương án ${option[1]} để trống.`);
      letters.push(option[1]);
      draft.options.push(text);
      continue;
    }
    if (letters.length > 0) {
      problems.push(`Dòng ${line.n}: dòng này không phải phương án (“A) …” hoặc “A. …”) cũng không phải “ANSWER: …”.`);
      continue;
    }
    textLines.push(line.text);
  }

  draft.text = textLines.join("\n");
  const first = lines[0].n;
  const last = lines[lines.length - 1].n;
  if (letters.length === 0) problems.push(`Dòng ${first}: không tìm thấy phương án nào (mỗi phương án bắt đầu bằng “A) ” hoặc “A. ”).`);
  if (!answerLine) problems.push(`Dòng ${last}: thiếu dòng “ANSWER: …” sau các phương án.`);
  return { line: first, endLine: last, draft, problems };
}

export function parseAiken(source: string): ParsedItem[] {
  return blocks(source).map(parseBlock);
}
