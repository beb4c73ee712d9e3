// Every naughty string (the whole Big List plus extras) through every pure validator and parser
// behind the public and staff forms, URLs and imports: none throws, a refusal names the field in
// Vietnamese, and the redirect helpers never leave the site. Cheap, so no sampling here; the
// database-writing sweeps are in naughty-public.test.ts and naughty-staff.test.ts.
import type { z } from "zod";
import { saveAnswerSchema, savePredictionSchema, startAttemptSchema, submitAttemptSchema } from "@/lib/attempts/schema";
import { certificateDataFormatSchema, decisionSchema, generateSchema, revokeSchema } from "@/lib/certificates/schema";
import { parseVnDateTimeInput } from "@/lib/contests/admin-rules";
import {
  consentTextSchema,
  createContestSchema,
  createDistrictSchema,
  createRoundSchema,
  createUnitSchema,
  renameDistrictSchema,
  updateContestSchema,
  updateRoundSchema,
  updateUnitSchema,
} from "@/lib/contests/schema";
import { safeQuery } from "@/lib/db/pg-safe-text";
import { checkCccd, normalizePhone } from "@/lib/participants/identity";
import { safeNextPath } from "@/lib/participants/navigation";
import { recoveryRequestSchema, resetByCodeSchema, resetByLinkSchema } from "@/lib/participants/recovery-schema";
import { parseBirthDateInput, registrationSchema, signInSchema } from "@/lib/participants/schema";
import { correctIdentitySchema, parseParticipantSearch, PARTICIPANT_SEARCH_MAX, resetParticipantPasswordSchema } from "@/lib/participants/staff-schema";
import { parseImportFile } from "@/lib/questions/import/parse";
import { buildPreview } from "@/lib/questions/import/preview";
import type { ImportFormat } from "@/lib/questions/import/types";
import { checkSimilarSchema, createQuestionSchema, parseQuestionFilter, updateQuestionSchema } from "@/lib/questions/schema";
import { auditWhere, parseAuditFilter } from "@/lib/staff/audit-filters";
import { safeStaffRedirect } from "@/lib/staff/rules";
import { changeOwnPasswordSchema, createStaffSchema, resetStaffPasswordSchema, staffSignInSchema } from "@/lib/staff/schema";
import { parseItemSort, parsePage } from "@/lib/statistics/item-list";
import { maskCccd, maskPhone, normalizeText, searchKey } from "@/lib/text";
import { parseVnDate } from "@/lib/time";
import { approveSchema, participantDecisionSchema, overrideTrueValueSchema, publishSchema, recomputeSchema, runWinnersBodySchema } from "@/lib/winners/schema";
import { ALL_STRINGS, BLNS, isVietnamese, label } from "./naughty";

test("the list is the whole Big List of Naughty Strings plus the extras", () => {
  expect(BLNS.length).toBeGreaterThanOrEqual(480);
  expect(BLNS).toContain("<script>alert(123)</script>");
  expect(ALL_STRINGS).toContain("\u0000");
});

// A valid input per use case; each case below replaces one field with each naughty string.
const question = {
  text: "Chuyển đổi số là gì?",
  options: [{ text: "Phương án một" }, { text: "Phương án hai" }],
  correctIndex: 0,
  explanation: "",
  documentId: null,
  difficulty: "MEDIUM",
};
const round = {
  name: "Quý 1",
  opensAt: "15/02/2030 00:00",
  closesAt: "30/03/2030 23:59",
  awardYear: null,
  awardMonth: null,
  questionCount: 20,
  timeLimitMinutes: 20,
  attemptsAllowed: 3,
  graceSec: 10,
  rankingOrder: "CORRECT_PREDICTION_DURATION",
  predictionTruth: "PARTICIPANTS",
  prizeTiers: [{ code: "NHAT", name: "Giải Nhất", count: 1 }],
  minScoreForPrize: null,
  excludeEarlierWinners: false,
  predictionQuestion: "Có bao nhiêu người tham gia Quý 1?",
  answerReview: "AFTER_CLOSE",
  status: "DRAFT",
  decisionNumber: "",
  decisionDate: "",
};
const contest = {
  name: "Cuộc thi tìm hiểu",
  organiser: "Sở Thông tin và Truyền thông",
  organiserShort: "Sở TT&TT",
  year: 2030,
  isFeatured: false,
  certificatePattern: "{n}/GCN-BTC",
};
const registration = {
  contestId: "c1",
  fullName: "Nguyễn Văn An",
  birthDate: "15/08/1990",
  gender: "MALE",
  cccd: "037090000123",
  phone: "0912345678",
  email: "",
  group: "CBCCVC",
  districtId: "d1",
  wardName: "Phường Đông Thành",
  unitId: "KHAC",
  unitName: "Sở Thông tin và Truyền thông",
  password: "matkhau123",
  passwordConfirm: "matkhau123",
  consent: true,
  consentTextId: "v2",
};

const identity = {
  fullName: "Nguyễn Văn An",
  birthDate: "15/08/1990",
  gender: "MALE",
  cccd: "037090000123",
  phone: "0912345678",
  reason: "Sửa theo ảnh CCCD thí sinh gửi",
};

interface SchemaCase {
  name: string;
  schema: z.ZodType;
  base: Record<string, unknown>;
  /** The field replaced: a key, or a path into an array ("options.0.text"). */
  field: string;
  /** Typed by a person (its messages are shown next to the input): they must be Vietnamese. */
  visible: boolean;
}

const c = (name: string, schema: z.ZodType, base: Record<string, unknown>, fields: string[], visible = true): SchemaCase[] =>
  fields.map((field) => ({ name: `${name}.${field}`, schema, base, field, visible }));

const SCHEMA_CASES: SchemaCase[] = [
  // public: registration, sign-in, the quiz
  ...c("registration", registrationSchema, registration, [
    "fullName",
    "birthDate",
    "cccd",
    "phone",
    "email",
    "wardName",
    "unitName",
    "password",
    "passwordConfirm",
  ]),
  ...c("registration", registrationSchema, registration, ["contestId", "districtId", "unitId", "consentTextId", "gender", "group"], false),
  ...c("signIn", signInSchema, { identifier: "0912345678", password: "matkhau123" }, ["identifier", "password"]),
  // public: account recovery
  ...c("recoveryRequest", recoveryRequestSchema, { contestId: "c1", identifier: "0912345678" }, ["identifier"]),
  ...c("recoveryRequest", recoveryRequestSchema, { contestId: "c1", identifier: "0912345678" }, ["contestId"], false),
  ...c("resetByLink", resetByLinkSchema, { token: "a".repeat(43), password: "matkhau123", passwordConfirm: "matkhau123" }, ["password", "passwordConfirm"]),
  ...c("resetByLink", resetByLinkSchema, { token: "a".repeat(43), password: "matkhau123", passwordConfirm: "matkhau123" }, ["token"], false),
  ...c(
    "resetByCode",
    resetByCodeSchema,
    { contestId: "c1", identifier: "037090000123", code: "123456", password: "matkhau123", passwordConfirm: "matkhau123" },
    ["identifier", "code", "password", "passwordConfirm"],
  ),
  ...c("startAttempt", startAttemptSchema, { roundId: "r1" }, ["roundId"], false),
  ...c("saveAnswer", saveAnswerSchema, { attemptId: "a1", position: 0, token: "t" }, ["attemptId", "position", "token"], false),
  ...c("savePrediction", savePredictionSchema, { attemptId: "a1", prediction: 1 }, ["prediction"]),
  ...c("savePrediction", savePredictionSchema, { attemptId: "a1", prediction: 1 }, ["attemptId"], false),
  ...c("submitAttempt", submitAttemptSchema, { attemptId: "a1", source: "PARTICIPANT" }, ["attemptId", "source"], false),
  // staff: question bank
  ...c("createQuestion", createQuestionSchema, { ...question, contestId: "c1", confirmSimilar: false }, [
    "text",
    "options.0.text",
    "options.1.text",
    "explanation",
  ]),
  ...c(
    "createQuestion",
    createQuestionSchema,
    { ...question, contestId: "c1", confirmSimilar: false },
    ["contestId", "documentId", "difficulty", "correctIndex"],
    false,
  ),
  ...c("updateQuestion", updateQuestionSchema, { ...question, id: "q1", baseVersion: 1, confirmSimilar: false }, ["text", "options.1.text", "explanation"]),
  // The editor's background near-duplicate check ignores a refusal (the text field's own rules speak).
  ...c("checkSimilar", checkSimilarSchema, { contestId: "c1", text: "Chuyển đổi số", excludeId: null }, ["text"], false),
  // staff: contests, rounds, places
  ...c("createContest", createContestSchema, { ...contest, slug: "chuyen-doi-so-2030" }, ["name", "organiser", "organiserShort", "certificatePattern", "slug"]),
  ...c(
    "updateContest",
    updateContestSchema,
    { ...contest, id: "c1", isPublished: true, planReference: "", intro: "", rulesText: "", contactInfo: "", hotline: "", contactEmail: "" },
    ["name", "planReference", "intro", "rulesText", "contactInfo", "hotline", "contactEmail"],
  ),
  ...c("consentText", consentTextSchema, { contestId: "c1", text: "Tôi đồng ý cho Ban Tổ chức xử lý dữ liệu cá nhân của tôi." }, ["text"]),
  ...c("createRound", createRoundSchema, { ...round, contestId: "c1", number: 1 }, [
    "name",
    "opensAt",
    "closesAt",
    "predictionQuestion",
    "decisionNumber",
    "decisionDate",
    "prizeTiers.0.name",
    "prizeTiers.0.code",
  ]),
  ...c("updateRound", updateRoundSchema, { ...round, id: "r1", baseSettingsVersion: 1, confirmSensitive: false, reason: "" }, [
    "name",
    "reason",
    "predictionQuestion",
  ]),
  ...c("createDistrict", createDistrictSchema, { contestId: "c1", name: "Huyện Hoa Lư" }, ["name"]),
  ...c("renameDistrict", renameDistrictSchema, { id: "d1", name: "Huyện Hoa Lư" }, ["name"]),
  ...c("createUnit", createUnitSchema, { contestId: "c1", name: "Sở Tư pháp", headcount: 10, districtId: null }, ["name"]),
  ...c("updateUnit", updateUnitSchema, { id: "u1", name: "Sở Tư pháp", headcount: 10, districtId: null }, ["name"]),
  // staff: accounts
  ...c("staffSignIn", staffSignInSchema, { username: "admin", password: "x" }, ["username", "password"]),
  ...c("createStaff", createStaffSchema, { username: "bien.tap", fullName: "Biên tập viên", role: "EDITOR", password: "mat-khau-du-dai" }, [
    "username",
    "fullName",
    "password",
  ]),
  ...c("createStaff", createStaffSchema, { username: "bien.tap", fullName: "Biên tập viên", role: "EDITOR", password: "mat-khau-du-dai" }, ["role"], false),
  ...c("resetStaffPassword", resetStaffPasswordSchema, { id: "s1", password: "mat-khau-du-dai" }, ["password"]),
  ...c("changeOwnPassword", changeOwnPasswordSchema, { currentPassword: "cu", newPassword: "mat-khau-moi-dai", confirmPassword: "mat-khau-moi-dai" }, [
    "currentPassword",
    "newPassword",
    "confirmPassword",
  ]),
  // staff: jury
  ...c("recompute", recomputeSchema, { roundId: "r1", force: true, reason: "Buộc tính lại" }, ["reason"]),
  ...c("disqualify", participantDecisionSchema, { roundId: "r1", participantId: "p1", reason: "Trùng số CCCD" }, ["reason"]),
  ...c("disqualify", participantDecisionSchema, { roundId: "r1", participantId: "p1", reason: "Trùng số CCCD" }, ["roundId", "participantId"], false),
  ...c("overrideTrueValue", overrideTrueValueSchema, { roundId: "r1", value: 10, reason: "Đếm lại" }, ["reason", "value"]),
  ...c("approve", approveSchema, { roundId: "r1", computationId: "k1" }, ["roundId", "computationId"], false),
  ...c("publish", publishSchema, { roundId: "r1" }, ["roundId"], false),
  ...c("runWinnersBody", runWinnersBodySchema, { force: true, reason: "Lý do" }, ["reason", "force"], false),
  // staff: certificates
  ...c("decision", decisionSchema, { roundId: "r1", decisionNumber: "12/QĐ-STTTT", decisionDate: "2030-03-25" }, ["decisionNumber", "decisionDate"]),
  ...c("generate", generateSchema, { roundId: "r1", limit: 10 }, ["roundId", "limit"], false),
  ...c("revoke", revokeSchema, { certificateId: "k1", reason: "Sai thông tin người nhận" }, ["reason"]),
  // staff: participants (identity correction, password reset)
  ...c("correctIdentity", correctIdentitySchema, { participantId: "p1", ...identity }, ["fullName", "birthDate", "cccd", "phone", "reason"]),
  ...c("correctIdentity", correctIdentitySchema, { participantId: "p1", ...identity }, ["participantId", "gender"], false),
  ...c("resetParticipantPassword", resetParticipantPasswordSchema, { participantId: "p1", reason: "Thí sinh quên mật khẩu" }, ["reason"]),
  ...c("resetParticipantPassword", resetParticipantPasswordSchema, { participantId: "p1", reason: "Thí sinh quên mật khẩu" }, ["participantId"], false),
];

function withField(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split(".");
  let target: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  target[keys[keys.length - 1]] = value;
  return copy;
}

describe.each(SCHEMA_CASES)("$name", ({ schema, base, field, visible }) => {
  test("the valid input parses (the case is meaningful)", () => {
    expect(schema.safeParse(base).success).toBe(true);
  });

  test(`every naughty string: no throw, ${visible ? "Vietnamese refusals on the field" : "a refusal or a string"}`, () => {
    const problems: string[] = [];
    for (const s of ALL_STRINGS) {
      let result: ReturnType<typeof schema.safeParse>;
      try {
        result = schema.safeParse(withField(base, field, s));
      } catch (err) {
        problems.push(`${label(s)} threw ${(err as Error).message}`);
        continue;
      }
      if (result.success) continue;
      for (const issue of result.error.issues) {
        if (typeof issue.message !== "string" || issue.message.length === 0) problems.push(`${label(s)}: empty message`);
        const onField = issue.path.join(".") === field;
        if (visible && onField && !isVietnamese(issue.message)) problems.push(`${label(s)}: "${issue.message}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

test("the URL filters of the list pages never throw and stay in range", () => {
  for (const s of ALL_STRINGS) {
    const q = parseQuestionFilter({ q: s, taiLieu: s, trangThai: s, doKho: s, trang: s });
    expect(q.q.length).toBeLessThanOrEqual(200);
    expect(Number.isInteger(q.page) && q.page >= 1).toBe(true);
    const a = parseAuditFilter({ hanhDong: s, doiTuong: s, nguoi: s, tuNgay: s, denNgay: s, trang: s });
    // Finite and ≥ 1; listAuditEntries clamps it to the last page (naughty-staff.test.ts renders the page).
    expect(Number.isFinite(a.page) && a.page >= 1).toBe(true);
    const { problems } = auditWhere(a);
    for (const p of problems) expect(isVietnamese(p)).toBe(true);
    expect(["canh-bao", "do-de", "phan-biet", "luot"]).toContain(parseItemSort(s));
    const page = parsePage(s);
    // An integer ≥ 1 (paginate() clamps it to the last page).
    expect(Number.isInteger(page) && page >= 1).toBe(true);
  }
});

test("the staff participants search's URL parameters never throw and stay in range", () => {
  for (const s of ALL_STRINGS) {
    const p = parseParticipantSearch({ q: s, trang: s });
    expect(p.q.length).toBeLessThanOrEqual(PARTICIPANT_SEARCH_MAX);
    expect(Number.isSafeInteger(p.page) && p.page >= 1).toBe(true);
  }
});

test("the sign-in redirects never leave the site, whatever ?next= holds", () => {
  const origin = "https://cuocthi.example.gov.vn";
  const offsite: string[] = [];
  for (const s of [
    ...ALL_STRINGS,
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/quan-tri@evil.example",
    "https://evil.example/quan-tri",
    "/quan-tri/\\evil.example",
  ]) {
    for (const target of [safeNextPath(s), safeStaffRedirect(s)]) {
      if (new URL(target, origin).origin !== origin) offsite.push(`${label(s)} → ${target}`);
    }
  }
  expect(offsite).toEqual([]);
});

test("the text and identity helpers never throw", () => {
  for (const s of ALL_STRINGS) {
    expect(typeof normalizeText(s)).toBe("string");
    expect(typeof searchKey(s)).toBe("string");
    expect(maskCccd(s).length).toBe(s.length);
    expect(maskPhone(s).length).toBe(s.length);
    const phone = normalizePhone(s);
    if (phone !== null) expect(phone).toMatch(/^0[35789]\d{8}$/);
    const birth = parseBirthDateInput(s);
    if (birth !== null) expect(birth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    checkCccd(s, 1990, "MALE");
    parseVnDate(s);
    parseVnDateTimeInput(s);
    expect(certificateDataFormatSchema.safeParse(s).success).toBe(s === "xlsx" || s === "csv");
  }
});

describe("question import files (Aiken, GIFT, CSV) carrying naughty strings", () => {
  const aiken = (s: string) => `${s}\nA) Phương án một\nB) ${s}\nC) Phương án ba\nANSWER: A\n\nCâu hỏi thứ hai?\nA. Có\nB. Không\nANSWER: ${s}\n`;
  const gift = (s: string) => `::${s}:: ${s} { =Phương án đúng ~${s} ~Phương án sai }\n\n// ${s}\n::Hai:: Câu hai? {=Có ~Không}\n\n${s}\n`;
  const csv = (s: string) => {
    const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
    return `Nội dung,Phương án A,Phương án B,Đáp án,Giải thích,Tài liệu nguồn,Độ khó\r\n${[s, "Có", s, "A", s, s, s].map(q).join(",")}\r\n${s}\r\n`;
  };
  const files: [ImportFormat, (s: string) => string][] = [
    ["aiken", aiken],
    ["gift", gift],
    ["csv", csv],
  ];

  test.each(files)("%s: every string parses to a preview without throwing; problems are Vietnamese", async (format, make) => {
    const problems: string[] = [];
    for (const s of ALL_STRINGS) {
      try {
        const parsed = await parseImportFile(format, new TextEncoder().encode(make(s)));
        const preview = buildPreview(format, parsed, { documents: [{ id: "d1", code: "QĐ 749" }], bank: [{ id: "q1", text: s || "Câu hỏi" }] });
        for (const p of preview.fileProblems) if (!isVietnamese(p)) problems.push(`${label(s)}: ${p}`);
        for (const item of preview.items) for (const e of item.problems) if (!isVietnamese(e)) problems.push(`${label(s)}: ${e}`);
      } catch (err) {
        problems.push(`${label(s)} threw ${(err as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test.each(files)("%s: the whole list as one file", async (format, make) => {
    const parsed = await parseImportFile(format, new TextEncoder().encode(ALL_STRINGS.map(make).join("\n")));
    expect(() => buildPreview(format, parsed, { documents: [], bank: [] })).not.toThrow();
  });
});

describe("PostgreSQL-safe query arguments (lib/db/pg-safe-text.ts)", () => {
  const text = { scalarType: "string", arity: "scalar" } as const;
  const json = { scalarType: "json", arity: "scalar" } as const;
  const list = { scalarType: "string", arity: "list" } as const;

  test("NUL and lone surrogates become U+FFFD in text, lists and JSON; everything else is untouched", () => {
    const q = safeQuery({
      sql: "x",
      args: [
        "a\u0000b",
        "\ud800x",
        ["ok", "c\u0000"],
        JSON.stringify({ t: "d\u0000e", o: ["\udc00", "Nguyễn"], n: 1.5 }),
        JSON.stringify("\\u0000 là chữ"),
        7,
        null,
      ],
      argTypes: [text, text, list, json, json, { scalarType: "int", arity: "scalar" }, text],
    });
    expect(q.args[0]).toBe("a\ufffdb");
    expect(q.args[1]).toBe("\ufffdx");
    expect(q.args[2]).toEqual(["ok", "c\ufffd"]);
    expect(JSON.parse(q.args[3] as string)).toEqual({ t: "d\ufffde", o: ["\ufffd", "Nguyễn"], n: 1.5 });
    // A literal backslash followed by "u0000" is text, not a NUL.
    expect(JSON.parse(q.args[4] as string)).toBe("\\u0000 là chữ");
    expect(q.args.slice(5)).toEqual([7, null]);
  });

  test("every naughty string comes out storable by PostgreSQL (no NUL, well-formed)", () => {
    for (const s of ALL_STRINGS) {
      const [t, j] = safeQuery({ sql: "x", args: [s, JSON.stringify({ s })], argTypes: [text, json] }).args as string[];
      expect(t.includes("\u0000") || !t.isWellFormed()).toBe(false);
      expect(j.includes("\\u0000")).toBe(false);
      const back = (JSON.parse(j) as { s: string }).s;
      expect(back.includes("\u0000") || !back.isWellFormed()).toBe(false);
    }
  });
});
