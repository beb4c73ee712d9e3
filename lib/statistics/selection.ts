// Which contest and round the staff statistics pages show: every contest and round (drafts too —
// staff may test a round before opening it), chosen by `?cuoc-thi=<slug>&dot=<number>`.
import "server-only";
import { contestListSelect, contestsNewestFirst } from "../contests/queries";
import { db } from "../db";
import { now } from "../time";
import { pickSelection, type SelectableContest } from "./pick-selection";

async function listSelectableContests(): Promise<SelectableContest[]> {
  return db.contest.findMany({
    orderBy: contestsNewestFirst,
    select: {
      ...contestListSelect,
      rounds: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true, status: true, opensAt: true, closesAt: true } },
    },
  });
}

export async function resolveStatisticsSelection(params: { contest?: string; round?: string }) {
  const contests = await listSelectableContests();
  return { contests, ...pickSelection(contests, params, now()) };
}
