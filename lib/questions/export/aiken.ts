// Writing questions in the Aiken format (one line per question and option, "ANSWER: X").
// Aiken has no place for line breaks, explanations, documents or difficulty: texts are put on
// one line and the rest is left out (use the .xlsx export to keep everything). Pure.
import { optionLetter, type DifficultyValue, type QuestionStatusValue } from "../format";
import { oneLine } from "../import/text-source";

export interface ExportableQuestion {
  id: string;
  text: string;
  options: string[];
  correctIndex: number;
  explanation: string;
  documentCode: string | null;
  difficulty: DifficultyValue;
  status: QuestionStatusValue;
  version: number;
}

export function toAiken(questions: ExportableQuestion[]): string {
  return questions
    .map((q) => [oneLine(q.text), ...q.options.map((o, i) => `${optionLetter(i)}. ${oneLine(o)}`), `ANSWER: ${optionLetter(q.correctIndex)}`].join("\n"))
    .join("\n\n")
    .concat("\n");
}
