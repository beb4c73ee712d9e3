// The inputs a computation was made with (docs/DOMAIN.md "The winners route handler": reproducible and
// auditable): kind, when and by whom, rule version, true value and its source, counts, prize tiers,
// minimum score, exclusions, fingerprint; a warning when the data changed since; "Kiểm tra lại".
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PREDICTION_TRUTH_LABEL } from "@/lib/ranking/prediction-truth";
import { RANKING_ORDER_LABEL } from "@/lib/ranking/ranking-order";
import { formatVnDateTime } from "@/lib/time";
import { COMPUTATION_KIND_LABEL } from "@/lib/ranking/computation-kind";
import type { StoredInputs, ComputationSummary as Summary } from "@/lib/winners/queries";
import { VerifyComputation } from "./verify-computation";

const count = (n: number) => n.toLocaleString("vi-VN");

function trueValueSource(inputs: StoredInputs): string {
  const counted = PREDICTION_TRUTH_LABEL[inputs.predictionTruth].toLowerCase();
  return inputs.trueValueSource === "override"
    ? `điều chỉnh bởi Ban Giám khảo (hệ thống đếm ${count(inputs.trueValueCounted)} theo ${counted}${inputs.trueValueOverrideReason ? `; lý do: ${inputs.trueValueOverrideReason}` : ""})`
    : `hệ thống đếm: ${counted}`;
}

/** What the ranking and the prize walk read, in words (stored with the computation since ranking-rules-v2). */
function inputItems(inputs: StoredInputs | "unreadable" | null): [string, React.ReactNode][] {
  if (inputs === null) return [["Dữ liệu đầu vào", "Không lưu (lần tính trước khi hệ thống lưu dữ liệu đầu vào)"]];
  if (inputs === "unreadable")
    return [
      [
        "Dữ liệu đầu vào",
        <span key="u" className="text-red-700">
          Không đọc được (không đúng định dạng)
        </span>,
      ],
    ];
  return [
    ["Nguồn giá trị đúng", trueValueSource(inputs)],
    ["Cơ cấu giải", inputs.prizeTiers.map((t) => `${t.count} ${t.name}${t.amount !== undefined ? ` (${count(t.amount)} đồng)` : ""}`).join(", ")],
    ["Điểm tối thiểu để xét giải", inputs.minScoreForPrize === null ? "Không đặt" : `${inputs.minScoreForPrize} câu đúng`],
    [
      "Loại trừ khi xét giải",
      `${count(inputs.disqualifiedIds.length)} thí sinh bị loại · ${count(inputs.organiserMemberIds.length)} thành viên Ban Tổ chức trong phần bảng xếp hạng đã xét · ` +
        (inputs.excludeEarlierWinners ? `${count(inputs.earlierWinnerIds.length)} người đã đoạt giải đợt trước` : "không loại người đã đoạt giải đợt trước"),
    ],
  ];
}

export function ComputationSummary({ computation }: { computation: Summary }) {
  const inputs = computation.inputs;
  const items: [string, React.ReactNode][] = [
    [
      "Loại kết quả",
      computation.kind === "FINAL" ? (
        <Badge tone="good">{COMPUTATION_KIND_LABEL.FINAL}</Badge>
      ) : (
        <Badge tone="warn">{COMPUTATION_KIND_LABEL.PROVISIONAL} (đợt thi chưa kết thúc)</Badge>
      ),
    ],
    ["Tính lúc", `${formatVnDateTime(computation.computedAt)} bởi ${computation.computedBy}`],
    ["Giá trị đúng của câu dự đoán", computation.trueValue.toLocaleString("vi-VN")],
    ["Số người dự thi / số lượt nộp bài", `${computation.participantCount.toLocaleString("vi-VN")} / ${computation.attemptCount.toLocaleString("vi-VN")}`],
    ["Thứ tự xếp hạng", RANKING_ORDER_LABEL[computation.rankingOrder]],
    ...inputItems(inputs),
    ["Phiên bản quy tắc / cấu hình", `${computation.rulesetVersion} / ${computation.settingsVersion}`],
    [
      "Mã kiểm tra (SHA-256)",
      <span key="h">
        <code className="break-all text-xs">{computation.inputHash}</code>
        <span className="block text-xs text-slate-600">
          Dấu vân tay của mọi dữ liệu đầu vào ở trên, của từng dòng xếp hạng (số câu đúng, dự đoán, thời gian, thời điểm nộp và đăng ký) và của danh sách giải:
          cùng dữ liệu luôn cho cùng mã.
        </span>
      </span>,
    ],
  ];
  const tierNames = inputs && inputs !== "unreadable" ? Object.fromEntries(inputs.prizeTiers.map((t) => [t.code, t.name])) : {};
  return (
    <div className="space-y-3">
      {/* Stale as lib/regrade defines it: a regrade applied after this computation was made. */}
      {computation.staleAt && computation.staleAt.getTime() > computation.computedAt.getTime() ? (
        <Alert tone="warning" title="Dữ liệu đã thay đổi sau lần tính này">
          {formatVnDateTime(computation.staleAt)}
          {computation.staleReason ? `: ${computation.staleReason}` : ""}. Cần tính lại trước khi phê duyệt.
        </Alert>
      ) : null}
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        {items.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="min-w-0">{value}</dd>
          </div>
        ))}
        {computation.forced ? (
          <div className="contents">
            <dt className="font-medium text-amber-800">Buộc tính ngoài tháng xét giải</dt>
            <dd>{computation.forceReason}</dd>
          </div>
        ) : null}
      </dl>
      <VerifyComputation computationId={computation.id} tierNames={tierNames} />
    </div>
  );
}
