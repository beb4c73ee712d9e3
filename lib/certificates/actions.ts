"use server";
// Server actions of /quan-tri/chung-nhan. Each is a public endpoint: it checks its caller first.
import { revalidatePath } from "next/cache";
import { fail, invalid, ok, type ActionResult } from "../actions/result";
import { authorizeStaff } from "../auth/session";
import { generateRoundCertificates } from "./generate";
import { revokeCertificate, setRoundDecision } from "./manage";
import { decisionSchema, generateSchema, revokeSchema } from "./schema";

const PAGE = "/quan-tri/chung-nhan";

export async function setRoundDecisionAction(input: unknown): Promise<ActionResult<{ decisionNumber: string; decisionDate: string }>> {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) return fail(auth.error);
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await setRoundDecision(parsed.data, auth.staff);
  if (!result.ok) return fail(result.error);
  revalidatePath(`${PAGE}/${parsed.data.roundId}`);
  return ok(result.data);
}

/** Numbers the next chunk of the round's awards; the page repeats it until `issued === total`. */
export async function generateCertificatesAction(input: unknown): Promise<ActionResult<{ created: number; issued: number; total: number }>> {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) return fail(auth.error);
  const parsed = generateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await generateRoundCertificates(parsed.data.roundId, auth.staff, { limit: parsed.data.limit });
  if (!result.ok) return fail(result.error);
  revalidatePath(PAGE);
  revalidatePath(`${PAGE}/${parsed.data.roundId}`);
  return ok({ created: result.created, issued: result.issued, total: result.total });
}

export async function revokeCertificateAction(input: unknown): Promise<ActionResult<{ revokedAt: string }>> {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) return fail(auth.error);
  const parsed = revokeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await revokeCertificate(parsed.data, auth.staff);
  if (!result.ok) return fail(result.error);
  revalidatePath(PAGE, "layout");
  return ok({ revokedAt: result.data.revokedAt.toISOString() });
}
