// Naughty strings through the contest settings (contest texts, rounds, prize tiers, districts and
// their wards, units, study documents, consent text), the staff accounts and the staff pages' URL parameters, on the real
// database: no throw, no 5xx, Vietnamese refusals, accepted text reads back intact. Then the stored
// texts hold HTML and every page that shows them — the public home, rules, documents, sign-in,
// registration, statistics, the site header and footer, the staff contest, round, accounts and audit pages —
// renders them as text.
jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.81" }) }));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => "/",
  useSearchParams: () => new URLSearchParams(),
}));

import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import QuestionPage from "@/app/(admin)/quan-tri/cau-hoi/[id]/page";
import CertificatesRoundPage from "@/app/(admin)/quan-tri/chung-nhan/[roundId]/page";
import ContestPage from "@/app/(admin)/quan-tri/cuoc-thi/[id]/page";
import RoundPage from "@/app/(admin)/quan-tri/cuoc-thi/[id]/vong/[roundId]/page";
import ContestsPage from "@/app/(admin)/quan-tri/cuoc-thi/page";
import StaffSignInPage from "@/app/(admin)/quan-tri/dang-nhap/page";
import JuryPage from "@/app/(admin)/quan-tri/giam-khao/page";
import AuditPage from "@/app/(admin)/quan-tri/nhat-ky/page";
import AccountsPage from "@/app/(admin)/quan-tri/tai-khoan/page";
import ItemAnalysisPage from "@/app/(admin)/quan-tri/thong-ke/cau-hoi/page";
import StaffStatisticsPage from "@/app/(admin)/quan-tri/thong-ke/page";
import ContestHomePage from "@/app/(public)/cuoc-thi/[slug]/page";
import RegisterPage from "@/app/(public)/dang-ky/page";
import SignInPage from "@/app/(public)/dang-nhap/page";
import DocumentsPage from "@/app/(public)/tai-lieu/page";
import PublicLayout from "@/app/(public)/layout";
import HomePage from "@/app/(public)/page";
import RulesPage from "@/app/(public)/the-le/page";
import PublicStatisticsPage from "@/app/(public)/thong-ke/page";
import { setSessionForTests } from "@/lib/auth/session";
import { getRoundForAdmin } from "@/lib/contests/admin-queries";
import { roundFormFromSettings } from "@/lib/contests/admin-rules";
import * as contests from "@/lib/contests/admin-actions";
import { isSafeHttpUrl } from "@/lib/contests/schema";
import { db } from "@/lib/db";
import * as staffActions from "@/lib/staff/actions";
import { fixedClock, setClock } from "@/lib/time";
import { runSeed } from "@/prisma/seed-lib";
import { DANGEROUS, XSS, expectInert, isVietnamese, label, noThrow, readsBackAsTyped } from "./naughty";

jest.setTimeout(240_000);

const ids = { admin: "", contest: "", slug: "", round: "", sandbox: "", draftRound: "", district: "", unit: "", ward: "", document: "" };
const asAdmin = () => setSessionForTests({ id: ids.admin, kind: "staff", role: "ADMIN", name: "admin" });
type Result = { ok: boolean; error?: string };

function handled(what: string, r: Result, problems: string[]) {
  if (!r.ok && (!r.error || !isVietnamese(r.error))) problems.push(`${what}: ${JSON.stringify(r.error)}`);
}

async function html(render: () => Promise<unknown>): Promise<string> {
  return renderToStaticMarkup((await render()) as ReactElement);
}

beforeAll(async () => {
  const clock = fixedClock("2026-11-29T04:00:00Z");
  setClock(clock);
  await runSeed(db, { clock, staffPassword: "mat-khau-demo-123", historySize: 3 });
  ids.admin = (await db.staffUser.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } })).id;
  const contest = await db.contest.findUniqueOrThrow({ where: { slug: "chuyen-doi-so-2026" }, select: { id: true, slug: true } });
  ids.contest = contest.id;
  ids.slug = contest.slug;
  ids.round = (await db.round.findFirstOrThrow({ where: { contestId: contest.id, number: 4 }, select: { id: true } })).id;
  // A sandbox contest for the sweeps, so the featured contest keeps readable settings until the end.
  ids.sandbox = (
    await db.contest.create({ data: { slug: "hop-cat", name: "Cuộc thi hộp cát", organiser: "Sở", organiserShort: "Sở", year: 2030 }, select: { id: true } })
  ).id;
  ids.draftRound = (
    await db.round.create({
      data: {
        contestId: ids.sandbox,
        number: 1,
        name: "Đợt nháp",
        status: "DRAFT",
        opensAt: new Date("2030-01-01T00:00:00Z"),
        closesAt: new Date("2030-03-31T16:59:59.999Z"),
        awardYear: 2030,
        awardMonth: 3,
        prizeTiers: [{ code: "NHAT", name: "Giải Nhất", count: 1 }],
        predictionQuestion: "Có bao nhiêu người?",
      },
      select: { id: true },
    })
  ).id;
  ids.district = (await db.district.create({ data: { contestId: ids.sandbox, name: "Huyện cũ" }, select: { id: true } })).id;
  ids.unit = (await db.unit.create({ data: { contestId: ids.sandbox, name: "Đơn vị cũ" }, select: { id: true } })).id;
  ids.ward = (await db.ward.create({ data: { districtId: ids.district, name: "Xã cũ" }, select: { id: true } })).id;
  ids.document = (await db.document.create({ data: { contestId: ids.sandbox, code: "KH cũ", title: "Kế hoạch cũ" }, select: { id: true } })).id;
}, 240_000);

afterAll(() => setSessionForTests(undefined));

async function contestInput(id: string) {
  const c = await db.contest.findUniqueOrThrow({
    where: { id },
    select: {
      name: true,
      organiser: true,
      organiserShort: true,
      year: true,
      isFeatured: true,
      isPublished: true,
      certificatePattern: true,
      planReference: true,
      intro: true,
      rulesText: true,
      contactInfo: true,
      hotline: true,
      contactEmail: true,
    },
  });
  return { id, ...c };
}

async function roundInput(id: string, reason = "Kiểm tra an toàn dữ liệu") {
  const r = (await getRoundForAdmin(id))!;
  return { ...roundFormFromSettings(r), id, baseSettingsVersion: r.settingsVersion, confirmSensitive: true, reason };
}

describe("contest settings", () => {
  const FIELDS = ["name", "organiser", "organiserShort", "certificatePattern", "planReference", "intro", "rulesText", "contactInfo", "hotline"] as const;

  test.each(FIELDS)("contest %s: every string refused in Vietnamese or stored intact", async (field) => {
    asAdmin();
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      const r = await noThrow(`${field}=${label(s)}`, async () => contests.updateContestAction({ ...(await contestInput(ids.sandbox)), [field]: s }));
      handled(`${field}=${label(s)}`, r, problems);
      if (!r.ok) continue;
      const stored = (await contestInput(ids.sandbox))[field] as string;
      if (!readsBackAsTyped(s, stored, db.provider)) problems.push(`${field}=${label(s)} read back as ${label(stored)}`);
    }
    expect(problems).toEqual([]);
  });

  test("new contests, consent texts, districts and units", async () => {
    asAdmin();
    const problems: string[] = [];
    for (const [i, s] of DANGEROUS.entries()) {
      const calls: [string, () => Promise<Result>][] = [
        [
          "createContest slug",
          () =>
            contests.createContestAction({
              slug: s,
              name: "Cuộc thi mới",
              organiser: "Sở",
              organiserShort: "Sở",
              year: 2031,
              isFeatured: false,
              certificatePattern: "{n}/GCN",
            }),
        ],
        [
          "createContest name",
          () =>
            contests.createContestAction({
              slug: `moi-${i}`,
              name: s,
              organiser: s,
              organiserShort: s,
              year: 2031,
              isFeatured: false,
              certificatePattern: "{n}/GCN",
            }),
        ],
        ["consent", () => contests.addConsentVersionAction({ contestId: ids.sandbox, text: `Tôi đồng ý xử lý dữ liệu cá nhân: ${s}` })],
        ["consent raw", () => contests.addConsentVersionAction({ contestId: s, text: s })],
        ["createDistrict", () => contests.createDistrictAction({ contestId: ids.sandbox, name: s })],
        ["renameDistrict", () => contests.renameDistrictAction({ id: ids.district, name: s })],
        ["deleteDistrict id", () => contests.deleteDistrictAction({ id: s })],
        ["createUnit", () => contests.createUnitAction({ contestId: ids.sandbox, name: s, headcount: null, districtId: s })],
        ["createUnit", () => contests.createUnitAction({ contestId: ids.sandbox, name: s, headcount: 5, districtId: null })],
        ["updateUnit", () => contests.updateUnitAction({ id: ids.unit, name: s, headcount: 5, districtId: null })],
      ];
      for (const [what, call] of calls) handled(`${what}=${label(s)}`, await noThrow(`${what}=${label(s)}`, call), problems);
    }
    expect(problems).toEqual([]);
    // Many names were accepted, and each stored name is one of the strings as typed (or normalised).
    const names = (await db.district.findMany({ where: { contestId: ids.sandbox }, select: { name: true } })).map((d) => d.name);
    expect(names.length).toBeGreaterThan(40);
    for (const n of names) if (n !== "Huyện cũ") expect(DANGEROUS.some((s) => readsBackAsTyped(s, n, db.provider))).toBe(true);
  });

  test("wards of a district", async () => {
    asAdmin();
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      const calls: [string, () => Promise<Result>][] = [
        ["createWard", () => contests.createWardAction({ districtId: ids.district, name: s })],
        ["createWard district", () => contests.createWardAction({ districtId: s, name: "Xã mới" })],
        ["renameWard", () => contests.renameWardAction({ id: ids.ward, name: s })],
        ["moveWard", () => contests.moveWardAction({ id: ids.ward, direction: s })],
        ["moveWard id", () => contests.moveWardAction({ id: s, direction: "up" })],
        ["deleteWard id", () => contests.deleteWardAction({ id: s })],
      ];
      for (const [what, call] of calls) handled(`${what}=${label(s)}`, await noThrow(`${what}=${label(s)}`, call), problems);
    }
    expect(problems).toEqual([]);
    const names = (await db.ward.findMany({ where: { districtId: ids.district }, select: { name: true } })).map((w) => w.name);
    expect(names.length).toBeGreaterThan(30);
    for (const n of names) expect(DANGEROUS.some((s) => readsBackAsTyped(s, n, db.provider))).toBe(true);
  });

  const DOCUMENT_FIELDS = ["code", "title", "issuer", "issuedOn", "url"] as const;
  const plainDocument = { code: "KH 1", title: "Kế hoạch kiểm tra", issuer: "UBND tỉnh", issuedOn: "01/02/2023", url: "https://example.vn/kh-1" };

  test.each(DOCUMENT_FIELDS)("study document %s: refused in Vietnamese or stored intact; links stay http(s)", async (field) => {
    asAdmin();
    const problems: string[] = [];
    for (const [i, s] of DANGEROUS.entries()) {
      // A fresh code per string, unless the code itself is the field under test.
      const input = { ...plainDocument, code: `${field} ${i}`, [field]: s };
      const created = await noThrow(`create ${field}=${label(s)}`, () => contests.createDocumentAction({ ...input, contestId: ids.sandbox }));
      handled(`create ${field}=${label(s)}`, created, problems);
      if (created.ok && field !== "issuedOn" && field !== "url") {
        const stored = (await db.document.findUniqueOrThrow({ where: { id: created.data.id } }))[field];
        if (!readsBackAsTyped(s, stored, db.provider)) problems.push(`${field}=${label(s)} read back as ${label(stored)}`);
      }
      handled(
        `update ${field}=${label(s)}`,
        await noThrow(`update ${field}=${label(s)}`, () => contests.updateDocumentAction({ ...input, id: ids.document })),
        problems,
      );
    }
    for (const [what, call] of [
      ["create contestId", () => contests.createDocumentAction({ ...plainDocument, contestId: DANGEROUS[3] })],
      ...DANGEROUS.flatMap((s) => [
        [`move id=${label(s)}`, () => contests.moveDocumentAction({ id: s, direction: "down" })],
        [`move direction=${label(s)}`, () => contests.moveDocumentAction({ id: ids.document, direction: s })],
        [`delete id=${label(s)}`, () => contests.deleteDocumentAction({ id: s })],
      ]),
    ] as [string, () => Promise<Result>][])
      handled(what, await noThrow(what, call), problems);
    expect(problems).toEqual([]);
    // Whatever got through, every stored link is an http(s) address and every date is yyyy-MM-dd.
    const docs = await db.document.findMany({ where: { contestId: ids.sandbox }, select: { url: true, issuedOn: true } });
    expect(docs.length).toBeGreaterThan(1);
    for (const d of docs) {
      if (d.url !== null) expect(isSafeHttpUrl(d.url)).toBe(true);
      expect(d.issuedOn).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    }
  });

  const ROUND_FIELDS: [string, (s: string) => Record<string, unknown>][] = [
    ["name", (s) => ({ name: s })],
    ["predictionQuestion", (s) => ({ predictionQuestion: s })],
    ["decisionNumber", (s) => ({ decisionNumber: s })],
    ["decisionDate", (s) => ({ decisionDate: s })],
    ["opensAt", (s) => ({ opensAt: s })],
    ["prize tier name", (s) => ({ prizeTiers: [{ code: "NHAT", name: s, count: 1 }] })],
    ["prize tier code", (s) => ({ prizeTiers: [{ code: s, name: "Giải Nhất", count: 1 }] })],
    ["reason", (s) => ({ name: `Đợt ${s.length}`, reason: s })],
  ];

  test.each(ROUND_FIELDS)("round %s: refused in Vietnamese or stored", async (field, patch) => {
    asAdmin();
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      const r = await noThrow(`round ${field}=${label(s)}`, async () => contests.updateRoundAction({ ...(await roundInput(ids.draftRound)), ...patch(s) }));
      // "Nothing to save" is a fine answer when the string equals the stored value.
      handled(`round ${field}=${label(s)}`, r, problems);
      const c = await noThrow(`create round ${field}=${label(s)}`, async () =>
        contests.createRoundAction({ ...(await roundInput(ids.draftRound)), contestId: s, number: 2, ...patch(s) }),
      );
      handled(`create round ${field}=${label(s)}`, c, problems);
    }
    expect(problems).toEqual([]);
    // The round still reads and renders.
    expect(await getRoundForAdmin(ids.draftRound)).not.toBeNull();
  });
});

describe("staff accounts", () => {
  test("usernames, full names and passwords", async () => {
    asAdmin();
    const target = (await db.staffUser.findUniqueOrThrow({ where: { username: "thuky" }, select: { id: true } })).id;
    const adminPassword = () => db.staffUser.findUniqueOrThrow({ where: { username: "admin" }, select: { passwordHash: true, sessionVersion: true } });
    const adminBefore = await adminPassword();
    const problems: string[] = [];
    for (const [i, s] of DANGEROUS.entries()) {
      const calls: [string, () => Promise<Result>][] = [
        ["username", () => staffActions.createStaffAction({ username: s, fullName: "Người mới", role: "EDITOR", password: "mat-khau-du-dai-1" })],
        ["fullName", () => staffActions.createStaffAction({ username: `can.bo.${i}`, fullName: s, role: "JURY", password: "mat-khau-du-dai-1" })],
        ["role", () => staffActions.createStaffAction({ username: `vai.tro.${i}`, fullName: "Người mới", role: s, password: "mat-khau-du-dai-1" })],
        ["reset password", () => staffActions.resetStaffPasswordAction({ id: target, password: s })],
        ["reset id", () => staffActions.resetStaffPasswordAction({ id: s, password: "mat-khau-du-dai-2" })],
        ["disable id", () => staffActions.setStaffDisabledAction({ id: s, disabled: true })],
        [
          "own password",
          () => staffActions.changeOwnPasswordAction({ currentPassword: s, newPassword: "mat-khau-moi-dai-3", confirmPassword: "mat-khau-moi-dai-3" }),
        ],
      ];
      for (const [what, call] of calls) handled(`${what}=${label(s)}`, await noThrow(`${what}=${label(s)}`, call), problems);
      const created = await db.staffUser.findUnique({ where: { username: `can.bo.${i}` }, select: { fullName: true } });
      if (created && !readsBackAsTyped(s, created.fullName, db.provider)) problems.push(`fullName=${label(s)} read back as ${label(created.fullName)}`);
    }
    expect(problems).toEqual([]);
    // The admin's own password was never changed by a naughty "current password".
    expect(await adminPassword()).toEqual(adminBefore);
  });
});

/** Rendered, or Next's redirect / 404 signal; any other throw is a 5xx. */
async function pageOutcome(render: () => Promise<unknown>): Promise<string> {
  try {
    await html(render);
    return "html";
  } catch (err) {
    const digest = String((err as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT") || digest === "NEXT_HTTP_ERROR_FALLBACK;404") return digest;
    throw err;
  }
}

test("staff pages with naughty URL parameters and ids answer a page, a redirect or a 404, never a 5xx", async () => {
  asAdmin();
  const failures: string[] = [];
  // URL parameters arrive percent-decoded: always well-formed text (naughty-public.test.ts).
  for (const s of DANGEROUS.filter((x) => x.isWellFormed())) {
    const pages: [string, () => Promise<unknown>][] = [
      ["/quan-tri/nhat-ky", () => AuditPage({ searchParams: Promise.resolve({ hanhDong: s, doiTuong: s, nguoi: s, tuNgay: s, denNgay: s, trang: s }) })],
      ["/quan-tri/giam-khao", () => JuryPage({ searchParams: Promise.resolve({ dot: s, trang: s }) })],
      ["/quan-tri/giam-khao (page)", () => JuryPage({ searchParams: Promise.resolve({ dot: ids.round, trang: s }) })],
      ["/quan-tri/thong-ke", () => StaffStatisticsPage({ searchParams: Promise.resolve({ "cuoc-thi": s, dot: s, trang: s }) })],
      ["/quan-tri/thong-ke/cau-hoi", () => ItemAnalysisPage({ searchParams: Promise.resolve({ "cuoc-thi": s, dot: s, trang: s, "sap-xep": s, loc: s }) })],
      ["/quan-tri/cuoc-thi/[id]", () => ContestPage({ params: Promise.resolve({ id: s }) })],
      [
        "/quan-tri/cuoc-thi/[id]/vong/[roundId]",
        () => RoundPage({ params: Promise.resolve({ id: ids.contest, roundId: s }), searchParams: Promise.resolve({ daLuu: s }) }),
      ],
      ["/quan-tri/cau-hoi/[id]", () => QuestionPage({ params: Promise.resolve({ id: s }), searchParams: Promise.resolve({ daLuu: s }) })],
      ["/quan-tri/chung-nhan/[roundId]", () => CertificatesRoundPage({ params: Promise.resolve({ roundId: s }) })],
      ["/quan-tri/dang-nhap", () => StaffSignInPage({ searchParams: Promise.resolve({ next: s, callbackUrl: s }) })],
    ];
    for (const [path, render] of pages) {
      try {
        await pageOutcome(render);
      } catch (err) {
        failures.push(`${path} ${label(s)}: ${(err as Error).message.split("\n")[0]}`);
      }
    }
  }
  expect(failures).toEqual([]);
});

describe("stored settings holding HTML render as text", () => {
  const T = {
    contestName: `Cuộc thi ${XSS.script}`,
    organiser: `Sở ${XSS.img}`,
    intro: XSS.text("Giới thiệu"),
    planReference: XSS.text("Căn cứ"),
    rulesText: XSS.text("Thể lệ"),
    contactInfo: XSS.text("Liên hệ"),
    roundName: `Quý 4 ${XSS.script}`.slice(0, 100),
    prediction: `Bao nhiêu người? ${XSS.img}`,
    tier: `Giải ${XSS.script}`.slice(0, 60),
    district: `Huyện ${XSS.script}`,
    unit: `Đơn vị ${XSS.img}`,
    ward: `Xã ${XSS.script}`,
    docCode: `KH ${XSS.script}`,
    docTitle: XSS.text("Kế hoạch"),
    docIssuer: `UBND ${XSS.img}`,
    // Accepted (an http(s) address) and rendered only inside an escaped href.
    docUrl: `https://example.vn/"><script>alert(1)</script>`,
    staffName: `Cán bộ ${XSS.script}`,
  };

  beforeAll(async () => {
    asAdmin();
    const c = await contests.updateContestAction({
      ...(await contestInput(ids.contest)),
      name: T.contestName,
      organiser: T.organiser,
      intro: T.intro,
      planReference: T.planReference,
      rulesText: T.rulesText,
      contactInfo: T.contactInfo,
    });
    expect(c).toMatchObject({ ok: true });
    const base = await roundInput(ids.round);
    const r = await contests.updateRoundAction({
      ...base,
      name: T.roundName,
      predictionQuestion: T.prediction,
      prizeTiers: base.prizeTiers.map((t, i) => (i === 0 ? { ...t, name: T.tier } : t)),
    });
    expect(r).toMatchObject({ ok: true });
    expect(await contests.createDistrictAction({ contestId: ids.contest, name: T.district })).toMatchObject({ ok: true });
    expect(await contests.createUnitAction({ contestId: ids.contest, name: T.unit, headcount: 10, districtId: null })).toMatchObject({ ok: true });
    const district = await db.district.findFirstOrThrow({ where: { contestId: ids.contest }, select: { id: true } });
    expect(await contests.createWardAction({ districtId: district.id, name: T.ward })).toMatchObject({ ok: true });
    expect(
      await contests.createDocumentAction({ contestId: ids.contest, code: T.docCode, title: T.docTitle, issuer: T.docIssuer, issuedOn: "", url: T.docUrl }),
    ).toMatchObject({ ok: true });
    expect(
      await staffActions.createStaffAction({ username: "can.bo.xss", fullName: T.staffName, role: "SECRETARY", password: "mat-khau-du-dai-9" }),
    ).toMatchObject({ ok: true });
  });

  test("public home, rules, documents, contest page, sign-in, registration, statistics and the site frame", async () => {
    setSessionForTests(null);
    expectInert(await html(() => HomePage()), [T.contestName, T.intro, T.planReference]);
    expectInert(await html(() => RulesPage()), [T.roundName, T.prediction, T.tier]);
    expectInert(await html(() => ContestHomePage({ params: Promise.resolve({ slug: ids.slug }) })), [T.intro]);
    expectInert(await html(() => SignInPage({ searchParams: Promise.resolve({}) })), [T.contactInfo]);
    expectInert(await html(() => RegisterPage()), [T.district, T.unit]);
    const documents = await html(() => DocumentsPage());
    expectInert(documents, [T.docCode, T.docTitle, T.docIssuer]);
    expect(documents).toContain('href="https://example.vn/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expectInert(await html(() => PublicStatisticsPage()), []);
    expectInert(await html(() => PublicLayout({ children: createElement("p", null, "nội dung") })), [T.organiser, T.contactInfo]);
  });

  test("staff contest, round, accounts and audit pages", async () => {
    asAdmin();
    expectInert(await html(() => ContestsPage()), [T.contestName]);
    const contest = await html(() => ContestPage({ params: Promise.resolve({ id: ids.contest }) }));
    expectInert(contest, [T.roundName, T.district, T.ward, T.docCode, T.docTitle, T.docIssuer]);
    // Names being edited sit in input values: escaped attributes.
    expect(contest).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const round = await html(() => RoundPage({ params: Promise.resolve({ id: ids.contest, roundId: ids.round }), searchParams: Promise.resolve({}) }));
    expectInert(round, []);
    expect(round).toContain("&lt;script&gt;");
    expectInert(await html(() => AccountsPage()), [T.staffName]);
    // The audit log shows the changes (before/after) and names: as text.
    expectInert(await html(() => AuditPage({ searchParams: Promise.resolve({}) })), []);
    expectInert(await html(() => StaffStatisticsPage({ searchParams: Promise.resolve({}) })), []);
  });
});
