"use server";
// Server actions of the question bank (capability "bank": ADMIN, EDITOR). Thin: who is calling →
// validate → one lib call → revalidate → typed result. Reachable by a direct POST, so each checks.
import { revalidatePath } from "next/cache";
import { fail, invalid, ok, type ActionResult } from "../actions/result";
import { authorizeStaff } from "../auth/session";
import { createQuestion, findSimilarQuestions, setQuestionStatus, updateQuestion, type SaveOutcome, type SimilarQuestion } from "./editing";
import { checkSimilarSchema, createQuestionSchema, setQuestionStatusSchema, updateQuestionSchema } from "./schema";

const BANK_PATH = "/quan-tri/cau-hoi";

export async function createQuestionAction(input: unknown): Promise<ActionResult<SaveOutcome>> {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return fail(auth.error);
  const parsed = createQuestionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createQuestion(parsed.data, auth.staff);
  if (result.ok && result.data.status === "saved") revalidatePath(BANK_PATH);
  return result;
}

export async function updateQuestionAction(input: unknown): Promise<ActionResult<SaveOutcome>> {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return fail(auth.error);
  const parsed = updateQuestionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateQuestion(parsed.data, auth.staff);
  if (result.ok && result.data.status === "saved") {
    revalidatePath(BANK_PATH);
    revalidatePath(`${BANK_PATH}/${parsed.data.id}`);
  }
  return result;
}

export async function setQuestionStatusAction(input: unknown): Promise<ActionResult<{ id: string; status: "ACTIVE" | "ARCHIVED" }>> {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return fail(auth.error);
  const parsed = setQuestionStatusSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await setQuestionStatus(parsed.data.id, parsed.data.status, auth.staff);
  if (result.ok) {
    revalidatePath(BANK_PATH);
    revalidatePath(`${BANK_PATH}/${parsed.data.id}`);
  }
  return result;
}

/** The editor's live near-duplicate check (on leaving the text field). Writes nothing. */
export async function checkSimilarQuestionsAction(input: unknown): Promise<ActionResult<SimilarQuestion[]>> {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return fail(auth.error);
  const parsed = checkSimilarSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return ok(await findSimilarQuestions(parsed.data.contestId, parsed.data.text, parsed.data.excludeId));
}
