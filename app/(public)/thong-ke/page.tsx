import type { Metadata } from "next";
import { PublicStatisticsView } from "@/components/statistics/public-statistics";
import { getFeaturedContest } from "@/lib/contests/queries";
import { cachedPublicStatistics } from "@/lib/statistics/cached";

// Rendered per request (the database need not exist at build time); the figures themselves come
// from Next's data cache, refreshed at most once a minute (lib/statistics/cached.ts).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Thống kê tham gia" };

export default async function PublicStatisticsPage() {
  const contest = await getFeaturedContest();
  if (!contest) return <p className="text-slate-700">Hiện chưa có cuộc thi nào được công bố.</p>;
  const stats = await cachedPublicStatistics(contest.id);
  return <PublicStatisticsView contestName={contest.name} stats={stats} />;
}
