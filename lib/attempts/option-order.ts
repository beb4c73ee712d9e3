// AttemptItem.optionOrder: the version's option indices in the order shown ("2,0,3,1"), and the
// opaque per-option tokens the page sends back when a participant chooses.
import { MAX_OPTIONS } from "../questions/format";
import { hashIdentifier } from "../security/request";

export function formatOptionOrder(order: readonly number[]): string {
  return order.join(",");
}

export function parseOptionOrder(text: string): number[] {
  return text.split(",").map((s) => Number(s));
}

/** The display position at which the version's option `optionIndex` was shown, or null. */
export function displayPositionOf(order: readonly number[], optionIndex: number | null): number | null {
  if (optionIndex === null) return null;
  const p = order.indexOf(optionIndex);
  return p < 0 ? null : p;
}

/**
 * The value the page sends when an option is chosen. It is a keyed hash of (attempt, question
 * position, option index): the server recovers the option index without a database read (the
 * save stays one conditional UPDATE), while the browser learns nothing it does not already see —
 * not the editor's option order and certainly not which option is correct.
 */
export function optionToken(attemptId: string, position: number, optionIndex: number): string {
  return hashIdentifier(`attempt-option:${attemptId}:${position}:${optionIndex}`).slice(0, 20);
}

/** The option index a token stands for (at most the bank's MAX_OPTIONS hashes), or null when it is not one of this item's tokens. */
export function optionIndexOfToken(attemptId: string, position: number, token: string): number | null {
  for (let i = 0; i < MAX_OPTIONS; i++) if (optionToken(attemptId, position, i) === token) return i;
  return null;
}
