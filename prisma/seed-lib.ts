// The seed: the customer's 2023 contest exactly as its plan says, the same contest for the current
// year with a round open today, a question bank, demo staff accounts and a synthetic 2023 history.
// Idempotent: everything is created only when missing, so running it twice changes nothing.
import { randomBytes } from "node:crypto";
import type { Db } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import { DEFAULT_PRIZE_TIERS } from "../lib/contests/prize-tiers";
import { storage } from "../lib/storage/storage";
import { searchKey } from "../lib/text";
import { awardMonthOf, parsePlanWindow, toVnParts, vnInstant, type Clock } from "../lib/time";
import {
  CONSENT_TEXT_V1,
  CONTACT,
  CONTACT_2023,
  CONTACT_CURRENT,
  CONTEST_TITLE,
  DISTRICTS_2023,
  DOCUMENTS,
  INTRO,
  ORGANISER,
  ORGANISER_SHORT,
  ROUNDS_2023,
  RULES_TEXT,
  UNITS_2023,
} from "./seed-data/contest";
import { SEED_QUESTIONS } from "./seed-data/questions";
import { seedDocumentFiles } from "./seed-documents";
import { generateHistory } from "./seed-history";

const DEMO_STAFF = [
  { username: "admin", fullName: "Quản trị Ban Tổ chức", role: "ADMIN" },
  { username: "bientap", fullName: "Biên tập viên Ban đề thi", role: "EDITOR" },
  { username: "giamkhao", fullName: "Thành viên Ban Giám khảo", role: "JURY" },
  { username: "thuky", fullName: "Thành viên Tổ thư ký", role: "SECRETARY" },
] as const;

export interface SeedOptions {
  clock: Clock;
  staffPassword?: string;
  /** Synthetic 2023 participants (default 300). */
  historySize?: number;
  log?: (line: string) => void;
}

export interface SeedResult {
  generatedStaffPassword?: string;
  contests: string[];
}

interface RoundPlan {
  number: number;
  opensAt: Date;
  closesAt: Date;
}

/** The plan's windows moved to `year`; the round of today's quarter is stretched to contain today. */
export function currentYearRounds(now: Date): RoundPlan[] {
  const { year, month } = toVnParts(now);
  const quarter = Math.floor((month - 1) / 3) + 1;
  return ROUNDS_2023.map((r) => {
    const w = parsePlanWindow(r.from.replace("2023", String(year)), r.to.replace("2023", String(year)));
    if (r.number !== quarter) return { number: r.number, ...w };
    const quarterStart = vnInstant(year, quarter * 3 - 2, 1);
    const quarterEnd = new Date(vnInstant(quarter === 4 ? year + 1 : year, quarter === 4 ? 1 : quarter * 3 + 1, 1).getTime() - 1);
    return {
      number: r.number,
      opensAt: now < w.opensAt ? quarterStart : w.opensAt,
      closesAt: now > w.closesAt ? quarterEnd : w.closesAt,
    };
  });
}

export async function runSeed(db: Db, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const now = options.clock.now();
  const year = toVnParts(now).year;
  const result: SeedResult = { contests: [] };

  const staffPassword = options.staffPassword || undefined;
  const existingStaff = await db.staffUser.count({ where: { username: { in: DEMO_STAFF.map((s) => s.username) } } });
  let password = staffPassword;
  if (!password && existingStaff < DEMO_STAFF.length) {
    password = randomBytes(9).toString("base64url");
    result.generatedStaffPassword = password;
  }
  if (password) {
    const passwordHash = await hashPassword(password);
    for (const s of DEMO_STAFF) {
      await db.staffUser.upsert({
        where: { username: s.username },
        create: { username: s.username, fullName: s.fullName, role: s.role, passwordHash },
        // Only an explicitly given DEMO_STAFF_PASSWORD replaces an existing account's password.
        update: staffPassword ? { passwordHash } : {},
      });
    }
  }

  const c2023 = await seedContest(db, {
    year: 2023,
    featured: year === 2023,
    rounds: ROUNDS_2023.map((r) => ({ number: r.number, ...parsePlanWindow(r.from, r.to) })),
  });
  result.contests.push(c2023.slug);
  if (year !== 2023) {
    const current = await seedContest(db, { year, featured: true, rounds: currentYearRounds(now) });
    result.contests.push(current.slug);
  }

  const participants = await db.participant.count({ where: { contestId: c2023.id } });
  if (participants === 0) {
    const made = await generateHistory(db, { contestId: c2023.id, size: options.historySize ?? 300, seed: 20230208 });
    log(`2023 history: ${made.participants} participants, ${made.attempts} attempts`);
  }
  return result;
}

async function seedContest(db: Db, spec: { year: number; featured: boolean; rounds: RoundPlan[] }) {
  const slug = `chuyen-doi-so-${spec.year}`;
  const contest = await db.contest.upsert({
    where: { slug },
    create: {
      slug,
      name: `${CONTEST_TITLE} năm ${spec.year}`,
      organiser: ORGANISER,
      organiserShort: ORGANISER_SHORT,
      year: spec.year,
      planReference: spec.year === 2023 ? "Kế hoạch số 03/KH-STTTT ngày 08/02/2023 của Sở Thông tin và Truyền thông" : "",
      intro: INTRO,
      rulesText: RULES_TEXT,
      contactInfo: CONTACT,
      ...(spec.year === 2023 ? CONTACT_2023 : CONTACT_CURRENT),
      isFeatured: spec.featured,
      certificatePattern: `{n}/GCN-BTC`,
    },
    update: { isFeatured: spec.featured },
    select: { id: true, slug: true },
  });
  if (spec.featured) {
    await db.contest.updateMany({ where: { isFeatured: true, NOT: { id: contest.id } }, data: { isFeatured: false } });
  }

  for (const r of spec.rounds) {
    const award = awardMonthOf(r.closesAt);
    await db.round.upsert({
      where: { contestId_number: { contestId: contest.id, number: r.number } },
      create: {
        contestId: contest.id,
        number: r.number,
        name: `Quý ${r.number}`,
        opensAt: r.opensAt,
        closesAt: r.closesAt,
        awardYear: award.year,
        awardMonth: award.month,
        prizeTiers: DEFAULT_PRIZE_TIERS,
        predictionQuestion: `Có bao nhiêu người tham gia Quý ${r.number}?`,
        decisionNumber: spec.year === 2023 ? `${10 + r.number * 7}/QĐ-STTTT` : null,
        decisionDate: spec.year === 2023 ? `2023-${String(award.month).padStart(2, "0")}-25` : null,
      },
      update: {},
    });
  }

  for (const [i, name] of DISTRICTS_2023.entries()) {
    await db.district.upsert({
      where: { contestId_name: { contestId: contest.id, name } },
      create: { contestId: contest.id, name, sortOrder: i },
      update: {},
    });
  }
  const districts = await db.district.findMany({ where: { contestId: contest.id }, select: { id: true, name: true } });
  const districtId = new Map(districts.map((d) => [d.name, d.id]));
  for (const [i, u] of UNITS_2023.entries()) {
    await db.unit.upsert({
      where: { contestId_name: { contestId: contest.id, name: u.name } },
      create: { contestId: contest.id, name: u.name, headcount: u.headcount, sortOrder: i, districtId: u.district ? districtId.get(u.district) : null },
      update: {},
    });
  }

  for (const [i, d] of DOCUMENTS.entries()) {
    await db.document.upsert({
      where: { contestId_code: { contestId: contest.id, code: d.code } },
      create: { contestId: contest.id, code: d.code, title: d.title, issuer: d.issuer, issuedOn: d.issuedOn, sortOrder: i },
      update: {},
    });
  }
  await seedDocumentFiles(db, contest.id, storage());

  await db.consentText.upsert({
    where: { contestId_version: { contestId: contest.id, version: 1 } },
    create: { contestId: contest.id, version: 1, text: CONSENT_TEXT_V1 },
    update: {},
  });

  const questionCount = await db.question.count({ where: { contestId: contest.id } });
  if (questionCount === 0) {
    const docs = await db.document.findMany({ where: { contestId: contest.id }, select: { id: true, code: true } });
    const docId = new Map(docs.map((d) => [d.code, d.id]));
    await db.$transaction(
      SEED_QUESTIONS.map((q) =>
        db.question.create({
          data: {
            contestId: contest.id,
            documentId: docId.get(q.doc) ?? null,
            difficulty: q.difficulty,
            textSearch: searchKey(q.text),
            versions: { create: { version: 1, text: q.text, options: q.options, correctIndex: q.correct, explanation: q.explanation } },
          },
          select: { id: true },
        }),
      ),
    );
  }
  return contest;
}
