// "Kiểm tra lại" (issue 13 point 5; docs/DOMAIN.md "The winners route handler": reproducible and
// auditable). Two checks of a stored computation, neither of which changes anything:
// 1. from what it stored alone: the stored entries re-ranked with the pure chain of
//    lib/ranking/tie-break.ts, the prize walk of lib/ranking/prizes.ts replayed with the stored rules
//    and exclusion lists, the entries digest and the input hash recomputed and compared;
// 2. against today's data: the live ranking run into a scratch computation in a transaction that is
//    rolled back, compared hash to hash and row to row in SQL.
// Entries are read page by page; only the top of the ranking the prize walk needs is kept.
import "server-only";
import { db } from "../db";
import { computeInputHash, entriesDigester } from "../ranking/input-hash";
import { allocatePrizes, type PrizeAllocation, type PrizeCandidate, type PrizeRules } from "../ranking/prizes";
import { predictionDiff, rankingComparator, type RankCandidate } from "../ranking/tie-break";
import { countedTrueValue } from "../ranking/true-value";
import { parseStoredInputs, parseStoredPrizes, type StoredInputs } from "./queries";
import { entryPages, MISSING_AS_MAX_INT } from "./ranking-sql";

const PAGE = 5_000;
import { checkLive } from "./verify-live";
import {
  COLUMN_LABEL,
  computationColumnsSelect,
  differingFields,
  entrySelect,
  orNull,
  storedValues,
  type EntryField,
  type EntryRow,
  type EntryValues,
  type RowDifference,
  type StoredCheck,
  type StoredComputation,
  type VerifyReport,
} from "./verify-rows";

export type { EntryField, EntryValues, RowDifference, VerifyReport } from "./verify-rows";

const candidateOf = (e: EntryRow): RankCandidate => ({
  participantId: e.participantId,
  attemptId: e.attemptId,
  correctCount: e.correctCount,
  prediction: e.prediction,
  durationMs: orNull(e.durationMs),
  submittedAt: e.submittedAt,
  registeredAt: e.registeredAt ?? new Date(Number.NaN),
});
const storedDiff = (prediction: number | null, trueValue: number) =>
  prediction === null ? null : Math.min(predictionDiff(prediction, trueValue), MISSING_AS_MAX_INT);

async function* pages(computationId: string, upToRank = Number.POSITIVE_INFINITY): AsyncGenerator<EntryRow[]> {
  for (let last = 0; last < upToRank;) {
    const rows = await db.rankingEntry.findMany({ where: { computationId, rank: { gt: last } }, orderBy: { rank: "asc" }, take: PAGE, select: entrySelect });
    if (rows.length === 0) return;
    yield rows;
    last = rows[rows.length - 1].rank;
  }
}

/** The prize walk replayed over a growing prefix of the ranking with the stored rules and lists. */
class Walk {
  private candidates: PrizeCandidate[] = [];
  private tiers = new Map<number, string>();
  private reasons = new Map<number, string>();
  allocation: PrizeAllocation = { awards: [], skipped: [], complete: false, stoppedAtMinScore: false };
  private readonly dq: Set<string>;
  private readonly earlier: Set<string>;
  private readonly organiser: Set<string>;
  readonly rules: PrizeRules;

  constructor(inputs: StoredInputs) {
    this.dq = new Set(inputs.disqualifiedIds);
    this.earlier = new Set(inputs.earlierWinnerIds);
    this.organiser = new Set(inputs.organiserMemberIds);
    this.rules = { tiers: inputs.prizeTiers, minScoreForPrize: inputs.minScoreForPrize, excludeEarlierWinners: inputs.excludeEarlierWinners };
  }

  /** Nothing further down can change the allocation (every prize given, or the minimum score reached). */
  get settled(): boolean {
    return this.allocation.complete || this.allocation.stoppedAtMinScore;
  }

  private candidate(rank: number, e: EntryRow): PrizeCandidate {
    const id = e.participantId;
    return {
      rank,
      participantId: id,
      attemptId: e.attemptId,
      correctCount: e.correctCount,
      isDisqualified: this.dq.has(id),
      isOrganiserMember: this.organiser.has(id),
      isEarlierWinner: this.earlier.has(id),
    };
  }

  add(rows: readonly EntryRow[]): void {
    if (this.settled || rows.length === 0) return;
    for (const e of rows) this.candidates.push(this.candidate(e.rank, e));
    this.allocation = allocatePrizes(this.candidates, this.rules);
    this.tiers = new Map(this.allocation.awards.map((a) => [a.rank, a.tier]));
    this.reasons = new Map(this.allocation.skipped.map((k) => [k.rank, k.reason]));
    if (this.settled) this.candidates = []; // the walk is over: keep no entries in memory
  }

  /** What the walk gives at `rank` (within the prefix added so far). */
  outcome(rank: number): Pick<EntryValues, "prizeTier" | "excludedReason"> {
    return { prizeTier: this.tiers.get(rank) ?? null, excludedReason: this.reasons.get(rank) ?? null };
  }

  /** What the walk would give `e` placed at `rank`, right after the prefix added so far. */
  outcomeWith(rank: number, e: EntryRow): Pick<EntryValues, "prizeTier" | "excludedReason"> {
    if (this.settled) return { prizeTier: null, excludedReason: null };
    const a = allocatePrizes([...this.candidates, this.candidate(rank, e)], this.rules);
    return { prizeTier: a.awards.find((x) => x.rank === rank)?.tier ?? null, excludedReason: a.skipped.find((x) => x.rank === rank)?.reason ?? null };
  }
}

/** A stored entry with the values the recomputation derives for it at the same place. */
function recomputedAt(e: EntryRow, inputs: StoredInputs, outcome: Pick<EntryValues, "prizeTier" | "excludedReason">): EntryValues {
  return { ...storedValues(e), predictionDiff: storedDiff(e.prediction, inputs.trueValue), ...outcome };
}

/** Check 1: the stored computation recomputed from what it stored alone. */
async function checkStored(c: StoredComputation): Promise<StoredCheck> {
  const inputs = parseStoredInputs(c.inputs);
  if (inputs === null) return { status: "UNVERIFIABLE" };
  if (inputs === "unreadable")
    return {
      status: "MISMATCH",
      firstRow: null,
      problems: ["Dữ liệu đầu vào đã lưu không đọc được (không đúng định dạng)."],
      storedHash: c.inputHash,
      recomputedHash: null,
    };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(c.columns)) {
    const stored = inputs[key as keyof StoredInputs];
    if (stored !== value) problems.push(`${COLUMN_LABEL[key]} của lần tính (${String(value)}) khác dữ liệu đầu vào đã lưu (${String(stored)}).`);
  }
  const counted = countedTrueValue(inputs.predictionTruth, inputs);
  if (inputs.trueValueCounted !== counted || (inputs.trueValueSource === "counted" && inputs.trueValue !== counted)) {
    problems.push("Giá trị đúng của câu dự đoán không khớp với số đếm đã lưu.");
  }
  const duplicates = await db.rankingEntry.groupBy({ by: ["participantId"], where: { computationId: c.id }, having: { participantId: { _count: { gt: 1 } } } });
  if (duplicates.length) problems.push(`${duplicates.length} thí sinh có hơn một dòng trong bảng xếp hạng.`);

  // The re-ranking (rankingComparator is the chain rankCandidates sorts by) without holding the
  // whole ranking: the stored order is the re-ranking up to the first entry that is not ordered
  // before every entry after it. One pass finds the first entry ordered after its successor
  // (descentAt) and the smallest entry after it; when there is one, a second pass over the sorted
  // prefix finds where that entry belongs, which is the first differing row.
  const cmp = rankingComparator(inputs.rankingOrder, inputs.trueValue);
  const walk = new Walk(inputs);
  let firstRow: RowDifference | null = null;
  let expectedRank = 1;
  let prev: RankCandidate | null = null;
  let descentAt: number | null = null;
  let suffixMin: { row: EntryRow; candidate: RankCandidate } | null = null;
  for await (const rows of pages(c.id)) {
    walk.add(rows);
    for (const e of rows) {
      const candidate = candidateOf(e);
      if (!firstRow && e.rank !== expectedRank) firstRow = { rank: expectedRank, fields: ["rank"], stored: null, recomputed: null };
      expectedRank = e.rank + 1;
      if (descentAt === null && prev && cmp(prev, candidate) >= 0) descentAt = e.rank - 1;
      if (descentAt !== null && (!suffixMin || cmp(candidate, suffixMin.candidate) < 0)) suffixMin = { row: e, candidate };
      if (!firstRow && descentAt === null) {
        const recomputed = recomputedAt(e, inputs, walk.outcome(e.rank));
        const fields = e.registeredAt === null ? (["registeredAt"] as EntryField[]) : differingFields(storedValues(e), recomputed);
        if (fields.length) firstRow = { rank: e.rank, fields, stored: storedValues(e), recomputed };
      }
      prev = candidate;
    }
  }
  if (expectedRank - 1 !== c.entryCount) problems.push(`Số dòng xếp hạng (${expectedRank - 1}) khác số đã lưu (${c.entryCount}).`);
  if (descentAt !== null && suffixMin && (!firstRow || firstRow.rank > 1)) {
    const orderDiff = await whereMinBelongs(c.id, descentAt, suffixMin, cmp, inputs);
    if (orderDiff && (!firstRow || orderDiff.rank < firstRow.rank)) firstRow = orderDiff;
  }

  const digester = entriesDigester();
  for await (const page of entryPages(db, c.id, c.entryCount)) digester.update(page);
  const entriesDigest = digester.digest();
  if (entriesDigest !== inputs.entriesDigest) problems.push("Mã tổng hợp các dòng xếp hạng khác với lúc tính: có dòng đã bị thay đổi.");
  if (JSON.stringify(parseStoredPrizes(c.prizes)) !== JSON.stringify(walk.allocation.awards))
    problems.push("Danh sách giải đã lưu khác danh sách tính lại từ các quy tắc đã lưu.");
  const recomputedHash = computeInputHash({ ...inputs, entriesDigest, allocation: walk.allocation });
  if (recomputedHash !== c.inputHash) problems.push("Mã kiểm tra (SHA-256) tính lại khác mã đã lưu.");
  if (!problems.length && !firstRow) return { status: "MATCH", inputHash: c.inputHash, entryCount: c.entryCount };
  return { status: "MISMATCH", firstRow, problems, storedHash: c.inputHash, recomputedHash };
}

/** The first entry of the sorted prefix 1..upTo ordered after `min`: the re-ranking puts `min` there. */
async function whereMinBelongs(
  computationId: string,
  upTo: number,
  min: { row: EntryRow; candidate: RankCandidate },
  cmp: (a: RankCandidate, b: RankCandidate) => number,
  inputs: StoredInputs,
): Promise<RowDifference | null> {
  const walk = new Walk(inputs);
  for await (const rows of pages(computationId, upTo)) {
    const i = rows.findIndex((e) => e.rank <= upTo && cmp(candidateOf(e), min.candidate) > 0);
    if (i < 0) {
      walk.add(rows);
      continue;
    }
    walk.add(rows.slice(0, i));
    const e = rows[i];
    const recomputed = recomputedAt(min.row, inputs, walk.outcomeWith(e.rank, min.row));
    return { rank: e.rank, fields: differingFields(storedValues(e), recomputed), stored: storedValues(e), recomputed };
  }
  return null; // not reached: the entry at upTo is ordered after its successor, hence after min
}

/**
 * "Kiểm tra lại" for the jury: both checks of one computation. Changes nothing (the live check's
 * scratch computation is rolled back). Null when there is no such computation.
 */
export async function verifyComputation(computationId: string): Promise<VerifyReport | null> {
  const row = await db.winnerComputation.findUnique({
    where: { id: computationId },
    select: {
      id: true,
      roundId: true,
      kind: true,
      inputHash: true,
      entryCount: true,
      prizes: true,
      inputs: true,
      ...computationColumnsSelect,
    },
  });
  if (!row) return null;
  const { id, roundId, kind, inputHash, entryCount, prizes, inputs, ...columns } = row;
  const c: StoredComputation = { id, roundId, kind, inputHash, entryCount, prizes, inputs, columns: { kind, ...columns } };
  const stored = await checkStored(c);
  const live = await checkLive(c);
  const rows = [stored.status === "MISMATCH" ? stored.firstRow : null, live.status === "DIFFERENT" ? live.firstRow : null];
  const ids = [...new Set(rows.flatMap((r) => [r?.stored?.participantId, r?.recomputed?.participantId]).filter((x): x is string => !!x))];
  const people = ids.length ? await db.participant.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } }) : [];
  return { computationId, stored, live, names: Object.fromEntries(people.map((p) => [p.id, p.fullName])) };
}
