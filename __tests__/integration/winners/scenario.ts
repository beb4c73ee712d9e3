// A 2023 contest with the plan's four rounds and a few participants with submitted attempts in
// each round, for the route and jury tests.
import { makeAttempts, makeContest, makeParticipants, makeRound } from "./fixtures";

export const PLAN_2023 = [
  { number: 1, from: "15/02/2023", to: "30/3/2023" },
  { number: 2, from: "01/04/2023", to: "30/6/2023" },
  { number: 3, from: "01/07/2023", to: "30/9/2023" },
  { number: 4, from: "01/10/2023", to: "30/11/2023" },
];

export async function makeContest2023(peoplePerRound = 14) {
  const contest = await makeContest({ slug: "cuoc-thi-2023-thu", year: 2023, featured: true });
  const rounds = [];
  for (const p of PLAN_2023) rounds.push(await makeRound(contest.id, p));
  const people = await makeParticipants(
    contest.id,
    Array.from({ length: peoplePerRound }, (_, i) => ({
      fullName: `Nguyễn Văn ${String.fromCharCode(65 + i)}`,
      registeredAt: new Date(Date.UTC(2023, 1, 1, 0, 0, i)),
      isOrganiserMember: i === 0,
    })),
  );
  for (const r of rounds) {
    await makeAttempts(
      r.id,
      people.flatMap((p, i) => [
        {
          participantId: p.id,
          correctCount: 20 - (i % 7),
          prediction: 10 + i,
          durationMs: 200_000 + i * 1000,
          submittedAt: new Date(r.opensAt.getTime() + 3_600_000 + i * 1000),
        },
        {
          participantId: p.id,
          correctCount: 12,
          prediction: peoplePerRound,
          durationMs: 100_000,
          submittedAt: new Date(r.opensAt.getTime() + 7_200_000 + i * 1000),
        },
      ]),
    );
  }
  return { contest, rounds, people };
}
