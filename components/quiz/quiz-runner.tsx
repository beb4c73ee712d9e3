"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { formatPrediction } from "@/lib/attempts/prediction-input";
import type { RunnerPayload } from "@/lib/attempts/runner-payload";
import { isPredictionToSend, predictionFieldState } from "./prediction-state";
import { PredictionStep } from "./prediction-step";
import { submitAttempt } from "./quiz-api";
import { QuestionCard } from "./question-card";
import { QuestionNavigator } from "./question-navigator";
import { SubmitConfirm } from "./submit-confirm";
import { answerKey, PREDICTION_KEY, useAnswerQueue, type QueueEntry } from "./use-answer-queue";
import { formatClock, timeAnnouncement, useServerCountdown } from "./use-server-countdown";

const OFFLINE_NOTICE = "Mất kết nối — các lựa chọn sẽ được gửi khi có mạng trở lại";
const SUBMIT_NETWORK_ERROR = "Chưa gửi được bài do mất kết nối. Hệ thống sẽ tự gửi lại; vui lòng giữ trang này mở.";
const SUBMIT_BUSY_ERROR = "Hệ thống đang bận nên chưa nhận được bài. Hệ thống sẽ tự gửi lại; vui lòng giữ trang này mở.";
const SUBMIT_RETRY_MS = 4_000;
const SUBMIT_RETRY_MAX_MS = 30_000;
/** A hung save must not hold the submit past the grace period. */
const FLUSH_WAIT_MS = 3_000;

/** The attempt, one question at a time (phone first). Props: exactly the RunnerPayload, no key. */
export function QuizRunner(props: RunnerPayload) {
  const { attemptId, questions } = props;
  const router = useRouter();
  const total = questions.length;
  const [step, setStep] = useState(0);
  const [chosen, setChosen] = useState<(number | null)[]>(() => questions.map((q) => q.chosen));
  const [predictionText, setPredictionText] = useState(props.prediction === null ? "" : formatPrediction(props.prediction));
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const submittingRef = useRef(false);
  const autoSubmitted = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const submitFailures = useRef(0);

  const onRestore = useCallback(
    (entries: QueueEntry[]) => {
      setChosen((prev) => {
        const next = [...prev];
        for (const e of entries) {
          if (e.kind !== "answer") continue;
          const i = questions.findIndex((q) => q.position === e.position);
          if (i >= 0) next[i] = e.display;
        }
        return next;
      });
      const p = entries.find((e) => e.kind === "prediction");
      if (p && p.kind === "prediction") setPredictionText(formatPrediction(p.value));
    },
    [questions],
  );
  const queue = useAnswerQueue(attemptId, onRestore, props.prediction);
  const prediction = predictionFieldState(predictionText, queue.savedPrediction, queue.sentPrediction, queue.statuses[PREDICTION_KEY]);
  // The submit reads the field as it is at that moment, not as it was when `submit` was created.
  const commitPredictionRef = useRef<() => void>(() => {});
  const { flush, clearStorage } = queue;
  const submitRef = useRef<(source: "PARTICIPANT" | "AUTO") => Promise<void>>(async () => {});
  const left = useServerCountdown(props.deadline, props.serverNow);
  const timeUp = left <= 0;
  const locked = submitting || timeUp;

  const submit = useCallback(
    async (source: "PARTICIPANT" | "AUTO") => {
      if (submittingRef.current) return;
      submittingRef.current = true;
      if (retryTimer.current) clearTimeout(retryTimer.current);
      setSubmitting(true);
      setSubmitError(null);
      // A valid prediction typed but not yet saved is saved first; an invalid one is not sent.
      commitPredictionRef.current();
      // Choices still in the outbox go first, so the submit grades them (but do not wait forever).
      await Promise.race([flush(), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]);
      const retryLater = (message: string) => {
        submittingRef.current = false;
        setSubmitting(false);
        setSubmitError(message);
        // Backoff, so thousands of pages do not hammer a server that is coming back.
        const delay = Math.min(SUBMIT_RETRY_MAX_MS, SUBMIT_RETRY_MS * 2 ** submitFailures.current);
        submitFailures.current += 1;
        retryTimer.current = setTimeout(() => void submitRef.current(source), delay);
      };
      let result: Awaited<ReturnType<typeof submitAttempt>>;
      try {
        result = await submitAttempt(attemptId, source);
      } catch {
        retryLater(SUBMIT_NETWORK_ERROR);
        return;
      }
      if (!result.ok && "retryable" in result && result.retryable) {
        // The server was busy and decided nothing: send it again by itself.
        retryLater(SUBMIT_BUSY_ERROR);
        return;
      }
      if (result.ok) {
        clearStorage();
        router.replace(`/thi/${attemptId}/ket-qua`);
        return;
      }
      submittingRef.current = false;
      setSubmitting(false);
      setConfirmOpen(false);
      setSubmitError(result.error);
    },
    [attemptId, flush, clearStorage, router],
  );

  useEffect(() => {
    submitRef.current = submit;
  }, [submit]);

  // At zero the page submits by itself (the server still decides what is on time).
  useEffect(() => {
    if (timeUp && !autoSubmitted.current) {
      autoSubmitted.current = true;
      void submit("AUTO");
    }
  }, [timeUp, submit]);

  useEffect(
    () => () => {
      if (retryTimer.current) clearTimeout(retryTimer.current);
    },
    [],
  );

  function choose(index: number, display: number) {
    if (locked) return;
    setChosen((prev) => prev.map((c, i) => (i === index ? display : c)));
    const q = questions[index];
    queue.enqueueAnswer(q.position, display, q.options[display].token);
  }

  /** Sends the field's value only when it is complete, valid, and not already held by the server. */
  function commitPrediction() {
    if (locked && !submittingRef.current) return;
    if (isPredictionToSend(prediction)) queue.enqueuePrediction(prediction.value);
  }
  useEffect(() => {
    commitPredictionRef.current = commitPrediction;
  });

  const unanswered = chosen.flatMap((c, i) => (c === null ? [i + 1] : []));
  const predictionAnswered = prediction.kind === "valid" || prediction.saved !== null;
  const current = questions[step];

  return (
    <div className="space-y-4 pb-8">
      <div className="sticky top-0 z-30 -mx-4 flex items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
        <div>
          <p className="text-sm text-slate-600">{props.roundName}</p>
          <p className="font-semibold text-brand-800">{step < total ? `Câu ${step + 1}/${total}` : "Câu hỏi dự đoán"}</p>
        </div>
        <div
          role="timer"
          className={`rounded-lg px-3 py-1 text-xl font-bold tabular-nums ${left <= 60_000 ? "bg-red-100 text-red-800" : "bg-brand-50 text-brand-800"}`}
        >
          <span className="sr-only">Thời gian còn lại: </span>
          {formatClock(left)}
        </div>
      </div>
      <div aria-live="assertive" className="sr-only">
        {timeAnnouncement(left)}
      </div>

      {queue.offline ? (
        <Alert tone="warning" role="status" className="p-3 text-base">
          {OFFLINE_NOTICE}
        </Alert>
      ) : null}
      <Alert tone="error" className="p-3 text-base">
        {queue.refusal}
      </Alert>

      {current ? (
        <QuestionCard
          key={current.position}
          question={current}
          number={step + 1}
          total={total}
          chosen={chosen[step]}
          status={queue.statuses[answerKey(current.position)]}
          disabled={locked}
          onChoose={(display) => choose(step, display)}
        />
      ) : (
        <PredictionStep
          question={props.predictionQuestion}
          text={predictionText}
          state={prediction}
          disabled={locked}
          onChange={setPredictionText}
          onCommit={commitPrediction}
        />
      )}

      <div className="flex gap-3">
        <button
          type="button"
          onClick={() => setStep((s) => Math.max(0, s - 1))}
          disabled={step === 0}
          className="flex-1 rounded-lg border border-brand-700 px-4 py-3 font-semibold text-brand-700 disabled:opacity-40"
        >
          Câu trước
        </button>
        <button
          type="button"
          onClick={() => setStep((s) => Math.min(total, s + 1))}
          disabled={step === total}
          className="flex-1 rounded-lg bg-brand-700 px-4 py-3 font-semibold text-white disabled:opacity-40"
        >
          {step === total - 1 ? "Câu dự đoán" : "Câu tiếp"}
        </button>
      </div>

      <QuestionNavigator answered={chosen.map((c) => c !== null)} current={step} predictionAnswered={predictionAnswered} onGo={setStep} />

      {submitError ? (
        <Alert tone="error" className="p-3 text-base">
          <p>{submitError}</p>
          <Link href={`/thi/${attemptId}/ket-qua`} className="mt-1 inline-block font-semibold underline">
            Xem kết quả bài thi
          </Link>
        </Alert>
      ) : null}

      <button
        type="button"
        onClick={() => setConfirmOpen(true)}
        disabled={locked}
        className="w-full rounded-lg bg-accent-500 px-4 py-3 text-lg font-semibold text-white disabled:opacity-60"
      >
        {submitting ? "Đang nộp bài…" : "Nộp bài"}
      </button>

      {confirmOpen && !timeUp ? (
        <SubmitConfirm
          unanswered={unanswered}
          prediction={prediction}
          busy={submitting}
          onConfirm={() => void submit("PARTICIPANT")}
          onCancel={() => setConfirmOpen(false)}
        />
      ) : null}
    </div>
  );
}
