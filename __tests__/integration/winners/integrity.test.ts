// Integrity flags shown to the jury (docs/DOMAIN.md §9), computed in the database.
import { db } from "@/lib/db";
import { integrityFlags } from "@/lib/winners/integrity";
import { makeAttempts, makeContest, makeParticipants, makeRound } from "./fixtures";

test("fast attempts, look-alike phone/CCCD, same name and birth date, crowded networks; a clean account has no flag", async () => {
  const contest = await makeContest();
  const other = await makeContest();
  const round = await makeRound(contest.id);
  const at = new Date("2023-03-01T03:00:00Z");
  const people = await makeParticipants(contest.id, [
    { id: "clean", phone: "0987000001", cccd: "037190000001" },
    { id: "phone-a", phone: "0912345678", cccd: "037190000002" },
    { id: "phone-b", phone: "0312345678", cccd: "037190000003" }, // same last 8 digits (old 11-digit prefix moved)
    { id: "cccd-a", phone: "0987000004", cccd: "037085123456" },
    { id: "cccd-b", phone: "0987000005", cccd: "001085123456" }, // same birth year + serial, other province
    { id: "twin-a", phone: "0987000006", cccd: "037190000006", fullName: "Trần Thị Lan", birthDate: "1985-04-02" },
    { id: "twin-b", phone: "0987000007", cccd: "037190000007", fullName: "Trần Thị Lan", birthDate: "1985-04-02" },
    { id: "fast", phone: "0987000008", cccd: "037190000008" },
    ...Array.from({ length: 5 }, (_, i) => ({ id: `net-${i}`, phone: `098700001${i}`, cccd: `03719000001${i}`, registrationIpHash: "same-network" })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: `dev-${i}`, phone: `098700002${i}`, cccd: `03719000002${i}` })),
  ]);
  // A look-alike in another contest does not count.
  await makeParticipants(other.id, [{ id: "elsewhere", phone: "0387000001", cccd: "001190000001" }]);
  await makeAttempts(round.id, [
    ...people.map((p) => ({
      participantId: p.id,
      correctCount: 15,
      prediction: 10,
      durationMs: 400_000,
      submittedAt: at,
      ipHash: p.id.startsWith("dev-") ? "one-device" : `ip-${p.id}`,
    })),
    { participantId: "fast", correctCount: 20, prediction: 10, durationMs: 45_000, submittedAt: at }, // 20 questions in 45 s
  ]);

  const flags = await integrityFlags({ contestId: contest.id, roundId: round.id, questionCount: 20, participantIds: people.map((p) => p.id) });
  const of = (id: string) => (flags.get(id) ?? []).sort();
  expect(of("clean")).toEqual([]);
  expect(of("phone-a")).toEqual(["SIMILAR_PHONE"]);
  expect(of("phone-b")).toEqual(["SIMILAR_PHONE"]);
  expect(of("cccd-a")).toEqual(["SIMILAR_CCCD"]);
  expect(of("cccd-b")).toEqual(["SIMILAR_CCCD"]);
  expect(of("twin-a")).toEqual(["SAME_NAME_BIRTHDATE"]);
  expect(of("fast")).toEqual(["FAST_ATTEMPT"]);
  for (let i = 0; i < 5; i++) {
    expect(of(`net-${i}`)).toEqual(["SHARED_REGISTRATION_NETWORK"]);
    expect(of(`dev-${i}`)).toEqual(["SHARED_ATTEMPT_NETWORK"]);
  }
  // Four accounts on one network stay under the threshold.
  const four = await integrityFlags({ contestId: contest.id, roundId: round.id, questionCount: 20, participantIds: ["net-0"] });
  expect(four.get("net-0")).toEqual(["SHARED_REGISTRATION_NETWORK"]);
  await db.participant.update({ where: { id: "net-4" }, data: { registrationIpHash: "elsewhere" } });
  const after = await integrityFlags({ contestId: contest.id, roundId: round.id, questionCount: 20, participantIds: ["net-0"] });
  expect(after.get("net-0")).toBeUndefined();
});
