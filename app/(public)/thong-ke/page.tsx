import type { Metadata } from "next";
import { PublicStatisticsView } from "@/components/statistics/public-statistics";
import { getFeaturedContest } from "@/lib/contests/queries";
import { cachedPublicStatistics } from "@/lib/statistics/cached";

// Prerendered and refreshed at most a minute later (or at once by revalidatePath on publish and
// settings changes): the deadline rush hits these pages hardest (docs/PERFORMANCE.md).
export const revalidate = 60;
export const metadata: Metadata = { title: "Thống kê tham gia" };

export default async function PublicStatisticsPage() {
  const contest = await getFeaturedContest();
  if (!contest) return <p className="text-slate-700">Hiện chưa có cuộc thi nào được công bố.</p>;
  const stats = await cachedPublicStatistics(contest.id);
  return <PublicStatisticsView contestName={contest.name} stats={stats} />;
}
