// The jury page shows CCCD and phone masked and the birth date as a year (the jury may not export
// them); "Hiện thông tin" returns one person's full identity with a reason, audited as
// "participant.reveal" (docs/SECURITY.md "Jury data").
jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.92" }) }));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => "/",
  useSearchParams: () => new URLSearchParams(),
}));

import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import JuryPage from "@/app/(admin)/quan-tri/giam-khao/page";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { maskCccd, maskPhone } from "@/lib/text";
import { fixedClock, setClock } from "@/lib/time";
import { recomputeWinnersAction } from "@/lib/winners/actions";
import { revealParticipantAction } from "@/lib/winners/reveal-actions";
import { getRoundReview } from "@/lib/winners/review";
import { asStaffSession, makeStaff } from "./fixtures";
import { makeContest2023 } from "./scenario";

let scenario: Awaited<ReturnType<typeof makeContest2023>>;
let jury: Awaited<ReturnType<typeof makeStaff>>;
let q1: string;
let people: { id: string; cccd: string; phone: string; birthDate: string; fullName: string }[];

beforeAll(async () => {
  setClock(fixedClock("2023-01-10T03:00:00Z"));
  scenario = await makeContest2023(6);
  q1 = scenario.rounds[0].id;
  jury = await makeStaff("JURY");
  setSessionForTests(asStaffSession(jury));
  setClock(fixedClock("2023-03-20T05:00:00Z"));
  expect(await recomputeWinnersAction({ roundId: q1 })).toMatchObject({ ok: true });
  people = await db.participant.findMany({
    where: { contestId: scenario.contest.id },
    select: { id: true, cccd: true, phone: true, birthDate: true, fullName: true },
  });
});
afterAll(() => setSessionForTests(null));

test("the review and the jury page hold no full CCCD, phone or birth date, only masked values", async () => {
  const review = (await getRoundReview(q1, 1))!;
  expect(review.rows.length).toBeGreaterThan(0);
  const data = JSON.stringify(review);
  const page = renderToStaticMarkup((await JuryPage({ searchParams: Promise.resolve({ dot: q1 }) })) as ReactElement);
  for (const row of review.rows) {
    const p = people.find((x) => x.id === row.participantId)!;
    for (const full of [p.cccd, p.phone, p.birthDate]) {
      expect(data).not.toContain(full);
      expect(page).not.toContain(full);
    }
    expect(row.participant).toMatchObject({ cccdMasked: maskCccd(p.cccd), phoneMasked: maskPhone(p.phone), birthYear: p.birthDate.slice(0, 4) });
    expect(page).toContain(maskCccd(p.cccd));
  }
  expect(page).toContain("Hiện thông tin");
});

test("“Hiện thông tin” needs a reason of 5 characters, returns that one person's full data and is audited with the round and the reason", async () => {
  const review = (await getRoundReview(q1, 1))!;
  const target = people.find((x) => x.id === review.rows[0].participantId)!;
  const auditBefore = await db.auditLog.count();

  const short = await revealParticipantAction({ roundId: q1, participantId: target.id, reason: "xem" });
  expect(short).toMatchObject({ ok: false, fieldErrors: { reason: ["Vui lòng ghi lý do (ít nhất 5 ký tự)."] } });
  expect(await db.auditLog.count()).toBe(auditBefore);

  const r = await revealParticipantAction({ roundId: q1, participantId: target.id, reason: "Kiểm tra cảnh báo trùng CCCD" });
  expect(r).toEqual({
    ok: true,
    data: { participantId: target.id, fullName: target.fullName, cccd: target.cccd, phone: target.phone, birthDate: target.birthDate },
  });
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "participant.reveal" }, orderBy: { id: "desc" } });
  expect(entry).toMatchObject({ actorName: jury.username, entityType: "Participant", entityId: target.id, reason: "Kiểm tra cảnh báo trùng CCCD" });
  expect(entry.after).toMatchObject({ roundId: q1 });
  // The entry records that a reveal happened, never the data itself.
  const stored = JSON.stringify(entry);
  for (const full of [target.cccd, target.phone, target.birthDate]) expect(stored).not.toContain(full);
});

test("only the jury roles may reveal, and only people who took part in the round", async () => {
  const target = people[0];
  for (const role of ["EDITOR", "SECRETARY"] as const) {
    setSessionForTests(asStaffSession(await makeStaff(role)));
    expect(await revealParticipantAction({ roundId: q1, participantId: target.id, reason: "Tò mò muốn xem" })).toEqual({
      ok: false,
      error: "Tài khoản của bạn không có quyền thực hiện thao tác này.",
    });
  }
  setSessionForTests(asStaffSession(jury));
  const outsider = await db.participant.create({
    data: {
      contestId: scenario.contest.id,
      fullName: "Người ngoài",
      fullNameSearch: "nguoi ngoai",
      birthDate: "1991-02-03",
      gender: "FEMALE",
      cccd: "037191000999",
      phone: "0987000999",
      group: "NGUOI_DAN",
      passwordHash: "x",
    },
    select: { id: true },
  });
  expect(await revealParticipantAction({ roundId: q1, participantId: outsider.id, reason: "Tra cứu một người bất kỳ" })).toEqual({
    ok: false,
    error: "Không tìm thấy thí sinh trong đợt thi này.",
  });
});
