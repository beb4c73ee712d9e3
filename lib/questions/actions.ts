"use server";
// Server actions of the question bank (capability "bank": ADMIN, EDITOR), built by staffAction
// (lib/actions/staff-action.ts): caller → role → input → one lib call → revalidate → typed result.
import { ok } from "../actions/result";
import { staffAction } from "../actions/staff-action";
import { createQuestion, findSimilarQuestions, setQuestionStatus, updateQuestion } from "./editing";
import { checkSimilarSchema, createQuestionSchema, setQuestionStatusSchema, updateQuestionSchema } from "./schema";

const BANK_PATH = "/quan-tri/cau-hoi";

// A save held back for near-duplicates ("similar") changed nothing, so nothing is revalidated.
export const createQuestionAction = staffAction("bank", createQuestionSchema, createQuestion, {
  name: "createQuestionAction",
  revalidate: (_input, data) => (data.status === "saved" ? [BANK_PATH] : []),
});

export const updateQuestionAction = staffAction("bank", updateQuestionSchema, updateQuestion, {
  name: "updateQuestionAction",
  revalidate: (input, data) => (data.status === "saved" ? [BANK_PATH, `${BANK_PATH}/${input.id}`] : []),
});

export const setQuestionStatusAction = staffAction("bank", setQuestionStatusSchema, (input, staff) => setQuestionStatus(input.id, input.status, staff), {
  name: "setQuestionStatusAction",
  revalidate: (input) => [BANK_PATH, `${BANK_PATH}/${input.id}`],
});

/** The editor's live near-duplicate check (on leaving the text field). Writes nothing. */
export const checkSimilarQuestionsAction = staffAction(
  "bank",
  checkSimilarSchema,
  async (input) => ok(await findSimilarQuestions(input.contestId, input.text, input.excludeId)),
  { name: "checkSimilarQuestionsAction" },
);
