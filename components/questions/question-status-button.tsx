"use client";
// Archive (no longer drawn for attempts) or restore a question. Audited on the server.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setQuestionStatusAction } from "@/lib/questions/actions";
import type { QuestionStatusValue } from "@/lib/questions/format";

export function QuestionStatusButton({ id, status }: { id: string; status: QuestionStatusValue }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const next = status === "ACTIVE" ? "ARCHIVED" : "ACTIVE";
  return (
    <div className="space-y-2">
      <Button
        variant={next === "ARCHIVED" ? "danger" : "secondary"}
        disabled={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await setQuestionStatusAction({ id, status: next });
            if (!result.ok) setError(result.error);
            else router.refresh();
          })
        }
      >
        {next === "ARCHIVED" ? "Lưu trữ câu hỏi" : "Khôi phục câu hỏi"}
      </Button>
      <Alert tone="error">{error}</Alert>
    </div>
  );
}
