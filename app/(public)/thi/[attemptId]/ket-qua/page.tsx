import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AttemptResult } from "@/components/quiz/attempt-result";
import { getAttemptResult } from "@/lib/attempts/result";
import { currentParticipant } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kết quả bài thi", robots: { index: false } };

export default async function AttemptResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const participant = await currentParticipant();
  if (!participant) redirect(`/dang-nhap?next=${encodeURIComponent(`/thi/${attemptId}/ket-qua`)}`);
  const data = await getAttemptResult(attemptId, participant.id);
  if (data.kind === "not-found") notFound();
  if (data.kind === "in-progress") redirect(`/thi/${attemptId}`);
  return <AttemptResult view={data.view} />;
}
