// The pure rules of account recovery: what the person typed, where the reset goes, the codes and
// the stored hashes, when a reset still works, and what the e-mail and the SMS say.
import { resetEmail, resetSms } from "@/lib/participants/recovery-messages";
import {
  channelFor,
  generateResetToken,
  generateSmsCode,
  hashesEqual,
  isResetUsable,
  MAX_CODE_TRIES,
  resetExpiry,
  secretHash,
} from "@/lib/participants/recovery-rules";
import { normalizeSmsCode, parseRecoveryIdentifier, resetByCodeSchema, resetByLinkSchema } from "@/lib/participants/recovery-schema";

test.each([
  ["0912345678", { kind: "phone", value: "0912345678" }],
  ["+84 912 345 678", { kind: "phone", value: "0912345678" }],
  ["037090000123", { kind: "cccd", value: "037090000123" }],
  ["037 090 000 123", { kind: "cccd", value: "037090000123" }],
  [" An.Nguyen@Example.VN ", { kind: "email", value: "an.nguyen@example.vn" }],
  ["an@", null],
  ["12345", null],
  ["abc", null],
])("%j is read as %j", (input, expected) => {
  expect(parseRecoveryIdentifier(input)).toEqual(expected);
});

test.each([
  ["email", false, "EMAIL"],
  ["email", true, "EMAIL"],
  ["phone", true, "SMS"],
  ["cccd", true, "EMAIL"],
  ["cccd", false, "SMS"],
] as const)("a %s identifier, account with e-mail %s: %s", (kind, hasEmail, channel) => {
  expect(channelFor(kind, hasEmail)).toBe(channel);
});

test("codes are six digits with leading zeros kept; tokens are long and URL-safe", () => {
  expect(generateSmsCode(() => 42)).toBe("000042");
  expect(generateSmsCode(() => 999_999)).toBe("999999");
  expect(generateSmsCode()).toMatch(/^\d{6}$/);
  const token = generateResetToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(generateResetToken()).not.toBe(token);
});

test("the same code hashes differently for two resets and under another key; equal hashes compare equal", () => {
  const a = secretHash("key", "SMS", "123456", "reset-a");
  expect(hashesEqual(a, secretHash("key", "SMS", "123456", "reset-a"))).toBe(true);
  expect(hashesEqual(a, secretHash("key", "SMS", "123456", "reset-b"))).toBe(false);
  expect(hashesEqual(a, secretHash("other", "SMS", "123456", "reset-a"))).toBe(false);
  expect(hashesEqual(a, "")).toBe(false);
});

const T = new Date("2026-12-04T08:00:00Z");
test.each([
  [{ expiresAt: resetExpiry("SMS", T), usedAt: null, voidedAt: null, failedTries: 0 }, 9, true],
  [{ expiresAt: resetExpiry("SMS", T), usedAt: null, voidedAt: null, failedTries: 0 }, 10, false],
  [{ expiresAt: resetExpiry("EMAIL", T), usedAt: null, voidedAt: null, failedTries: 0 }, 29, true],
  [{ expiresAt: resetExpiry("EMAIL", T), usedAt: null, voidedAt: null, failedTries: 0 }, 30, false],
  [{ expiresAt: resetExpiry("EMAIL", T), usedAt: T, voidedAt: null, failedTries: 0 }, 1, false],
  [{ expiresAt: resetExpiry("EMAIL", T), usedAt: null, voidedAt: T, failedTries: 0 }, 1, false],
  [{ expiresAt: resetExpiry("SMS", T), usedAt: null, voidedAt: null, failedTries: MAX_CODE_TRIES - 1 }, 1, true],
  [{ expiresAt: resetExpiry("SMS", T), usedAt: null, voidedAt: null, failedTries: MAX_CODE_TRIES }, 1, false],
])("reset %j, %i minutes later: usable %s", (reset, minutes, usable) => {
  expect(isResetUsable(reset, new Date(T.getTime() + minutes * 60_000))).toBe(usable);
});

test.each([
  ["123456", "123456"],
  ["123 456", "123456"],
  ["123-456", "123456"],
  ["12345", null],
  ["12345a", null],
])("code %j is %j", (input, expected) => {
  expect(normalizeSmsCode(input)).toBe(expected);
});

test("the new password follows registration's rules and must be typed twice alike", () => {
  const r = resetByLinkSchema.safeParse({ token: "x".repeat(43), password: "chuthoi", passwordConfirm: "khac" });
  expect(r.success).toBe(false);
  const messages = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  expect(messages).toEqual(expect.arrayContaining(["password: Mật khẩu cần ít nhất 8 ký tự.", "passwordConfirm: Mật khẩu nhập lại không khớp."]));
  const code = resetByCodeSchema.parse({
    contestId: "c",
    identifier: "+84 912 345 678",
    code: "123 456",
    password: "matkhau123",
    passwordConfirm: "matkhau123",
  });
  expect(code).toEqual({ contestId: "c", identifier: { kind: "phone", value: "0912345678" }, code: "123456", password: "matkhau123" });
  expect(
    resetByCodeSchema.safeParse({ contestId: "c", identifier: "a@b.vn", code: "123456", password: "matkhau123", passwordConfirm: "matkhau123" }).success,
  ).toBe(false);
});

test("the SMS fits one GSM segment, without diacritics, with the code and its lifetime", () => {
  const text = resetSms({ code: "042917", minutes: 10, organiserShort: "Sở KH&CN Ninh Bình" });
  expect(text).toContain("042917");
  expect(text).toContain("hieu luc 10 phut");
  expect(text.startsWith("So KH&CN Ninh Binh:")).toBe(true);
  expect(text).toMatch(/^[\x20-\x7e]+$/);
  expect(text.length).toBeLessThanOrEqual(160);
});

test("the e-mail carries the link in text and HTML, escapes what it quotes, and names the organisers' contacts", () => {
  const m = resetEmail({
    fullName: "Nguyễn <b>An</b>",
    contestName: "Cuộc thi “Chuyển đổi số”",
    organiser: "Sở Khoa học và Công nghệ tỉnh Ninh Bình",
    link: "https://cuocthi.example.vn/dat-lai-mat-khau?token=abc&x=1",
    minutes: 30,
    hotline: "0229 3871 234",
    contactEmail: "btc@example.vn",
  });
  expect(m.subject).toBe("Đặt lại mật khẩu – Cuộc thi “Chuyển đổi số”");
  expect(m.text).toContain("https://cuocthi.example.vn/dat-lai-mat-khau?token=abc&x=1");
  expect(m.text).toContain("đường dây nóng 0229 3871 234, email btc@example.vn");
  expect(m.html).toContain('href="https://cuocthi.example.vn/dat-lai-mat-khau?token=abc&amp;x=1"');
  expect(m.html).toContain("Nguyễn &lt;b&gt;An&lt;/b&gt;");
  expect(m.html).not.toContain("<b>An</b>");
  expect(resetEmail({ ...{ fullName: "A", contestName: "C", organiser: "O", link: "L", minutes: 30 }, hotline: "", contactEmail: "" }).text).not.toContain(
    "liên hệ Ban Tổ chức",
  );
});
