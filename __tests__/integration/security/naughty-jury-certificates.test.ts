// Naughty strings through the jury's decisions (disqualify/reinstate reasons, true-value override,
// forced recompute) and the secretariat's (decision number and date, revocation reason), on the
// real database: no throw, Vietnamese refusals, what was accepted reads back. Then names, units,
// reasons and decision numbers holding HTML are rendered by the jury page, the certificates page,
// the public verification page, the published results and /ca-nhan: as text. The mail-merge CSV
// defuses a unit name that a spreadsheet would run as a formula.
jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.91" }) }));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => "/",
  useSearchParams: () => new URLSearchParams(),
}));

import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import CertificatesRoundPage from "@/app/(admin)/quan-tri/chung-nhan/[roundId]/page";
import JuryPage from "@/app/(admin)/quan-tri/giam-khao/page";
import MyAccountPage from "@/app/(public)/ca-nhan/page";
import VerifyCertificatePage from "@/app/(public)/chung-nhan/[code]/page";
import ContestResultsPage from "@/app/(public)/cuoc-thi/[slug]/ket-qua/page";
import FeaturedResultsPage from "@/app/(public)/ket-qua/page";
import { GET as mailMergeRoute } from "@/app/api/admin/certificates/rounds/[roundId]/mail-merge/route";
import { GET as statisticsRoute } from "@/app/api/admin/statistics/[table]/route";
import { setSessionForTests } from "@/lib/auth/session";
import { generateCertificatesAction, revokeCertificateAction, setRoundDecisionAction } from "@/lib/certificates/actions";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/exports/csv";
import { parseCsv as parseStatisticsCsv } from "@/lib/statistics/export";
import { fixedClock, setClock } from "@/lib/time";
import {
  disqualifyParticipantAction,
  overrideTrueValueAction,
  publishWinnersAction,
  recomputeWinnersAction,
  reinstateParticipantAction,
} from "@/lib/winners/actions";
import { makeContest, makeRound, makeStaff, TEN_WINNERS } from "../certificates/fixtures";
import { DANGEROUS, XSS, expectInert, isVietnamese, label, noThrow, readsBackAsTyped } from "./naughty";

jest.setTimeout(240_000);

type Result = { ok: boolean; error?: string };
function handled(what: string, r: Result, problems: string[]) {
  if (!r.ok && (!r.error || !isVietnamese(r.error))) problems.push(`${what}: ${JSON.stringify(r.error)}`);
}
const html = async (render: () => Promise<unknown>) => renderToStaticMarkup((await render()) as ReactElement);

const T = {
  name: `Nguyễn ${XSS.script}`,
  unit: `Sở ${XSS.img}`,
  ward: `Phường ${XSS.script}`,
  formulaUnit: '=HYPERLINK("http://evil.example","Bấm vào")',
  reason: `Trùng CCCD ${XSS.text("lý do")}`,
  decision: `12/QĐ ${XSS.script}`,
  revoke: `Thu hồi ${XSS.text("vì")}`,
};

let staff: Awaited<ReturnType<typeof makeStaff>>;
let contestId = "";
let contestSlug = "";
let juryRound = { id: "", participants: [] as { id: string }[] };
let certRound = { id: "", participants: [] as { id: string; fullName: string }[] };

beforeAll(async () => {
  setClock(fixedClock("2023-03-27T03:00:00Z"));
  staff = await makeStaff();
  const contest = await makeContest();
  contestId = contest.id;
  contestSlug = (await db.contest.update({ where: { id: contestId }, data: { isFeatured: true, isPublished: true }, select: { slug: true } })).slug;
  // Stored names and units holding HTML and a formula (written directly: registration would refuse
  // HTML in a name, but whatever reaches the database must still render as text).
  const winners = TEN_WINNERS.map((w, i) =>
    i === 0 ? { ...w, fullName: T.name, unitName: T.unit, wardName: T.ward } : i === 1 ? { ...w, unitName: T.formulaUnit } : w,
  );
  const c = await makeRound(contestId, { number: 1, status: "APPROVED", decision: false, winners });
  certRound = { id: c.round.id, participants: c.participants };
  const j = await makeRound(contestId, {
    number: 2,
    status: "OPEN",
    winners: TEN_WINNERS.slice(0, 3).map((w, i) => (i === 0 ? { ...w, fullName: T.name, unitName: T.unit } : w)),
  });
  juryRound = { id: j.round.id, participants: j.participants };
});

afterAll(() => setSessionForTests(undefined));

describe("jury decisions", () => {
  test("disqualify and reinstate reasons, ids, true-value override and forced recompute", async () => {
    setSessionForTests(staff.ADMIN);
    const person = juryRound.participants[2].id;
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      const d = await noThrow(`disqualify ${label(s)}`, () => disqualifyParticipantAction({ roundId: juryRound.id, participantId: person, reason: s }));
      handled(`disqualify ${label(s)}`, d, problems);
      if (d.ok) {
        const stored = await db.disqualification.findFirstOrThrow({
          where: { roundId: juryRound.id, participantId: person, revokedAt: null },
          select: { reason: true },
        });
        if (!readsBackAsTyped(s, stored.reason, db.provider)) problems.push(`reason ${label(s)} read back as ${label(stored.reason)}`);
        handled(
          `reinstate ${label(s)}`,
          await noThrow(`reinstate ${label(s)}`, () => reinstateParticipantAction({ roundId: juryRound.id, participantId: person, reason: s })),
          problems,
        );
      }
      handled(
        `ids ${label(s)}`,
        await noThrow(`ids ${label(s)}`, () => disqualifyParticipantAction({ roundId: s, participantId: s, reason: "Lý do hợp lệ" })),
        problems,
      );
      handled(
        `override ${label(s)}`,
        await noThrow(`override ${label(s)}`, () => overrideTrueValueAction({ roundId: juryRound.id, value: 480, reason: s })),
        problems,
      );
      handled(
        `override value ${label(s)}`,
        await noThrow(`override value ${label(s)}`, () => overrideTrueValueAction({ roundId: juryRound.id, value: s, reason: "Đếm lại" })),
        problems,
      );
    }
    for (const s of DANGEROUS.slice(0, 25)) {
      handled(
        `recompute ${label(s)}`,
        await noThrow(`recompute ${label(s)}`, () => recomputeWinnersAction({ roundId: juryRound.id, force: true, reason: s })),
        problems,
      );
    }
    expect(problems).toEqual([]);
    expect(await db.disqualification.count({ where: { roundId: juryRound.id } })).toBeGreaterThan(40);
  });

  test("the jury page shows reasons, names and units as text", async () => {
    setSessionForTests(staff.JURY);
    expect(await disqualifyParticipantAction({ roundId: juryRound.id, participantId: juryRound.participants[0].id, reason: T.reason })).toMatchObject({
      ok: true,
    });
    const page = await html(() => JuryPage({ searchParams: Promise.resolve({ dot: juryRound.id }) }));
    expectInert(page, [T.reason, T.name]);
  });
});

describe("certificates", () => {
  test("decision number and date: refused in Vietnamese or stored", async () => {
    setSessionForTests(staff.SECRETARY);
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      const r = await noThrow(`decision ${label(s)}`, () => setRoundDecisionAction({ roundId: certRound.id, decisionNumber: s, decisionDate: "2023-03-25" }));
      handled(`decision ${label(s)}`, r, problems);
      if (r.ok) {
        const { decisionNumber } = await db.round.findUniqueOrThrow({ where: { id: certRound.id }, select: { decisionNumber: true } });
        if (!readsBackAsTyped(s, decisionNumber ?? "", db.provider)) problems.push(`decision ${label(s)} read back as ${label(decisionNumber ?? "")}`);
      }
      handled(
        `date ${label(s)}`,
        await noThrow(`date ${label(s)}`, () => setRoundDecisionAction({ roundId: certRound.id, decisionNumber: "12/QĐ-BTC", decisionDate: s })),
        problems,
      );
      handled(
        `round ${label(s)}`,
        await noThrow(`round ${label(s)}`, () => setRoundDecisionAction({ roundId: s, decisionNumber: "12/QĐ-BTC", decisionDate: "2023-03-25" })),
        problems,
      );
      handled(`generate ${label(s)}`, await noThrow(`generate ${label(s)}`, () => generateCertificatesAction({ roundId: s, limit: 5 })), problems);
    }
    expect(problems).toEqual([]);
  });

  test("revocation reasons, then every page shows the certificate data as text", async () => {
    setSessionForTests(staff.SECRETARY);
    expect(await setRoundDecisionAction({ roundId: certRound.id, decisionNumber: T.decision, decisionDate: "2023-03-25" })).toMatchObject({ ok: true });
    expect(await generateCertificatesAction({ roundId: certRound.id, limit: 50 })).toMatchObject({ ok: true, data: { issued: 10, total: 10 } });
    const certificates = await db.certificate.findMany({
      where: { award: { roundId: certRound.id } },
      orderBy: { seq: "asc" },
      select: { id: true, verificationCode: true },
    });
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      handled(
        `revoke ${label(s)}`,
        await noThrow(`revoke ${label(s)}`, () => revokeCertificateAction({ certificateId: certificates[9].id, reason: s })),
        problems,
      );
      handled(
        `revoke id ${label(s)}`,
        await noThrow(`revoke id ${label(s)}`, () => revokeCertificateAction({ certificateId: s, reason: "Sai thông tin người nhận" })),
        problems,
      );
    }
    expect(problems).toEqual([]);
    expect(await revokeCertificateAction({ certificateId: certificates[8].id, reason: T.revoke })).toMatchObject({ ok: true });

    const staffPage = await html(() => CertificatesRoundPage({ params: Promise.resolve({ roundId: certRound.id }) }));
    expectInert(staffPage, [T.name]);
    setSessionForTests(null);
    expectInert(await html(() => VerifyCertificatePage({ params: Promise.resolve({ code: certificates[0].verificationCode }) })), [T.name]);
    expectInert(await html(() => VerifyCertificatePage({ params: Promise.resolve({ code: certificates[8].verificationCode }) })), [T.revoke]);
  });

  test("the statistics CSV by unit (free-text units typed by the public) defuses a formula", async () => {
    setSessionForTests(staff.ADMIN);
    const res = await statisticsRoute(new Request(`http://localhost/api/admin/statistics/theo-don-vi?round=${certRound.id}&format=csv`), {
      params: Promise.resolve({ table: "theo-don-vi" }),
    });
    expect(res.status).toBe(200);
    const cells = parseStatisticsCsv(await res.text()).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${T.formulaUnit}`);
    expect(cells).toContain(T.unit);
  });

  test("the mail-merge CSV keeps HTML as data and defuses a formula", async () => {
    setSessionForTests(staff.SECRETARY);
    const res = await mailMergeRoute(new Request(`http://localhost/api/admin/certificates/rounds/${certRound.id}/mail-merge?format=csv`), {
      params: Promise.resolve({ roundId: certRound.id }),
    });
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text());
    const cells = rows.flat();
    expect(cells).toContain(T.name);
    // No cell starts with a character a spreadsheet would evaluate.
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells.some((c) => c.includes(`'${T.formulaUnit}`))).toBe(true);
  });

  test("published results and the winner's own page show names and units as text", async () => {
    setSessionForTests(staff.JURY);
    expect(await publishWinnersAction({ roundId: certRound.id })).toMatchObject({ ok: true });
    setSessionForTests(null);
    expectInert(await html(() => FeaturedResultsPage()), [T.unit]);
    expectInert(await html(() => ContestResultsPage({ params: Promise.resolve({ slug: contestSlug }) })), [T.unit]);
    const winner = certRound.participants[0];
    setSessionForTests({ id: winner.id, kind: "participant", contestId, name: winner.fullName });
    expectInert(await html(() => MyAccountPage({ searchParams: Promise.resolve({}) })), [T.name, T.unit, T.ward]);
  });
});
