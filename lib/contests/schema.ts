// Validation of contest and round settings (staff area): one schema per use case, shared by the
// react-hook-form resolvers and the server actions. Messages in Vietnamese.
import { z } from "zod";
import { answerReviewSchema } from "../attempts/answer-review";
import { predictionTruthSchema } from "../ranking/prediction-truth";
import { rankingOrderSchema } from "../ranking/ranking-order";
import { prizeTiersSchema } from "./prize-tiers";
import { roundStatusSchema } from "./round-status";
import { parseVnDateTimeInput } from "./admin-rules";
import { LIMITS } from "../participants/schema";
import { parseVnDate } from "../time";

const id = z.string().min(1);
const text = (min: number, max: number, label: string) => z.string().trim().min(min, `${label} quá ngắn.`).max(max, `${label} tối đa ${max} ký tự.`);

const contestFields = z.object({
  name: text(5, 200, "Tên cuộc thi"),
  organiser: text(3, 200, "Cơ quan tổ chức"),
  organiserShort: text(2, 60, "Tên viết tắt"),
  year: z.number({ message: "Nhập năm." }).int("Năm là số nguyên.").min(2000, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ."),
  isFeatured: z.boolean(),
  certificatePattern: text(3, 40, "Mẫu số chứng nhận").refine((v) => v.includes("{n}"), "Mẫu số phải chứa {n} (số thứ tự), ví dụ {n}/GCN-BTC."),
});

export const createContestSchema = contestFields.extend({
  slug: z
    .string()
    .trim()
    .min(3, "Đường dẫn quá ngắn.")
    .max(60, "Đường dẫn tối đa 60 ký tự.")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ chuyen-doi-so-2026."),
});
export type CreateContestInput = z.input<typeof createContestSchema>;

export const updateContestSchema = contestFields.extend({
  id,
  isPublished: z.boolean(),
  planReference: z.string().trim().max(500, "Căn cứ tối đa 500 ký tự."),
  intro: z.string().trim().max(5000, "Giới thiệu tối đa 5000 ký tự."),
  rulesText: z.string().trim().max(20000, "Thể lệ tối đa 20000 ký tự."),
  contactInfo: z.string().trim().max(1000, "Thông tin liên hệ tối đa 1000 ký tự."),
  // Shown as tel:/mailto: links on sign-in, the rules and the footer (docs/SECURITY.md "Account recovery").
  hotline: z
    .string()
    .trim()
    .max(30, "Đường dây nóng tối đa 30 ký tự.")
    .refine(
      (v) => v === "" || (/^\+?[\d\s.()-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 4 && (v.match(/\d/g)?.length ?? 0) <= 15),
      "Đường dây nóng chỉ gồm chữ số, dấu cách, dấu chấm hoặc dấu gạch ngang, ví dụ 0229 3871 234.",
    ),
  contactEmail: z
    .string()
    .trim()
    .max(LIMITS.email, `Email tối đa ${LIMITS.email} ký tự.`)
    .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Email liên hệ không hợp lệ (ví dụ: bantochuc@example.gov.vn).")
    .transform((v) => v.toLowerCase()),
});
export type UpdateContestInput = z.input<typeof updateContestSchema>;

export const consentTextSchema = z.object({
  contestId: id,
  text: text(20, 10000, "Nội dung đồng ý xử lý dữ liệu cá nhân"),
});
export type ConsentTextInput = z.input<typeof consentTextSchema>;

// ---------------------------------------------------------------- rounds

const vnDateTime = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => parseVnDateTimeInput(v) !== null, `${label}: nhập theo dạng dd/MM/yyyy HH:mm (giờ Việt Nam).`);
const optionalInt = (min: number, max: number, label: string) =>
  z
    .number({ message: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(min, `${label} tối thiểu ${min}.`)
    .max(max, `${label} tối đa ${max}.`)
    .nullable();

const roundFields = z.object({
  name: text(2, 100, "Tên đợt thi"),
  opensAt: vnDateTime("Thời điểm mở"),
  closesAt: vnDateTime("Thời điểm đóng"),
  // Empty: the last month of the quarter the round closes in (docs/DOMAIN.md "The winners route handler").
  awardYear: optionalInt(2000, 2100, "Năm trao giải"),
  awardMonth: optionalInt(1, 12, "Tháng trao giải"),
  questionCount: z.number({ message: "Nhập số câu hỏi." }).int().min(1, "Ít nhất 1 câu hỏi.").max(200, "Tối đa 200 câu hỏi."),
  timeLimitMinutes: z
    .number({ message: "Nhập thời gian làm bài." })
    .int("Thời gian tính bằng phút nguyên.")
    .min(1, "Ít nhất 1 phút.")
    .max(600, "Tối đa 600 phút."),
  attemptsAllowed: z.number({ message: "Nhập số lượt thi." }).int().min(1, "Ít nhất 1 lượt.").max(100, "Tối đa 100 lượt."),
  graceSec: z.number({ message: "Nhập thời gian gia hạn." }).int().min(0, "Không được âm.").max(300, "Tối đa 300 giây."),
  rankingOrder: rankingOrderSchema,
  predictionTruth: predictionTruthSchema,
  prizeTiers: prizeTiersSchema,
  minScoreForPrize: optionalInt(0, 200, "Điểm tối thiểu"),
  excludeEarlierWinners: z.boolean(),
  predictionQuestion: text(5, 300, "Câu hỏi dự đoán"),
  answerReview: answerReviewSchema,
  status: roundStatusSchema,
  decisionNumber: z.string().trim().max(60, "Số quyết định tối đa 60 ký tự."),
  decisionDate: z
    .string()
    .trim()
    .refine((v) => v === "" || parseVnDate(v) !== null, "Ngày quyết định: nhập theo dạng dd/MM/yyyy."),
});

type RoundFields = z.output<typeof roundFields>;

function refineRound(v: RoundFields, ctx: z.RefinementCtx): void {
  const opens = parseVnDateTimeInput(v.opensAt);
  const closes = parseVnDateTimeInput(v.closesAt);
  if (opens && closes && closes <= opens) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Thời điểm đóng phải sau thời điểm mở." });
  if ((v.awardYear === null) !== (v.awardMonth === null)) {
    ctx.addIssue({ code: "custom", path: ["awardMonth"], message: "Nhập cả tháng và năm trao giải, hoặc để trống cả hai." });
  }
  const codes = new Set<string>();
  v.prizeTiers.forEach((t, i) => {
    if (codes.has(t.code)) ctx.addIssue({ code: "custom", path: ["prizeTiers", i, "code"], message: "Mã giải bị trùng." });
    codes.add(t.code);
  });
}

export const createRoundSchema = roundFields
  .extend({ contestId: id, number: z.number({ message: "Nhập số thứ tự." }).int().min(1, "Số thứ tự từ 1.").max(50, "Số thứ tự tối đa 50.") })
  .superRefine(refineRound);

export const updateRoundSchema = roundFields
  .extend({
    id,
    // The settings version the form was loaded with: a save over a newer change is refused.
    baseSettingsVersion: z.number().int().min(1),
    // Required when the change would alter a started round's results (see admin-rules.ts).
    confirmSensitive: z.boolean(),
    reason: z.string().trim().max(500, "Lý do tối đa 500 ký tự."),
  })
  .superRefine(refineRound);

/** The round editor in the browser (create and edit share it); the server parses again with the schemas above. */
export const roundEditorSchema = roundFields
  .extend({
    number: z.number({ message: "Nhập số thứ tự." }).int().min(1, "Số thứ tự từ 1.").max(50, "Số thứ tự tối đa 50."),
    confirmSensitive: z.boolean(),
    reason: z.string().trim().max(500, "Lý do tối đa 500 ký tự."),
  })
  .superRefine(refineRound);
export type RoundEditorValues = z.input<typeof roundEditorSchema>;

// ---------------------------------------------------------------- units and districts

const placeName = text(2, 200, "Tên");

export const createDistrictSchema = z.object({ contestId: id, name: placeName });
export const renameDistrictSchema = z.object({ id, name: placeName });
export const deleteByIdSchema = z.object({ id });

const headcount = z.number({ message: "Số người phải là số." }).int("Số người là số nguyên.").min(0, "Không được âm.").max(10_000_000).nullable();

export const createUnitSchema = z.object({ contestId: id, name: placeName, headcount, districtId: z.string().nullable() });
export const updateUnitSchema = z.object({ id, name: placeName, headcount, districtId: z.string().nullable() });

/** Moving a listed item (a document, a ward) one place up or down. */
export const moveByIdSchema = z.object({ id, direction: z.enum(["up", "down"]) });

// ---------------------------------------------------------------- wards

// Registration accepts a ward name up to LIMITS.wardName: a longer one could never be chosen.
const wardName = text(2, LIMITS.wardName, "Tên xã/phường");

export const createWardSchema = z.object({ districtId: id, name: wardName });
export const renameWardSchema = z.object({ id, name: wardName });

// ---------------------------------------------------------------- study documents ("Tài liệu")

/**
 * An optional link to the document's text: http(s) only, so a stored "javascript:" or "data:" URL
 * can never reach the public page's href. No spaces, no credentials ("https://gov.vn@evil.example").
 */
export function isSafeHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(value) || /[\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "" && u.username === "" && u.password === "";
  } catch {
    return false;
  }
}

/** The document editor in the browser (create and edit share it); the server parses again with the schemas below. */
export const documentEditorSchema = z.object({
  code: z.string().trim().min(1, "Nhập số, ký hiệu văn bản.").max(60, "Số, ký hiệu tối đa 60 ký tự."),
  title: text(3, 500, "Tên văn bản"),
  issuer: z.string().trim().max(200, "Cơ quan ban hành tối đa 200 ký tự."),
  // Entered as written in the document (dd/MM/yyyy), stored as yyyy-MM-dd (admin-documents.ts).
  issuedOn: z
    .string()
    .trim()
    .refine((v) => v === "" || parseVnDate(v) !== null, "Ngày ban hành: nhập theo dạng dd/MM/yyyy, ví dụ 03/06/2020."),
  url: z
    .string()
    .trim()
    .max(2000, "Đường dẫn tối đa 2000 ký tự.")
    .refine((v) => v === "" || isSafeHttpUrl(v), "Đường dẫn phải là địa chỉ web bắt đầu bằng http:// hoặc https://."),
});
export type DocumentEditorValues = z.input<typeof documentEditorSchema>;

export const createDocumentSchema = documentEditorSchema.extend({ contestId: id });
export const updateDocumentSchema = documentEditorSchema.extend({ id });
