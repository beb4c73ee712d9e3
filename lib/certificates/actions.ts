"use server";
// Server actions of /quan-tri/chung-nhan (capability "certificates"), built by staffAction
// (lib/actions/staff-action.ts): caller → role → input → one lib call → revalidate.
import { fail, mapOk, ok } from "../actions/result";
import { staffAction } from "../actions/staff-action";
import { generateRoundCertificates } from "./generate";
import { revokeCertificate, setRoundDecision } from "./manage";
import { decisionSchema, generateSchema, revokeSchema } from "./schema";

const PAGE = "/quan-tri/chung-nhan";

export const setRoundDecisionAction = staffAction("certificates", decisionSchema, setRoundDecision, {
  name: "setRoundDecisionAction",
  revalidate: (input) => [`${PAGE}/${input.roundId}`],
});

/** Numbers the next chunk of the round's awards; the page repeats it until `issued === total`. */
export const generateCertificatesAction = staffAction(
  "certificates",
  generateSchema,
  async (input, staff) => {
    const result = await generateRoundCertificates(input.roundId, staff, { limit: input.limit });
    return result.ok ? ok({ created: result.created, issued: result.issued, total: result.total }) : fail(result.error);
  },
  { name: "generateCertificatesAction", revalidate: (input) => [PAGE, `${PAGE}/${input.roundId}`] },
);

export const revokeCertificateAction = staffAction(
  "certificates",
  revokeSchema,
  async (input, staff) => mapOk(await revokeCertificate(input, staff), (data) => ({ revokedAt: data.revokedAt.toISOString() })),
  { name: "revokeCertificateAction", revalidate: [[PAGE, "layout"]] },
);
