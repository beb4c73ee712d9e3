import { db } from "@/lib/db";
import { roundPhase } from "@/lib/contests/round-phase";
import { fixedClock, formatVnDateTime } from "@/lib/time";
import { listContestDocuments } from "@/lib/participants/contest-documents";
import { storage } from "@/lib/storage/storage";
import { SEEDED_FILE_COUNT } from "@/prisma/seed-documents";
import { currentYearRounds, runSeed } from "@/prisma/seed-lib";

async function counts() {
  const [contests, rounds, districts, units, documents, questions, versions, participants, attempts, items, staff, consents] = await Promise.all([
    db.contest.count(),
    db.round.count(),
    db.district.count(),
    db.unit.count(),
    db.document.count(),
    db.question.count(),
    db.questionVersion.count(),
    db.participant.count(),
    db.attempt.count(),
    db.attemptItem.count(),
    db.staffUser.count(),
    db.consentRecord.count(),
  ]);
  return { contests, rounds, districts, units, documents, questions, versions, participants, attempts, items, staff, consents };
}

const clock = fixedClock("2026-11-29T04:00:00Z");

test("the seed is idempotent: run twice, same counts", async () => {
  const first = await runSeed(db, { clock, staffPassword: "mat-khau-thu-nghiem", historySize: 40 });
  const after1 = await counts();
  const second = await runSeed(db, { clock, historySize: 40 });
  expect(await counts()).toEqual(after1);
  expect(first.generatedStaffPassword).toBeUndefined();
  expect(second.generatedStaffPassword).toBeUndefined();
  expect(after1.contests).toBe(2);
  expect(after1.rounds).toBe(8);
  expect(after1.participants).toBe(40);
  expect(after1.attempts).toBeGreaterThan(40);
  expect(after1.items).toBe(after1.attempts * 20);
  expect(after1.staff).toBe(4);
}, 60_000);

test("the 2023 contest is the plan's: four rounds, windows, prizes, districts, documents, ≥80 questions", async () => {
  const c = await db.contest.findUniqueOrThrow({
    where: { slug: "chuyen-doi-so-2023" },
    include: { rounds: { orderBy: { number: "asc" } }, districts: true, documents: true, _count: { select: { questions: true } } },
  });
  expect(c.organiser).toBe("Sở Thông tin và Truyền thông tỉnh Ninh Bình");
  expect(c.rounds.map((r) => [formatVnDateTime(r.opensAt), formatVnDateTime(r.closesAt), r.awardMonth])).toEqual([
    ["15/02/2023 00:00", "30/03/2023 23:59", 3],
    ["01/04/2023 00:00", "30/06/2023 23:59", 6],
    ["01/07/2023 00:00", "30/09/2023 23:59", 9],
    ["01/10/2023 00:00", "30/11/2023 23:59", 12],
  ]);
  expect(c.rounds[3].closesAt.toISOString()).toBe("2023-11-30T16:59:59.999Z");
  expect(c.rounds[0].prizeTiers).toEqual([
    { code: "NHAT", name: "Giải Nhất", count: 1 },
    { code: "NHI", name: "Giải Nhì", count: 2 },
    { code: "BA", name: "Giải Ba", count: 3 },
    { code: "KHUYEN_KHICH", name: "Giải Khuyến khích", count: 4 },
  ]);
  expect(c.districts.map((d) => d.name).sort()).toEqual(
    [
      "Huyện Gia Viễn",
      "Huyện Hoa Lư",
      "Huyện Kim Sơn",
      "Huyện Nho Quan",
      "Huyện Yên Khánh",
      "Huyện Yên Mô",
      "Thành phố Ninh Bình",
      "Thành phố Tam Điệp",
    ].sort(),
  );
  expect(c.documents.map((d) => d.code)).toEqual(expect.arrayContaining(["749/QĐ-TTg", "942/QĐ-TTg", "01-NQ/TU", "194/KH-UBND", "01/CT-BTTTT"]));
  expect(c._count.questions).toBeGreaterThanOrEqual(80);
  const untagged = await db.question.count({ where: { contestId: c.id, documentId: null } });
  expect(untagged).toBe(0);
});

test("the current-year contest is featured and has a round open today", async () => {
  const c = await db.contest.findFirstOrThrow({ where: { isFeatured: true }, include: { rounds: true } });
  expect(c.year).toBe(2026);
  expect(c.rounds.filter((r) => roundPhase(r, clock.now()) === "open").map((r) => r.number)).toEqual([4]);
});

test("the first documents of each contest have a real PDF in the storage, kept across runs and remade when lost", async () => {
  const withFile = () =>
    db.document.findMany({ where: { fileKey: { not: null } }, orderBy: { id: "asc" }, select: { id: true, fileKey: true, fileSize: true, fileType: true } });
  const files = await withFile();
  expect(files).toHaveLength(2 * SEEDED_FILE_COUNT);
  for (const f of files) {
    const object = await storage().get(f.fileKey!);
    expect(new TextDecoder().decode(object!.body.slice(0, 5))).toBe("%PDF-");
    expect(object!.size).toBe(f.fileSize);
    expect(f.fileType).toBe("application/pdf");
  }
  const featured = await db.contest.findFirstOrThrow({ where: { isFeatured: true }, select: { id: true } });
  const listed = await listContestDocuments(featured.id);
  expect(listed.slice(0, SEEDED_FILE_COUNT).every((d) => d.file !== null)).toBe(true);
  expect(listed.slice(SEEDED_FILE_COUNT).every((d) => d.file === null)).toBe(true);

  await runSeed(db, { clock, historySize: 40 });
  expect(await withFile()).toEqual(files);
  await storage().delete(files[0].fileKey!);
  await runSeed(db, { clock, historySize: 40 });
  const after = await withFile();
  expect(after[0].fileKey).not.toBe(files[0].fileKey);
  expect(await storage().stat(after[0].fileKey!)).toMatchObject({ contentType: "application/pdf" });
  expect(after.slice(1)).toEqual(files.slice(1));
}, 60_000);

test.each([
  ["2027-01-05T02:00:00Z", 1], // before the plan's 15/02 start: Q1 is stretched back to 01/01
  ["2027-12-20T02:00:00Z", 4], // after the plan's 30/11 close: Q4 is stretched to 31/12
  ["2027-05-10T02:00:00Z", 2],
])("currentYearRounds on %s opens round %i", (iso, expected) => {
  const at = new Date(iso);
  const open = currentYearRounds(at).filter((r) => r.opensAt <= at && at <= r.closesAt);
  expect(open.map((r) => r.number)).toEqual([expected]);
});

test("both seeded contests name the organisers' hotline and e-mail (the recovery pages' way to a person)", async () => {
  const rows = await db.contest.findMany({ orderBy: { year: "asc" }, select: { year: true, hotline: true, contactEmail: true } });
  expect(rows).toHaveLength(2);
  for (const r of rows) {
    expect(r.hotline).toMatch(/^0229 \d{4} \d{3}$/);
    expect(r.contactEmail).toMatch(/^[a-z.]+@ninhbinh\.gov\.vn$/);
  }
  expect(rows[0].hotline).not.toBe(rows[1].hotline);
});
