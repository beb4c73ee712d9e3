// The statistics read through Next's data cache: a minute of staleness is fine for participation
// figures and item analysis, and a round of 1M attempts should not be rescanned on every view
// (after a minute the stale figures are served while they are recomputed in the background).
// The page and the downloads read the same cache entries, so they show the same figures.
// (Next 16 without `cacheComponents`: `unstable_cache` is the data cache for non-fetch reads.)
import "server-only";
import { unstable_cache } from "next/cache";
import { getItemAnalysis } from "./item-queries";
import { getContestPlaces } from "./place-queries";
import { getPublicStatistics } from "./public-queries";
import { getDailyParticipation, getDurationCounts, getRoundBreakdown, getRoundCounts, getScoreCounts } from "./round-queries";

const STATISTICS_CACHE_TAG = "statistics";
const STATISTICS_REVALIDATE_SECONDS = 60;

function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return unstable_cache(fn, ["statistics", name], { revalidate: STATISTICS_REVALIDATE_SECONDS, tags: [STATISTICS_CACHE_TAG] });
}

export const cachedRoundBreakdown = cached("breakdown", getRoundBreakdown);
export const cachedRoundCounts = cached("counts", getRoundCounts);
export const cachedDailyParticipation = cached("daily", getDailyParticipation);
export const cachedScoreCounts = cached("scores", getScoreCounts);
export const cachedDurationCounts = cached("durations", getDurationCounts);
export const cachedContestPlaces = cached("places", getContestPlaces);
export const cachedItemAnalysis = cached("items", getItemAnalysis);
export const cachedPublicStatistics = cached("public", getPublicStatistics);
