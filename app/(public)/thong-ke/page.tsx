import type { Metadata } from "next";
import { NoPublishedContest } from "@/components/contests/no-published-contest";
import { PublicStatisticsView } from "@/components/statistics/public-statistics";
import { getFeaturedContest } from "@/lib/contests/queries";
import { cachedPublicStatistics } from "@/lib/statistics/cached";

// Prerendered and refreshed at most a minute later (or at once by revalidatePath on publish and
// settings changes): the deadline rush hits these pages hardest (docs/PERFORMANCE.md).
export const revalidate = 60;
export const metadata: Metadata = { title: "Thống kê tham gia" };

export default async function PublicStatisticsPage() {
  const contest = await getFeaturedContest();
  return contest ? <PublicStatisticsView contestName={contest.name} stats={await cachedPublicStatistics(contest.id)} /> : <NoPublishedContest />;
}
