import type { Metadata } from "next";
import { getFeaturedContest } from "@/lib/contests/queries";
import { RulesView } from "@/components/contests/rules-view";

// Prerendered and refreshed at most a minute later (or at once by revalidatePath on publish and
// settings changes): the deadline rush hits these pages hardest (docs/PERFORMANCE.md).
export const revalidate = 60;
export const metadata: Metadata = { title: "Thể lệ" };

export default async function RulesPage() {
  const contest = await getFeaturedContest();
  if (!contest) return <p className="text-slate-700">Hiện chưa có cuộc thi nào được công bố.</p>;
  return <RulesView contest={contest} />;
}
