// Test data for the quiz engine: a contest with a tagged bank, an open round, participants.
import { db } from "@/lib/db";
import { clearQuestionPoolCache } from "@/lib/attempts/question-pool";

export const T0 = new Date("2026-11-29T04:00:00.000Z");
export const MIN = 60_000;

export interface Fixture {
  contestId: string;
  roundId: string;
  documentIds: [string, string];
  questionIds: string[];
  participantIds: string[];
}

let serial = 0;

/**
 * `questions` questions, alternately tagged with two documents; question i has options
 * ["Q<i> phương án 0".."3"] and correct index i % 4. The round is open around T0.
 */
export async function makeFixture(
  opts: {
    questions?: number;
    participants?: number;
    round?: Partial<{
      questionCount: number;
      timeLimitSec: number;
      attemptsAllowed: number;
      graceSec: number;
      opensAt: Date;
      closesAt: Date;
      answerReview: "AFTER_CLOSE" | "NEVER" | "IMMEDIATELY";
      documentQuotas: Record<string, number>;
    }>;
  } = {},
): Promise<Fixture> {
  const n = ++serial;
  const contest = await db.contest.create({
    data: { slug: `thu-${n}-${Math.random().toString(36).slice(2, 8)}`, name: `Cuộc thi thử ${n}`, organiser: "BTC", organiserShort: "BTC", year: 2026 },
  });
  const docs = await db.$transaction([
    db.document.create({ data: { contestId: contest.id, code: `D1-${n}`, title: "Văn bản 1" } }),
    db.document.create({ data: { contestId: contest.id, code: `D2-${n}`, title: "Văn bản 2" } }),
  ]);
  const count = opts.questions ?? 12;
  const questions = await db.$transaction(
    Array.from({ length: count }, (_, i) =>
      db.question.create({
        data: {
          contestId: contest.id,
          documentId: docs[i % 2].id,
          textSearch: `cau ${i}`,
          versions: {
            create: {
              version: 1,
              text: `Câu hỏi số ${i}?`,
              options: [0, 1, 2, 3].map((k) => `Q${i} phương án ${k}`),
              correctIndex: i % 4,
              explanation: `Giải thích câu ${i}`,
            },
          },
        },
        select: { id: true },
      }),
    ),
  );
  const { documentQuotas, ...roundPatch } = opts.round ?? {};
  const round = await db.round.create({
    data: {
      contestId: contest.id,
      number: 1,
      name: "Quý 4",
      opensAt: new Date(T0.getTime() - 24 * 60 * MIN),
      closesAt: new Date(T0.getTime() + 7 * 24 * 60 * MIN),
      awardYear: 2026,
      awardMonth: 12,
      prizeTiers: [],
      predictionQuestion: "Có bao nhiêu người tham gia Quý 4?",
      questionCount: 5,
      timeLimitSec: 1200,
      attemptsAllowed: 3,
      graceSec: 10,
      ...roundPatch,
      ...(documentQuotas ? { documentQuotas } : {}),
    },
  });
  const participants = await db.$transaction(
    Array.from({ length: opts.participants ?? 2 }, (_, i) =>
      db.participant.create({
        data: {
          contestId: contest.id,
          fullName: `Thí sinh ${i}`,
          fullNameSearch: `thi sinh ${i}`,
          birthDate: "1990-01-01",
          gender: "MALE",
          cccd: `0370900${String(n).padStart(2, "0")}${String(i).padStart(3, "0")}`,
          phone: `09${String(n).padStart(2, "0")}000${String(i).padStart(3, "0")}`,
          group: "NGUOI_DAN",
          passwordHash: "x",
        },
        select: { id: true },
      }),
    ),
  );
  clearQuestionPoolCache();
  return {
    contestId: contest.id,
    roundId: round.id,
    documentIds: [docs[0].id, docs[1].id],
    questionIds: questions.map((q) => q.id),
    participantIds: participants.map((p) => p.id),
  };
}

export const caller = (f: Fixture, i = 0) => ({ id: f.participantIds[i], contestId: f.contestId });
export const client = { ip: "203.0.113.7", userAgent: "jest" };

/** The attempt's items with their snapshot version (including the key, for assertions). */
export function itemsOf(attemptId: string) {
  return db.attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: {
      position: true,
      optionOrder: true,
      chosenIndex: true,
      savedAt: true,
      isCorrect: true,
      questionVersionId: true,
      questionVersion: { select: { questionId: true, correctIndex: true, text: true } },
    },
  });
}
