// Synthetic, realistic history for the 2023 rounds (fixed random seed): participants registered
// through the year, 1–3 submitted attempts per round taken, answers saved per question, predictions
// scattered around the true participation. Gives results, certificates and statistics data to show.
import { createHash } from "node:crypto";
import type { Db } from "../lib/db/client";
import { cccdCenturyDigit } from "../lib/participants/identity";
import { searchKey } from "../lib/text";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đinh", "Đỗ", "Bùi", "Ngô", "Dương", "Lương", "Tạ", "Mai"];
const MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Xuân", "Công"];
const MIDDLE_F = ["Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Phương", "Minh", "Kim"];
const GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt"];
const GIVEN_F = ["Anh", "Ánh Tuyết", "Châu", "Dung", "Hà", "Hạnh", "Hoa", "Huyền", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Thảo", "Trang", "Yến"];
const WARDS = [
  "Phường Đông Thành",
  "Phường Tân Thành",
  "Xã Ninh Nhất",
  "Thị trấn Me",
  "Thị trấn Thiên Tôn",
  "Xã Yên Phong",
  "Thị trấn Phát Diệm",
  "Phường Bắc Sơn",
];

/** A CCCD consistent with birth date and gender (Ninh Bình code 037), unique by `serial`. */
function syntheticCccd(birthYear: number, gender: "MALE" | "FEMALE", serial: number): string {
  return `037${cccdCenturyDigit(birthYear, gender)}${String(birthYear % 100).padStart(2, "0")}${String(serial).padStart(6, "0")}`;
}

/** mulberry32: a small, fast, seedable PRNG so the history is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function shuffle<T>(rnd: () => number, list: T[]): T[] {
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function generateHistory(db: Db, spec: { contestId: string; size: number; seed: number }) {
  const rnd = prng(spec.seed);
  const [rounds, districts, units, versions] = await Promise.all([
    db.round.findMany({
      where: { contestId: spec.contestId },
      orderBy: { number: "asc" },
      select: { id: true, opensAt: true, closesAt: true, questionCount: true, timeLimitSec: true },
    }),
    db.district.findMany({ where: { contestId: spec.contestId }, select: { id: true, name: true } }),
    db.unit.findMany({ where: { contestId: spec.contestId }, select: { id: true, name: true, districtId: true } }),
    db.questionVersion.findMany({
      where: { question: { contestId: spec.contestId, status: "ACTIVE" } },
      select: { id: true, options: true, correctIndex: true },
    }),
  ]);
  if (rounds.length === 0 || versions.length === 0) return { participants: 0, attempts: 0 };
  const consent = await db.consentText.findFirstOrThrow({
    where: { contestId: spec.contestId },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
  const first = rounds[0].opensAt.getTime();
  const last = rounds[rounds.length - 1].closesAt.getTime();
  // Nobody signs in as a synthetic participant: one unusable hash for all of them.
  const passwordHash = `!synthetic-${createHash("sha256").update(String(spec.seed)).digest("hex")}`;

  const people = Array.from({ length: spec.size }, (_, i) => {
    const gender = rnd() < 0.52 ? "FEMALE" : "MALE";
    const birthYear = 1965 + Math.floor(rnd() * 40);
    const fullName = `${pick(rnd, FAMILY)} ${pick(rnd, gender === "MALE" ? MIDDLE_M : MIDDLE_F)} ${pick(rnd, gender === "MALE" ? GIVEN_M : GIVEN_F)}`;
    const groupRoll = rnd();
    const group = groupRoll < 0.6 ? "CBCCVC" : groupRoll < 0.9 ? "NGUOI_DAN" : "HSSV";
    const unit = group === "CBCCVC" ? pick(rnd, units) : null;
    const district = unit?.districtId ? districts.find((d) => d.id === unit.districtId)! : pick(rnd, districts);
    const registeredAt = new Date(first + Math.floor(rnd() * (last - first) * 0.9));
    return {
      id: `seed-p-${String(i + 1).padStart(5, "0")}`,
      contestId: spec.contestId,
      fullName,
      fullNameSearch: searchKey(fullName),
      birthDate: `${birthYear}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`,
      gender: gender as "MALE" | "FEMALE",
      cccd: syntheticCccd(birthYear, gender as "MALE" | "FEMALE", 100000 + i),
      phone: `09${String(12000000 + i * 37).padStart(8, "0")}`,
      email: rnd() < 0.5 ? `thisinh${i + 1}@example.vn` : null,
      group: group as "CBCCVC" | "NGUOI_DAN" | "HSSV",
      districtId: district.id,
      wardName: pick(rnd, WARDS),
      unitId: unit?.id ?? null,
      unitName: unit?.name ?? (group === "HSSV" ? "Trường THPT chuyên Lương Văn Tụy" : ""),
      passwordHash,
      isOrganiserMember: i % 97 === 5,
      registeredAt,
      registrationIpHash: createHash("sha256")
        .update(`ip-${Math.floor(rnd() * spec.size * 0.8)}`)
        .digest("hex")
        .slice(0, 32),
      skill: 0.45 + rnd() * 0.53,
    };
  });

  const attempts: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  for (const round of rounds) {
    const open = round.opensAt.getTime();
    const close = round.closesAt.getTime();
    const takers = people.filter((p) => p.registeredAt.getTime() < close && (p.registeredAt.getTime() >= open || rnd() < 0.45));
    const truth = takers.length;
    for (const p of takers) {
      const n = 1 + Math.floor(rnd() * 3);
      const from = Math.max(open, p.registeredAt.getTime());
      for (let k = 1; k <= n; k++) {
        const startedAt = new Date(from + Math.floor(rnd() * (close - from - 30 * 60_000)));
        const durationMs = 90_000 + Math.floor(rnd() * (round.timeLimitSec * 1000 - 100_000));
        const submittedAt = new Date(startedAt.getTime() + durationMs);
        const attemptId = `seed-a-${round.id.slice(-6)}-${p.id.slice(-5)}-${k}`;
        const drawn = shuffle(rnd, versions).slice(0, round.questionCount);
        let correct = 0;
        drawn.forEach((v, position) => {
          const optionCount = (v.options as string[]).length;
          const order = shuffle(
            rnd,
            Array.from({ length: optionCount }, (_, i) => i),
          );
          const roll = rnd();
          let chosen: number | null;
          if (roll < 0.02) chosen = null;
          else if (roll < p.skill) chosen = v.correctIndex;
          else
            chosen = pick(
              rnd,
              order.filter((o) => o !== v.correctIndex),
            );
          const isCorrect = chosen === v.correctIndex;
          if (isCorrect) correct++;
          items.push({
            attemptId,
            position,
            questionVersionId: v.id,
            optionOrder: order.join(","),
            chosenIndex: chosen,
            savedAt: chosen === null ? null : new Date(startedAt.getTime() + Math.floor((durationMs * (position + 1)) / (drawn.length + 1))),
            isCorrect,
          });
        });
        const exact = rnd() < 0.03;
        attempts.push({
          id: attemptId,
          roundId: round.id,
          participantId: p.id,
          number: k,
          status: "SUBMITTED",
          inProgressKey: null,
          startedAt,
          deadline: new Date(Math.min(startedAt.getTime() + round.timeLimitSec * 1000, close)),
          submittedAt,
          submitSource: "PARTICIPANT",
          durationMs,
          correctCount: correct,
          prediction: exact ? truth : Math.max(1, Math.round(truth * (0.5 + rnd()))),
          ipHash: p.registrationIpHash,
        });
      }
    }
  }

  const participantRows = people.map(({ skill: _skill, ...row }) => row);
  await db.$transaction([
    ...chunks(participantRows, 200).map((c) => db.participant.createMany({ data: c })),
    ...chunks(
      participantRows.map((p) => ({ participantId: p.id, consentTextId: consent.id, version: consent.version, acceptedAt: p.registeredAt })),
      200,
    ).map((c) => db.consentRecord.createMany({ data: c })),
    ...chunks(attempts, 200).map((c) => db.attempt.createMany({ data: c as never })),
    ...chunks(items, 500).map((c) => db.attemptItem.createMany({ data: c as never })),
  ]);
  return { participants: people.length, attempts: attempts.length };
}
