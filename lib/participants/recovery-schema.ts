// The schemas of self-service account recovery (docs/SECURITY.md "Account recovery"): asking for a
// reset on /quen-mat-khau, and choosing the new password with the e-mailed link or the SMS code on
// /dat-lai-mat-khau. Used by the forms' resolvers and parsed again by the server actions. Pure and
// browser-safe (no node:crypto: the secrets are in recovery-rules.ts).
import { z } from "zod";
import { normalizePhone } from "./identity";
import { checkPasswordConfirm, newPasswordFields } from "./schema";

export type RecoveryIdentifier = { kind: "phone"; value: string } | { kind: "cccd"; value: string } | { kind: "email"; value: string };

/** What the person typed: an e-mail (has "@"), a mobile number or a 12-digit CCCD; null otherwise. */
export function parseRecoveryIdentifier(input: string): RecoveryIdentifier | null {
  const text = input.trim();
  if (text.includes("@")) return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? { kind: "email", value: text.toLowerCase() } : null;
  const compact = text.replace(/\s/g, "");
  if (/^\d{12}$/.test(compact)) return { kind: "cccd", value: compact };
  const phone = normalizePhone(compact);
  return phone ? { kind: "phone", value: phone } : null;
}

/** A typed code as digits only ("123 456" and "123-456" are "123456"); null when it cannot be a code. */
export function normalizeSmsCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

const RELOAD = "Trang đã cũ. Vui lòng tải lại trang rồi thử lại.";
const contestId = z.string({ error: RELOAD }).min(1, RELOAD);

export const recoveryRequestSchema = z.object({
  contestId,
  identifier: z
    .string({ error: "Vui lòng nhập số điện thoại, số CCCD hoặc email đã đăng ký." })
    .refine((v) => v.trim() !== "", "Vui lòng nhập số điện thoại, số CCCD hoặc email đã đăng ký.")
    .refine((v) => v.trim() === "" || parseRecoveryIdentifier(v) !== null, "Nhập số điện thoại di động, số CCCD (12 chữ số) hoặc email đã dùng khi đăng ký.")
    .transform((v) => parseRecoveryIdentifier(v) as RecoveryIdentifier),
});
export type RecoveryRequestInput = z.input<typeof recoveryRequestSchema>;

/** With the e-mailed link: the token comes from the link's address. */
export const resetByLinkSchema = z
  .object({
    token: z.string({ error: "Đường liên kết không hợp lệ." }).regex(/^[A-Za-z0-9_-]{20,100}$/, "Đường liên kết không hợp lệ."),
    ...newPasswordFields,
  })
  .superRefine(checkPasswordConfirm)
  .transform(({ token, password }) => ({ token, password }));
export type ResetByLinkInput = z.input<typeof resetByLinkSchema>;

/** With the SMS code: the account is named again by its phone number or CCCD. */
export const resetByCodeSchema = z
  .object({
    contestId,
    identifier: z
      .string({ error: "Vui lòng nhập số điện thoại hoặc số CCCD." })
      .refine((v) => v.trim() !== "", "Vui lòng nhập số điện thoại hoặc số CCCD.")
      .refine((v) => {
        const id = parseRecoveryIdentifier(v);
        return v.trim() === "" || (id !== null && id.kind !== "email");
      }, "Nhập số điện thoại di động hoặc số CCCD (12 chữ số) đã dùng khi đăng ký."),
    code: z
      .string({ error: "Vui lòng nhập mã xác nhận." })
      .refine((v) => v.trim() !== "", "Vui lòng nhập mã xác nhận.")
      .refine((v) => v.trim() === "" || normalizeSmsCode(v) !== null, "Mã xác nhận gồm 6 chữ số."),
    ...newPasswordFields,
  })
  .superRefine(checkPasswordConfirm)
  .transform(({ contestId: id, identifier, code, password }) => ({
    contestId: id,
    identifier: parseRecoveryIdentifier(identifier) as Exclude<RecoveryIdentifier, { kind: "email" }>,
    code: normalizeSmsCode(code) as string,
    password,
  }));
export type ResetByCodeInput = z.input<typeof resetByCodeSchema>;
