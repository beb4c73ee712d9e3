// Check 2 of "Kiểm tra lại" (lib/winners/verify.ts): today's data ranked into a scratch computation
// in a transaction that is always rolled back, compared with the stored one hash to hash, row to
// row in SQL, and input by input in words for the jury.
import "server-only";
import { join, raw, sqltag as sql } from "@prisma/client/runtime/client";
import { db, type Tx } from "../db";
import { markEntries } from "./allocation";
import { rankIntoComputation } from "./compute";
import { parseStoredInputs, parseStoredPrizes, type StoredInputs } from "./queries";
import { differingFields, entrySelect, storedValues, type EntryField, type LiveCheck, type RowDifference, type StoredComputation } from "./verify-rows";

/** Thrown to roll the live check's scratch computation back, carrying its outcome out. */
class RolledBack extends Error {
  constructor(readonly live: LiveCheck) {
    super("live check rolled back");
  }
}

function countChange(label: string, before: number, after: number): string[] {
  return before === after ? [] : [`${label}: ${before.toLocaleString("vi-VN")} → ${after.toLocaleString("vi-VN")}.`];
}

function listChange(label: string, before: readonly string[], after: readonly string[]): string[] {
  const added = after.filter((id) => !before.includes(id)).length;
  const removed = before.filter((id) => !after.includes(id)).length;
  return added || removed ? [`${label}: thêm ${added}, bớt ${removed}.`] : [];
}

/** What differs between the stored inputs and today's, in words for the jury. */
function describeChanges(stored: StoredInputs | null, columns: StoredComputation["columns"], live: StoredInputs): string[] {
  const before = stored ?? { ...live, ...columns, disqualifiedIds: null };
  const changes = [
    ...countChange("Giá trị đúng của câu dự đoán", Number(before.trueValue), live.trueValue),
    ...countChange("Số người dự thi", Number(before.participantCount), live.participantCount),
    ...countChange("Số lượt nộp bài", Number(before.attemptCount), live.attemptCount),
  ];
  if (before.rulesetVersion !== live.rulesetVersion) changes.push(`Phiên bản quy tắc: ${before.rulesetVersion} → ${live.rulesetVersion}.`);
  if (before.rankingOrder !== live.rankingOrder) changes.push("Thứ tự xếp hạng của đợt thi đã thay đổi.");
  if (before.settingsVersion !== live.settingsVersion) changes.push(`Phiên bản cấu hình: ${before.settingsVersion} → ${live.settingsVersion}.`);
  if (stored) {
    if (
      JSON.stringify(stored.prizeTiers.map(({ code, name, count }) => [code, name, count])) !==
      JSON.stringify(live.prizeTiers.map(({ code, name, count }) => [code, name, count]))
    ) {
      changes.push("Cơ cấu giải đã thay đổi.");
    }
    if (stored.minScoreForPrize !== live.minScoreForPrize)
      changes.push(`Điểm tối thiểu để xét giải: ${stored.minScoreForPrize ?? "không"} → ${live.minScoreForPrize ?? "không"}.`);
    if (stored.excludeEarlierWinners !== live.excludeEarlierWinners) changes.push("Quy định loại người đã đoạt giải đợt trước đã thay đổi.");
    changes.push(...listChange("Thí sinh bị loại", stored.disqualifiedIds, live.disqualifiedIds));
    changes.push(...listChange("Người đã đoạt giải đợt trước", stored.earlierWinnerIds, live.earlierWinnerIds));
    changes.push(...listChange("Thành viên Ban Tổ chức trong phần bảng xếp hạng đã xét", stored.organiserMemberIds, live.organiserMemberIds));
    if (stored.entriesDigest !== live.entriesDigest)
      changes.push("Dữ liệu bài làm hoặc thí sinh đã thay đổi (ví dụ: chấm lại, bài nộp mới, thời điểm đăng ký).");
  }
  return changes;
}

/** NULL-safe "differs" on both databases. */
function differs(provider: typeof db.provider, column: string) {
  return raw(provider === "postgresql" ? `s."${column}" IS DISTINCT FROM l."${column}"` : `s."${column}" IS NOT l."${column}"`);
}

/** The first rank at which two computations' entries differ (one set-based query), with both rows. */
async function firstDifferingRow(
  tx: Tx,
  storedId: string,
  liveId: string,
  counts: { stored: number; live: number },
  hasRawInputs: boolean,
): Promise<RowDifference | null> {
  const columns = [
    "participantId",
    "attemptId",
    "correctCount",
    "predictionDiff",
    "durationMs",
    "submittedAt",
    "prizeTier",
    "excludedReason",
    ...(hasRawInputs ? ["prediction", "registeredAt"] : []),
  ];
  const rows = await tx.$queryRaw<{ rank: number | bigint | null }[]>(sql`
    SELECT MIN(s."rank") AS "rank" FROM "RankingEntry" s
    JOIN "RankingEntry" l ON l."computationId" = ${liveId} AND l."rank" = s."rank"
    WHERE s."computationId" = ${storedId} AND (${join(
      columns.map((c) => differs(db.provider, c)),
      " OR ",
    )})`);
  const joined = rows[0]?.rank === null || rows[0]?.rank === undefined ? Infinity : Number(rows[0].rank);
  const rank = Math.min(joined, counts.stored === counts.live ? Infinity : Math.min(counts.stored, counts.live) + 1);
  if (rank === Infinity) return null;
  const [s, l] = await Promise.all(
    [storedId, liveId].map((computationId) => tx.rankingEntry.findUnique({ where: { computationId_rank: { computationId, rank } }, select: entrySelect })),
  );
  const stored = s ? storedValues(s) : null;
  const live = l ? storedValues(l) : null;
  const fields: EntryField[] =
    stored && live ? differingFields(stored, live).filter((f) => hasRawInputs || (f !== "prediction" && f !== "registeredAt")) : ["rank"];
  return { rank, fields, stored, recomputed: live };
}

/** Check 2: today's data ranked into a scratch computation that is rolled back, compared with the stored one. */
export async function checkLive(c: StoredComputation): Promise<LiveCheck> {
  const stored = parseStoredInputs(c.inputs);
  const storedInputs = stored === "unreadable" ? null : stored;
  try {
    await db.$transaction(
      async (tx) => {
        const run = await rankIntoComputation(tx, c.roundId, { kind: c.kind, computedBy: "kiem-tra-lai" });
        if (run.inputHash === c.inputHash) throw new RolledBack({ status: "SAME", inputHash: c.inputHash });
        await markEntries(tx, run.computationId, run.allocation);
        const firstRow = await firstDifferingRow(tx, c.id, run.computationId, { stored: c.entryCount, live: run.entryCount }, storedInputs !== null);
        const changes = describeChanges(storedInputs, c.columns, run.inputs);
        // A computation stored before inputs were kept has an older hash: same rows and counts is the same result.
        const same =
          storedInputs === null && !firstRow && changes.length === 0 && JSON.stringify(parseStoredPrizes(c.prizes)) === JSON.stringify(run.allocation.awards);
        throw new RolledBack(same ? { status: "SAME", inputHash: c.inputHash } : { status: "DIFFERENT", recomputedHash: run.inputHash, changes, firstRow });
      },
      { maxWait: 15_000, timeout: 180_000 },
    );
  } catch (e) {
    if (e instanceof RolledBack) return e.live;
    throw e;
  }
  throw new Error("unreachable: the live check always rolls back");
}
