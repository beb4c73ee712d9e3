// The inputs a computation was made with (DOMAIN.md "The winners route handler": reproducible and
// auditable): kind, when and by whom, rule version, true value, counts, fingerprint.
import { Badge } from "@/components/ui/badge";
import { formatVnDateTime } from "@/lib/time";
import type { ComputationSummary as Summary } from "@/lib/winners/queries";

const ORDER_LABEL = {
  CORRECT_PREDICTION_DURATION: "Số câu đúng → độ lệch dự đoán → thời gian làm bài → thời điểm nộp → thời điểm đăng ký",
  CORRECT_DURATION_PREDICTION: "Số câu đúng → thời gian làm bài → độ lệch dự đoán → thời điểm nộp → thời điểm đăng ký",
} as const;

export function ComputationSummary({ computation }: { computation: Summary }) {
  const items: [string, React.ReactNode][] = [
    ["Loại kết quả", computation.kind === "FINAL" ? <Badge tone="good">Chính thức</Badge> : <Badge tone="warn">Tạm thời (đợt thi chưa kết thúc)</Badge>],
    ["Tính lúc", `${formatVnDateTime(computation.computedAt)} bởi ${computation.computedBy}`],
    ["Giá trị đúng của câu dự đoán", computation.trueValue.toLocaleString("vi-VN")],
    ["Số người dự thi / số lượt nộp bài", `${computation.participantCount.toLocaleString("vi-VN")} / ${computation.attemptCount.toLocaleString("vi-VN")}`],
    ["Thứ tự xếp hạng", ORDER_LABEL[computation.rankingOrder]],
    ["Phiên bản quy tắc / cấu hình", `${computation.rulesetVersion} / ${computation.settingsVersion}`],
    ["Mã kiểm tra (SHA-256)", <code key="h" className="break-all text-xs">{computation.inputHash}</code>],
  ];
  return (
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
  );
}
