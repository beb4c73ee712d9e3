// The body of the jury review page for one round: state and round-level actions, the latest
// computation's inputs, the true-value override, the ranking page and the disqualification history.
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { ROUND_PHASE_LABEL } from "@/lib/contests/round-phase";
import { isRoundUnderReview, ROUND_STATUS_LABEL } from "@/lib/contests/round-status";
import { PREDICTION_TRUTH_LABEL } from "@/lib/ranking/prediction-truth";
import { formatVnDateTime } from "@/lib/time";
import type { RoundReview } from "@/lib/winners/review";
import { ComputationSummary } from "./computation-summary";
import { DisqualificationHistory } from "./disqualification-history";
import { RankingTable } from "./ranking-table";
import { RoundActions } from "./round-actions";
import { TrueValueForm } from "./true-value-form";

export function RoundReviewPanel({ review, isAdmin, path }: { review: RoundReview; isAdmin: boolean; path: string }) {
  const underReview = isRoundUnderReview(review.round.status);
  return (
    <>
      <section aria-labelledby="dot-thi" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="dot-thi" className="text-lg font-semibold">
          {review.round.contestName} – {review.round.name}
        </h2>
        <p className="text-sm text-slate-700">
          {formatVnDateTime(review.round.opensAt)} – {formatVnDateTime(review.round.closesAt)} · Tháng xét giải {review.round.awardMonth} ·{" "}
          <strong>{ROUND_STATUS_LABEL[review.round.status]}</strong> · {ROUND_PHASE_LABEL[review.round.isClosed ? "closed" : "open"]}
        </p>
        {!review.round.isInAwardMonth && underReview ? (
          <Alert tone="warning">
            Hiện không phải tháng xét giải của đợt này ({review.round.awardMonth}). Lần tính đầu tiên chỉ diễn ra trong tháng xét giải, hoặc khi quản trị viên
            buộc tính kèm lý do. Khi kết quả đã có, mỗi quyết định của Ban Giám khảo (loại/khôi phục thí sinh, điều chỉnh giá trị dự đoán, chấm lại câu hỏi)
            được tính lại ngay, với quyết định làm lý do.
          </Alert>
        ) : null}
        {review.pendingDecision ? (
          <Alert tone="warning">
            Có thay đổi sau lần tính gần nhất: {review.pendingDecision}.{underReview ? " Vui lòng tính lại trước khi phê duyệt." : ""}
          </Alert>
        ) : null}
        <p className="text-sm">
          <Link className="text-brand-700 underline" href={`/quan-tri/giam-khao/cham-lai?dot=${encodeURIComponent(review.round.id)}`}>
            Chấm lại câu hỏi
          </Link>{" "}
          – khi phát hiện đáp án sai hoặc câu hỏi lỗi sau khi đã có lượt thi.
        </p>
        <RoundActions
          roundId={review.round.id}
          status={review.round.status}
          isAdmin={isAdmin}
          isInAwardMonth={review.round.isInAwardMonth}
          awardMonth={review.round.awardMonth}
          canApprove={review.round.isClosed && review.computation?.kind === "FINAL"}
          computationId={review.computation?.id ?? null}
          pendingDecision={review.pendingDecision}
        />
      </section>

      {review.computation ? (
        <section aria-labelledby="lan-tinh" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="lan-tinh" className="mb-3 text-lg font-semibold">
            Lần tính gần nhất
          </h2>
          <ComputationSummary computation={review.computation} />
        </section>
      ) : (
        <Alert tone="info">Chưa tính kết quả cho đợt thi này.</Alert>
      )}

      {underReview ? (
        <section aria-labelledby="gia-tri-dung" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="gia-tri-dung" className="text-lg font-semibold">
            Giá trị đúng của câu hỏi dự đoán
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            “{review.round.predictionQuestion}” – hệ thống đếm {PREDICTION_TRUTH_LABEL[review.round.predictionTruth].toLowerCase()}.
            {review.round.trueValueOverride !== null
              ? ` Đang điều chỉnh thành ${review.round.trueValueOverride} (lý do: ${review.round.trueValueOverrideReason}).`
              : ""}
          </p>
          <TrueValueForm roundId={review.round.id} override={review.round.trueValueOverride} />
        </section>
      ) : null}

      {review.computation ? (
        <section aria-labelledby="xep-hang" className="space-y-2">
          <h2 id="xep-hang" className="text-lg font-semibold">
            Bảng xếp hạng
          </h2>
          <RankingTable
            roundId={review.round.id}
            rows={review.rows}
            tierNames={Object.fromEntries(review.round.prizeTiers.map((t) => [t.code, t.name]))}
            rankingOrder={review.computation.rankingOrder}
            canDecide={underReview}
          />
          <Pagination
            pathname={path}
            params={{ dot: review.round.id }}
            pageParam="trang"
            page={review.page}
            pageCount={review.pageCount}
            total={review.computation.entryCount}
            unit="thí sinh"
          />
        </section>
      ) : null}

      <section aria-labelledby="lich-su-loai" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="lich-su-loai" className="mb-2 text-lg font-semibold">
          Thí sinh bị loại
        </h2>
        <DisqualificationHistory items={review.disqualifications} />
      </section>
    </>
  );
}
