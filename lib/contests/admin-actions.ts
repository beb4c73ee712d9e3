"use server";
// Server actions of the contest settings pages (capability "contests": ADMIN). Thin: who is
// calling → validate → one lib call → revalidate → typed result. Each is a public endpoint.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { fail, invalid, type ActionResult } from "../actions/result";
import { authorizeStaff, type StaffCaller } from "../auth/session";
import { addConsentVersion, createContest, createDistrict, createUnit, deleteDistrict, deleteUnit, renameDistrict, updateContest, updateUnit } from "./admin-contests";
import { createDocument, deleteDocument, moveDocument, updateDocument } from "./admin-documents";
import { createRound, updateRound, type RoundUpdateOutcome } from "./admin-rounds";
import { createWard, deleteWard, moveWard, renameWard } from "./admin-wards";
import {
  consentTextSchema, createContestSchema, createDistrictSchema, createDocumentSchema, createRoundSchema, createUnitSchema, createWardSchema, deleteByIdSchema,
  moveByIdSchema, renameDistrictSchema, renameWardSchema, updateContestSchema, updateDocumentSchema, updateRoundSchema, updateUnitSchema,
} from "./schema";

const ADMIN_PATH = "/quan-tri/cuoc-thi";

/**
 * authorize → safeParse → run → revalidate the settings pages (and the public site on success).
 * The "/" layout covers every prerendered public page that reads settings: /tai-lieu (documents),
 * /dang-ky (districts, wards, units), /the-le, the home page.
 */
async function run<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  action: (data: z.output<S>, staff: StaffCaller) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const auth = await authorizeStaff("contests");
  if (!auth.ok) return fail(auth.error);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await action(parsed.data, auth.staff);
  if (result.ok) {
    revalidatePath(ADMIN_PATH, "layout");
    revalidatePath("/", "layout");
  }
  return result;
}

export async function createContestAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(createContestSchema, input, createContest);
}

export async function updateContestAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(updateContestSchema, input, updateContest);
}

export async function addConsentVersionAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return run(consentTextSchema, input, addConsentVersion);
}

export async function createRoundAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(createRoundSchema, input, createRound);
}

export async function updateRoundAction(input: unknown): Promise<ActionResult<RoundUpdateOutcome>> {
  return run(updateRoundSchema, input, updateRound);
}

export async function createDistrictAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(createDistrictSchema, input, createDistrict);
}

export async function renameDistrictAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(renameDistrictSchema, input, renameDistrict);
}

export async function deleteDistrictAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(deleteByIdSchema, input, (d, staff) => deleteDistrict(d.id, staff));
}

export async function createUnitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(createUnitSchema, input, createUnit);
}

export async function updateUnitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(updateUnitSchema, input, updateUnit);
}

export async function deleteUnitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(deleteByIdSchema, input, (d, staff) => deleteUnit(d.id, staff));
}

// ---- wards of a district (lib/contests/admin-wards.ts)

export async function createWardAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(createWardSchema, input, createWard);
}

export async function renameWardAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(renameWardSchema, input, renameWard);
}

export async function moveWardAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(moveByIdSchema, input, moveWard);
}

export async function deleteWardAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(deleteByIdSchema, input, (d, staff) => deleteWard(d.id, staff));
}

// ---- study documents (lib/contests/admin-documents.ts)

export async function createDocumentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(createDocumentSchema, input, createDocument);
}

export async function updateDocumentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(updateDocumentSchema, input, updateDocument);
}

export async function moveDocumentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(moveByIdSchema, input, moveDocument);
}

export async function deleteDocumentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run(deleteByIdSchema, input, (d, staff) => deleteDocument(d.id, staff));
}
