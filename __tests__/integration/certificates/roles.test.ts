// Who may do what: every certificate action, download route and page as anonymous, participant,
// EDITOR, JURY, SECRETARY and ADMIN. Only SECRETARY and ADMIN generate, revoke, set decisions or
// export; the winner's own PDF route serves its holder only.
import { GET as participantPdf } from "@/app/(public)/ca-nhan/chung-nhan/[id]/route";
import CertificatesAdminPage from "@/app/(admin)/quan-tri/chung-nhan/page";
import RoundCertificatesPage from "@/app/(admin)/quan-tri/chung-nhan/[roundId]/page";
import { GET as singlePdf } from "@/app/api/admin/certificates/[certificateId]/pdf/route";
import { GET as roundData } from "@/app/api/admin/certificates/rounds/[roundId]/mail-merge/route";
import { GET as roundPdf } from "@/app/api/admin/certificates/rounds/[roundId]/pdf/route";
import { GET as participation } from "@/app/api/admin/exports/rounds/[roundId]/participation/route";
import { GET as ranking } from "@/app/api/admin/exports/rounds/[roundId]/ranking/route";
import { Forbidden } from "@/components/ui/forbidden";
import { setSessionForTests } from "@/lib/auth/session";
import { generateCertificatesAction, revokeCertificateAction, setRoundDecisionAction } from "@/lib/certificates/actions";
import { generateRoundCertificates } from "@/lib/certificates/generate";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { makeContest, makeRound, makeStaff, TEN_WINNERS } from "./fixtures";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));
jest.mock("next/navigation", () => ({
  redirect: jest.fn((url: string) => {
    throw new Error(`NEXT_REDIRECT:${url}`);
  }),
  notFound: jest.fn(() => {
    throw new Error("NEXT_HTTP_ERROR_FALLBACK;404");
  }),
  useRouter: jest.fn(),
}));

jest.setTimeout(60_000);

type Caller = "anonymous" | "participant" | "EDITOR" | "JURY" | "SECRETARY" | "ADMIN";
const CALLERS: Caller[] = ["anonymous", "participant", "EDITOR", "JURY", "SECRETARY", "ADMIN"];
const ALLOWED: Caller[] = ["SECRETARY", "ADMIN"];

let staff: Awaited<ReturnType<typeof makeStaff>>;
let roundId = "";
let contestId = "";
let winners: { id: string; contestId: string; fullName: string }[] = [];
let certificateIds: string[] = [];

function actAs(caller: Caller) {
  if (caller === "anonymous") return setSessionForTests(null);
  if (caller === "participant") return setSessionForTests({ id: winners[0].id, kind: "participant", contestId, name: winners[0].fullName });
  setSessionForTests(staff[caller]);
}

beforeAll(async () => {
  setClock(fixedClock("2023-03-27T03:00:00Z"));
  staff = await makeStaff();
  const contest = await makeContest();
  contestId = contest.id;
  const made = await makeRound(contest.id, { number: 1, winners: TEN_WINNERS });
  roundId = made.round.id;
  winners = made.participants;
  await generateRoundCertificates(roundId, { id: staff.SECRETARY.id, username: staff.SECRETARY.name }, { limit: 50 });
  certificateIds = (await db.certificate.findMany({ where: { award: { roundId } }, orderBy: { seq: "asc" }, select: { id: true } })).map((c) => c.id);
});

afterAll(() => setSessionForTests(undefined));

describe.each(CALLERS)("as %s", (caller) => {
  const allowed = ALLOWED.includes(caller);

  test(`server actions ${allowed ? "work" : "are refused"}`, async () => {
    // Each caller works on a round of its own with two winners still to number.
    const own = await makeRound(contestId, { number: 2 + CALLERS.indexOf(caller), winners: TEN_WINNERS.slice(0, 2) });
    actAs(caller);
    const auditBefore = await db.auditLog.count();
    const seqBefore = (await db.contest.findUniqueOrThrow({ where: { id: contestId }, select: { certificateSeq: true } })).certificateSeq;

    const decision = await setRoundDecisionAction({ roundId: own.round.id, decisionNumber: `99/QĐ-${caller}`, decisionDate: "2023-03-26" });
    const generated = await generateCertificatesAction({ roundId: own.round.id, limit: 2 });
    const target = allowed
      ? (await db.certificate.findFirstOrThrow({ where: { award: { roundId: own.round.id } }, select: { id: true } })).id
      : certificateIds[certificateIds.length - 1];
    const revoked = await revokeCertificateAction({ certificateId: target, reason: `Thu hồi thử bởi ${caller}` });

    if (allowed) {
      expect(decision).toEqual({ ok: true, data: { decisionNumber: `99/QĐ-${caller}`, decisionDate: "2023-03-26" } });
      expect(generated).toEqual({ ok: true, data: { created: 2, issued: 2, total: 2 } });
      expect(revoked).toMatchObject({ ok: true });
      expect(await db.auditLog.count()).toBe(auditBefore + 3);
    } else {
      const expected = caller === "EDITOR" || caller === "JURY" ? "không có quyền" : "đăng nhập";
      for (const result of [decision, generated, revoked]) expect(result).toEqual({ ok: false, error: expect.stringContaining(expected) });
      expect(await db.auditLog.count()).toBe(auditBefore);
      const seqAfter = (await db.contest.findUniqueOrThrow({ where: { id: contestId }, select: { certificateSeq: true } })).certificateSeq;
      expect(seqAfter).toBe(seqBefore);
      expect(await db.certificate.count({ where: { award: { roundId: own.round.id } } })).toBe(0);
      const round = await db.round.findUniqueOrThrow({ where: { id: own.round.id }, select: { decisionNumber: true } });
      expect(round.decisionNumber).not.toBe(`99/QĐ-${caller}`);
      const cert = await db.certificate.findUniqueOrThrow({ where: { id: target }, select: { revokedAt: true } });
      expect(cert.revokedAt).toBeNull();
    }
  });

  test(`download routes ${allowed ? "serve files" : "answer 401/403"}`, async () => {
    actAs(caller);
    const exportsBefore = await db.auditLog.count({ where: { action: { startsWith: "export." } } });
    const base = "http://localhost/api/admin";
    const responses = [
      await roundData(new Request(`${base}/certificates/rounds/${roundId}/mail-merge?format=xlsx`), { params: Promise.resolve({ roundId }) }),
      await roundData(new Request(`${base}/certificates/rounds/${roundId}/mail-merge?format=csv`), { params: Promise.resolve({ roundId }) }),
      await roundPdf(new Request(`${base}/certificates/rounds/${roundId}/pdf`), { params: Promise.resolve({ roundId }) }),
      await singlePdf(new Request(`${base}/certificates/${certificateIds[0]}/pdf`), { params: Promise.resolve({ certificateId: certificateIds[0] }) }),
      await ranking(new Request(`${base}/exports/rounds/${roundId}/ranking`), { params: Promise.resolve({ roundId }) }),
      await participation(new Request(`${base}/exports/rounds/${roundId}/participation`), { params: Promise.resolve({ roundId }) }),
    ];
    const expectedStatus = allowed ? 200 : caller === "EDITOR" || caller === "JURY" ? 403 : 401;
    for (const res of responses) {
      expect(res.status).toBe(expectedStatus);
      const body = Buffer.from(await res.arrayBuffer());
      if (allowed) {
        expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+\.(xlsx|csv|pdf)"; filename\*=UTF-8''/);
        expect(res.headers.get("cache-control")).toBe("private, no-store");
        expect(body.length).toBeGreaterThan(100);
      } else {
        expect(JSON.parse(body.toString()).error).toEqual(expect.any(String));
        expect(body.toString()).not.toContain(winners[0].fullName);
      }
    }
    const exportsAfter = await db.auditLog.count({ where: { action: { startsWith: "export." } } });
    expect(exportsAfter - exportsBefore).toBe(allowed ? 6 : 0);
  });

  test(`staff pages ${allowed ? "render" : "refuse"}`, async () => {
    actAs(caller);
    const pages = [() => CertificatesAdminPage(), () => RoundCertificatesPage({ params: Promise.resolve({ roundId }) })];
    for (const page of pages) {
      if (caller === "anonymous" || caller === "participant") {
        await expect(page()).rejects.toThrow("NEXT_REDIRECT:/quan-tri/dang-nhap");
      } else {
        const element = await page();
        expect(element.type === Forbidden).toBe(!allowed);
      }
    }
  });

  test(`the winner's own PDF route ${caller === "participant" ? "serves the holder" : "refuses"}`, async () => {
    await db.round.update({ where: { id: roundId }, data: { status: "PUBLISHED" } });
    const own = await db.certificate.findFirstOrThrow({ where: { award: { participantId: winners[0].id } }, select: { id: true } });
    const other = await db.certificate.findFirstOrThrow({ where: { award: { participantId: winners[1].id } }, select: { id: true } });
    actAs(caller);
    const get = (id: string) => participantPdf(new Request(`http://localhost/ca-nhan/chung-nhan/${id}`), { params: Promise.resolve({ id }) });
    const mine = await get(own.id);
    const theirs = await get(other.id);
    if (caller === "participant") {
      expect(mine.status).toBe(200);
      expect(mine.headers.get("content-type")).toBe("application/pdf");
      expect(theirs.status).toBe(404);
    } else {
      // Staff download through their own route; this one is for the signed-in winner only.
      expect(mine.status).toBe(401);
      expect(theirs.status).toBe(401);
    }
    await db.round.update({ where: { id: roundId }, data: { status: "APPROVED" } });
  });
});
