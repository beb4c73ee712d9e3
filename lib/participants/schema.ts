// The registration and sign-in schemas (docs/DOMAIN.md §2, "Vietnamese formats"). One schema per use
// case, used by the react-hook-form resolver in the browser and parsed again by the server action.
// Pure: no Prisma, no next/*; runs in the browser too.
import { z } from "zod";
import { normalizeText } from "../text";
import { isoDate, now, parseVnDate, vnDayKey } from "../time";
import { checkCccd, explainCccdProblem, normalizePhone } from "./identity";
import { GENDERS, PARTICIPANT_GROUPS } from "./labels";

/**
 * docs/DOMAIN.md "Vietnamese formats": CCCD digits 4–6 must match the date of birth and gender. Field
 * issues do not stop a superRefine, so values may be raw here: cross-check only when the fields it
 * reads are themselves valid. Shared by registration and the staff's identity correction.
 */
export function crossCheckCccd(v: { cccd: string; birthDate: string; gender: string }, ctx: z.RefinementCtx): void {
  const birthYear = /^\d{4}-\d{2}-\d{2}$/.test(v.birthDate) ? Number(v.birthDate.slice(0, 4)) : null;
  const gender = GENDERS.find((g) => g === v.gender);
  if (!/^\d{12}$/.test(v.cccd) || birthYear === null || gender === undefined) return;
  const problem = checkCccd(v.cccd, birthYear, gender);
  if (problem) ctx.addIssue({ code: "custom", path: ["cccd"], message: explainCccdProblem(problem) });
}

/** The unit select's value for "Khác (ghi rõ)": the person types the unit's name. */
export const OTHER_UNIT = "KHAC";

export const LIMITS = { fullName: 100, email: 254, wardName: 100, unitName: 200, passwordMin: 8, passwordMax: 128 } as const;

const NAME_CHARS = /^[\p{L}\p{M}][\p{L}\p{M} '.-]*$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A date of birth as people type it on a phone: "15/08/1990", "15-8-1990", "15.08.1990" or the
 * eight digits "15081990" (a phone's number pad has no slash). Returns yyyy-MM-dd or null.
 */
export function parseBirthDateInput(text: string): string | null {
  const t = text.trim();
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  const d = compact ? parseVnDate(`${compact[1]}/${compact[2]}/${compact[3]}`) : parseVnDate(t.replace(/[-.]/g, "/"));
  return d ? isoDate(d) : null;
}

type Rule = [(value: string) => boolean, string];

/**
 * A required text field with one message at a time: "please enter" when empty, else the first
 * broken rule. (zod's abort flag would also stop the cross-field checks, so it is not used.)
 */
function requiredText(emptyMessage: string, ...rules: Rule[]) {
  return z.string({ error: emptyMessage }).superRefine((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: emptyMessage });
      return;
    }
    for (const [isValid, message] of rules) {
      if (!isValid(value)) {
        ctx.addIssue({ code: "custom", message });
        return;
      }
    }
  });
}

/**
 * One of a fixed set of values (radio buttons). Not z.enum: its failure would stop the cross-field
 * checks below, so an empty form would reveal some errors only on the second submit.
 */
function choice<const T extends readonly string[]>(values: T, message: string) {
  return z
    .string({ error: message })
    .refine((v) => values.includes(v), message)
    .transform((v) => v as T[number]);
}

const fullName = requiredText(
  "Vui lòng nhập họ và tên.",
  [(v) => normalizeText(v).length >= 2, "Họ và tên quá ngắn."],
  [(v) => normalizeText(v).length <= LIMITS.fullName, `Họ và tên tối đa ${LIMITS.fullName} ký tự.`],
  [(v) => NAME_CHARS.test(normalizeText(v)), "Họ và tên chỉ gồm chữ cái (có dấu) và dấu cách."],
).transform(normalizeText);

const birthDate = requiredText(
  "Vui lòng nhập ngày sinh.",
  [(v) => parseBirthDateInput(v) !== null, "Ngày sinh không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/08/1990."],
  [(v) => (parseBirthDateInput(v) ?? "") <= vnDayKey(now()), "Ngày sinh không được sau ngày hôm nay."],
).transform((v) => parseBirthDateInput(v) as string);

const cccd = requiredText("Vui lòng nhập số CCCD.", [(v) => /^\d{12}$/.test(v.replace(/\s/g, "")), "Số CCCD phải gồm đúng 12 chữ số."]).transform((v) =>
  v.replace(/\s/g, ""),
);

const phone = requiredText("Vui lòng nhập số điện thoại.", [
  (v) => normalizePhone(v) !== null,
  "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (có thể viết +84 hoặc 84 ở đầu).",
]).transform((v) => normalizePhone(v) as string);

const email = z
  .string({ error: "Email không hợp lệ." })
  .max(LIMITS.email, `Email tối đa ${LIMITS.email} ký tự.`)
  .refine((v) => v.trim() === "" || EMAIL.test(v.trim()), "Email không hợp lệ (ví dụ: ten@example.com).")
  .transform((v) => (v.trim() === "" ? null : v.trim().toLowerCase()));

const password = requiredText(
  "Vui lòng nhập mật khẩu.",
  [(v) => v.length >= LIMITS.passwordMin, `Mật khẩu cần ít nhất ${LIMITS.passwordMin} ký tự.`],
  [(v) => v.length <= LIMITS.passwordMax, `Mật khẩu tối đa ${LIMITS.passwordMax} ký tự.`],
  [(v) => /\p{L}/u.test(v) && /\d/.test(v), "Mật khẩu cần có cả chữ và số."],
);

/** The password typed twice (registration, the self-service reset): the repeat must match. */
export function checkPasswordConfirm(v: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx): void {
  if (v.passwordConfirm === "") {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "Vui lòng nhập lại mật khẩu." });
  } else if (v.password !== v.passwordConfirm) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "Mật khẩu nhập lại không khớp." });
  }
}

/** A new password and its repeat, by registration's rules: every place a participant chooses one spreads these. */
export const newPasswordFields = { password, passwordConfirm: z.string({ error: "Vui lòng nhập lại mật khẩu." }) };

const RELOAD = "Trang đăng ký đã cũ. Vui lòng tải lại trang rồi thử lại.";
const CONSENT_REQUIRED = "Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký.";

export const registrationSchema = z
  .object({
    contestId: z.string({ error: RELOAD }).min(1, RELOAD),
    fullName,
    birthDate,
    gender: choice(GENDERS, "Vui lòng chọn giới tính."),
    cccd,
    phone,
    email,
    group: choice(PARTICIPANT_GROUPS, "Vui lòng chọn đối tượng."),
    districtId: requiredText("Vui lòng chọn huyện/thành phố."),
    wardName: requiredText("Vui lòng nhập xã/phường/thị trấn.", [
      (v) => normalizeText(v).length <= LIMITS.wardName,
      `Tên xã/phường tối đa ${LIMITS.wardName} ký tự.`,
    ]).transform(normalizeText),
    // "" (none chosen), a Unit id of the contest, or OTHER_UNIT with the name typed in unitName.
    unitId: z.string({ error: "Vui lòng chọn đơn vị công tác." }),
    unitName: z.string({ error: "Tên đơn vị không hợp lệ." }).max(LIMITS.unitName, `Tên đơn vị tối đa ${LIMITS.unitName} ký tự.`).transform(normalizeText),
    ...newPasswordFields,
    consent: z.boolean({ error: CONSENT_REQUIRED }).refine((v) => v, CONSENT_REQUIRED),
    consentTextId: z.string({ error: RELOAD }).min(1, RELOAD),
  })
  .superRefine((v, ctx) => {
    crossCheckCccd(v, ctx);
    checkPasswordConfirm(v, ctx);
    // Workers and students name their unit or school; residents may leave it empty.
    if (v.unitId === OTHER_UNIT) {
      if (v.unitName.length === 0 && v.group !== "NGUOI_DAN") {
        ctx.addIssue({ code: "custom", path: ["unitName"], message: "Vui lòng nhập tên đơn vị công tác hoặc trường học." });
      } else if (v.unitName.length === 1) {
        ctx.addIssue({ code: "custom", path: ["unitName"], message: "Tên đơn vị quá ngắn." });
      }
    } else if (v.unitId === "" && v.group !== "NGUOI_DAN") {
      ctx.addIssue({ code: "custom", path: ["unitId"], message: "Vui lòng chọn đơn vị công tác hoặc trường học (chọn “Khác” nếu không có trong danh sách)." });
    }
  })
  .transform(({ passwordConfirm: _confirm, unitId, unitName, ...rest }) => ({
    ...rest,
    unitId: unitId === "" || unitId === OTHER_UNIT ? null : unitId,
    unitName: unitId === OTHER_UNIT ? unitName : "",
  }));

/** What the form holds (strings as typed). */
export type RegistrationInput = z.input<typeof registrationSchema>;
/** What the server stores from: normalised name, yyyy-MM-dd date, 0xxxxxxxxx phone. */
export type Registration = z.output<typeof registrationSchema>;

/** The form's starting values; gender and group start unchosen (radio buttons, nothing ticked). */
export const EMPTY_REGISTRATION: Partial<RegistrationInput> = {
  fullName: "",
  birthDate: "",
  cccd: "",
  phone: "",
  email: "",
  districtId: "",
  wardName: "",
  unitId: "",
  unitName: "",
  password: "",
  passwordConfirm: "",
  consent: false,
};

export const signInSchema = z.object({
  identifier: requiredText("Vui lòng nhập số CCCD hoặc số điện thoại."),
  password: requiredText("Vui lòng nhập mật khẩu."),
});

export type SignInInput = z.input<typeof signInSchema>;
