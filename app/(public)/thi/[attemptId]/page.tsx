import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { getAttemptPageData } from "@/lib/attempts/attempt-page";
import { currentParticipant } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Bài thi", robots: { index: false } };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const participant = await currentParticipant();
  if (!participant) redirect(`/dang-nhap?next=${encodeURIComponent(`/thi/${attemptId}`)}`);
  const data = await getAttemptPageData(attemptId, participant.id);
  if (data.kind === "not-found") notFound();
  if (data.kind === "closed") redirect(`/thi/${attemptId}/ket-qua`);
  // Only the payload (no answer key) crosses to the browser.
  return <QuizRunner {...data.payload} />;
}
