// The public page's tables (counts only), in the same table model as the staff pages. Pure.
import type { PublicStatistics } from "./public-queries";
import type { StatColumn, StatTable } from "./table-model";

const PEOPLE: StatColumn = { key: "participants", label: "Người tham gia", kind: "int" };
const ATTEMPTS: StatColumn = { key: "attempts", label: "Lượt thi", kind: "int" };

const WHOLE_CONTEST = "Cả cuộc thi";

export function publicRoundTable(stats: PublicStatistics): StatTable {
  return {
    key: "public-rounds",
    title: "Theo đợt thi",
    columns: [{ key: "round", label: "Đợt thi", kind: "text" }, PEOPLE, ATTEMPTS],
    rows: [...stats.rounds.map((r) => ({ round: r.name, ...r.counts })), { round: WHOLE_CONTEST, ...stats.total }],
  };
}

/** Districts for one round, or for the whole contest when `roundId` is omitted. */
export function publicDistrictTable(stats: PublicStatistics, roundId?: string): StatTable {
  const round = roundId ? stats.rounds.find((r) => r.id === roundId) : undefined;
  return {
    key: roundId ? `public-districts-${roundId}` : "public-districts",
    title: round ? `${round.name} theo huyện/thành phố` : `${WHOLE_CONTEST} theo huyện/thành phố`,
    columns: [{ key: "district", label: "Huyện/thành phố", kind: "text" }, PEOPLE, ATTEMPTS],
    rows: stats.districts.map((d) => ({ district: d.name, ...(roundId ? d.byRound[roundId] : d.total) })),
  };
}
