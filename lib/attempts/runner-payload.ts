// The exact props the attempt page hands to the client runner. Built only from what the runner
// needs to show: no correct index, no grading, no explanation ever enters this object (the
// loader does not even select them), so the answer key cannot reach the browser before submit.
import { displayPositionOf, optionToken, parseOptionOrder } from "./option-order";

interface RunnerOption {
  text: string;
  /** Opaque value sent back by the save action (see optionToken). */
  token: string;
}

export interface RunnerQuestion {
  position: number;
  text: string;
  options: RunnerOption[];
  /** Display position of the saved choice, or null. */
  chosen: number | null;
}

export interface RunnerPayload {
  attemptId: string;
  roundName: string;
  questions: RunnerQuestion[];
  predictionQuestion: string;
  prediction: number | null;
  deadline: string;
  serverNow: string;
}

/** What the loader reads for the runner (deliberately without correctIndex/explanation). */
export interface RunnerSource {
  id: string;
  deadline: Date;
  prediction: number | null;
  round: { name: string; predictionQuestion: string };
  items: { position: number; optionOrder: string; chosenIndex: number | null; questionVersion: { text: string; options: unknown } }[];
}

function optionTexts(options: unknown): string[] {
  return Array.isArray(options) ? options.map((o) => String(o)) : [];
}

export function buildRunnerPayload(source: RunnerSource, now: Date): RunnerPayload {
  const questions = [...source.items]
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      const order = parseOptionOrder(item.optionOrder);
      const texts = optionTexts(item.questionVersion.options);
      return {
        position: item.position,
        text: item.questionVersion.text,
        options: order.map((optionIndex) => ({ text: texts[optionIndex] ?? "", token: optionToken(source.id, item.position, optionIndex) })),
        chosen: displayPositionOf(order, item.chosenIndex),
      };
    });
  return {
    attemptId: source.id,
    roundName: source.round.name,
    questions,
    predictionQuestion: source.round.predictionQuestion,
    prediction: source.prediction,
    deadline: source.deadline.toISOString(),
    serverNow: now.toISOString(),
  };
}
