import type { Metadata } from "next";
import { getFeaturedContest } from "@/lib/contests/queries";
import { NoPublishedContest } from "@/components/contests/no-published-contest";
import { RulesView } from "@/components/contests/rules-view";

// Prerendered and refreshed at most a minute later (or at once by revalidatePath on publish and
// settings changes): the deadline rush hits these pages hardest (docs/PERFORMANCE.md).
export const revalidate = 60;
export const metadata: Metadata = { title: "Thể lệ" };

export default async function RulesPage() {
  const contest = await getFeaturedContest();
  if (!contest) return <NoPublishedContest />;
  return <RulesView contest={contest} />;
}
