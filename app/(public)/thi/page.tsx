import type { Metadata } from "next";
import { StartPanel } from "@/components/quiz/start-panel";
import { getStartOverview } from "@/lib/attempts/overview";
import { currentParticipant } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Vào thi" };

export default async function StartPage() {
  const participant = await currentParticipant();
  const overview = await getStartOverview(participant);
  return <StartPanel overview={overview} />;
}
