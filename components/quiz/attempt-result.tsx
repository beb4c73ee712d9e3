import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatPrediction } from "@/lib/attempts/prediction-input";
import type { AttemptResultView, RegradeNote, ReviewItem } from "@/lib/attempts/result";
import { REGRADE_MODE_PARTICIPANT_TEXT } from "@/lib/regrade/enums";
import { formatDuration, formatVnDate, formatVnDateTime } from "@/lib/time";

const SOURCE_NOTE = {
  PARTICIPANT: null,
  AUTO: "Bài thi được tự động nộp khi hết giờ.",
  LAZY_CLOSE: "Bài thi không được nộp trước khi hết giờ; hệ thống đã đóng bài và chấm với các câu trả lời đã lưu trước khi hết giờ.",
} as const;

const list = (numbers: number[]) => numbers.map((n) => `câu ${n}`).join(", ");

function regradeLine(note: RegradeNote): string {
  // The question's number only when review is allowed: with the person's own choices it would
  // tell them the key (getAttemptResult leaves `number` null otherwise).
  const subject = note.number === null ? "Một câu hỏi" : `Câu ${note.number}`;
  return `${subject} ${REGRADE_MODE_PARTICIPANT_TEXT[note.mode]}. Lý do: ${note.reason}`;
}

function RegradeNotice({ regrade }: { regrade: NonNullable<AttemptResultView["regrade"]> }) {
  const when = regrade.regradedAt ? ` ngày ${formatVnDate(regrade.regradedAt)}` : "";
  return (
    <Alert tone="warning" role="note" className="mt-3 p-3 text-base">
      <p className="font-semibold">
        Điểm của bài thi đã được chấm lại{when}
        {regrade.notes.length > 0 ? ":" : "."}
      </p>
      {regrade.notes.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {regrade.notes.map((n, i) => (
            <li key={i}>{regradeLine(n)}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

/**
 * The result of one attempt. Per-question results (missed questions, key, explanations) appear only
 * when the round's answer-review setting allows it: `getAttemptResult` leaves them null otherwise.
 */
export function AttemptResult({ view }: { view: AttemptResultView }) {
  const isCounted = view.counted?.attemptId === view.attemptId;
  const canTryAgain = view.attemptsUsed < view.attemptsAllowed;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">Kết quả bài thi</h1>
        <p className="mt-1 text-sm text-slate-600">
          {view.roundName} · lượt thi thứ {view.number}
        </p>
      </div>

      <section aria-labelledby="score" className="rounded-xl bg-white p-4 shadow-sm sm:p-6">
        <h2 id="score" className="sr-only">
          Điểm
        </h2>
        <p className="text-3xl font-bold text-brand-800">
          {view.correctCount}/{view.questionCount} <span className="text-lg font-semibold">câu trả lời đúng</span>
        </p>
        {view.droppedCount > 0 ? (
          <p className="mt-1 text-sm text-slate-700">Không tính {view.droppedCount} câu hỏi đã bị loại khỏi bài thi khi chấm lại.</p>
        ) : null}
        <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-slate-800 sm:grid-cols-2">
          <div>
            <dt className="inline font-medium">Thời gian làm bài: </dt>
            <dd className="inline">{formatDuration(view.durationMs)}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Thời điểm nộp: </dt>
            <dd className="inline">{formatVnDateTime(view.submittedAt)}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Câu trả lời dự đoán: </dt>
            <dd className="inline">{view.prediction === null ? "không trả lời" : formatPrediction(view.prediction)}</dd>
          </div>
        </dl>
        {SOURCE_NOTE[view.submitSource] ? <p className="mt-3 text-sm text-slate-700">{SOURCE_NOTE[view.submitSource]}</p> : null}
        {view.graceUsedMs ? (
          <p className="mt-1 text-sm text-slate-700">
            Bài được nhận trong thời gian gia hạn cho mạng chậm ({formatDuration(view.graceUsedMs)} sau khi hết giờ).
          </p>
        ) : null}
        {view.counted ? (
          <p className={`mt-3 rounded-lg p-3 ${isCounted ? "bg-green-50 text-green-900" : "bg-slate-50 text-slate-800"}`}>
            {isCounted ? (
              "Đây là lượt thi được tính để xếp hạng của bạn (lượt có nhiều câu đúng nhất; nếu bằng nhau, lượt nộp sớm nhất)."
            ) : (
              <>
                Lượt thi được tính để xếp hạng của bạn là{" "}
                <Link href={`/thi/${view.counted.attemptId}/ket-qua`} className="font-semibold underline">
                  lượt {view.counted.number}
                </Link>{" "}
                ({view.counted.correctCount} câu đúng).
              </>
            )}
          </p>
        ) : null}
        {view.regrade ? <RegradeNotice regrade={view.regrade} /> : null}
      </section>

      {view.review && view.wrongNumbers && view.unansweredNumbers ? (
        <ReviewSections review={view.review} wrong={view.wrongNumbers} unanswered={view.unansweredNumbers} />
      ) : (
        <section aria-labelledby="review" className="rounded-xl bg-white p-4 shadow-sm sm:p-6">
          <h2 id="review" className="text-lg font-bold">
            Đáp án và giải thích
          </h2>
          <p className="mt-2 text-slate-700">
            {view.answerReview === "NEVER"
              ? "Ban Tổ chức không công bố đáp án của đợt thi này, nên kết quả chỉ gồm số câu trả lời đúng, không cho biết từng câu đúng hay sai."
              : `Kết quả từng câu, đáp án và giải thích sẽ được công bố sau khi đợt thi kết thúc (${formatVnDateTime(view.roundClosesAt)}). Trong khi đợt thi đang diễn ra, kết quả chỉ gồm số câu trả lời đúng, để đáp án không bị lộ.`}
          </p>
        </section>
      )}

      <div className="flex flex-wrap gap-3">
        <Link href="/thi" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white">
          {canTryAgain ? "Thi lượt tiếp theo" : "Về trang vào thi"}
        </Link>
        <Link href="/ca-nhan" className="rounded-lg border border-brand-700 px-5 py-3 font-semibold text-brand-700">
          Trang cá nhân
        </Link>
      </div>
    </div>
  );
}

/** Missed questions, then each question with its key and explanation (review allowed). */
function ReviewSections({ review, wrong, unanswered }: { review: ReviewItem[]; wrong: number[]; unanswered: number[] }) {
  return (
    <>
      <section aria-labelledby="missed" className="rounded-xl bg-white p-4 shadow-sm sm:p-6">
        <h2 id="missed" className="text-lg font-bold">
          Các câu chưa đúng
        </h2>
        {wrong.length === 0 && unanswered.length === 0 ? (
          <p className="mt-2">Bạn đã trả lời đúng tất cả các câu hỏi.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {wrong.length > 0 ? <li>Trả lời sai: {list(wrong)}.</li> : null}
            {unanswered.length > 0 ? <li>Chưa trả lời: {list(unanswered)}.</li> : null}
          </ul>
        )}
      </section>

      <section aria-labelledby="review" className="rounded-xl bg-white p-4 shadow-sm sm:p-6">
        <h2 id="review" className="text-lg font-bold">
          Đáp án và giải thích
        </h2>
        <ol className="mt-3 space-y-4">
          {review.map((item) => (
            <ReviewEntry key={item.number} item={item} />
          ))}
        </ol>
      </section>
    </>
  );
}

function ReviewEntry({ item }: { item: ReviewItem }) {
  return (
    <li className="border-t border-slate-100 pt-3">
      <p className="font-medium">
        Câu {item.number}: {item.text}{" "}
        {item.isCorrect === null ? (
          <span className="text-slate-700">(bị loại khỏi bài thi khi chấm lại)</span>
        ) : (
          <span className={item.isCorrect ? "text-green-700" : "text-red-700"}>({item.isCorrect ? "đúng" : "chưa đúng"})</span>
        )}
      </p>
      {item.regradeMode && item.regradeMode !== "DROP" ? (
        <p className="mt-1 text-sm text-amber-900">Câu hỏi này {REGRADE_MODE_PARTICIPANT_TEXT[item.regradeMode]}.</p>
      ) : null}
      <ul className="mt-2 space-y-1">
        {item.options.map((o) => (
          <li key={o.label} className={`rounded p-2 ${o.isCorrect ? "bg-green-50 font-semibold text-green-900" : o.isChosen ? "bg-red-50 text-red-900" : ""}`}>
            {o.label}. {o.text}
            {o.isCorrect ? " — đáp án đúng" : ""}
            {o.isChosen ? " — bạn chọn" : ""}
          </li>
        ))}
      </ul>
      {item.explanation ? <p className="mt-2 text-sm text-slate-700">Giải thích: {item.explanation}</p> : null}
    </li>
  );
}
