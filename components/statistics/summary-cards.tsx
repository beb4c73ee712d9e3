// The round at a glance.
import type { RoundSummary } from "@/lib/statistics/breakdown";
import { mean } from "@/lib/statistics/shape";
import { formatDuration } from "@/lib/time";

export function SummaryCards({ summary }: { summary: RoundSummary }) {
  const fmt = (n: number) => n.toLocaleString("vi-VN");
  const avgScore = mean(summary.scoreSum, summary.attempts);
  const avgDuration = mean(summary.durationSumMs, summary.durationCount);
  const items: [string, string][] = [
    ["Người tham gia (đã nộp bài)", fmt(summary.participants)],
    ["Lượt thi đã nộp", fmt(summary.attempts)],
    ["Lượt đang làm", fmt(summary.inProgress)],
    ["Tài khoản đã đăng ký (cả cuộc thi)", fmt(summary.registered)],
    ["Số câu đúng trung bình", avgScore === null ? "—" : avgScore.toLocaleString("vi-VN", { maximumFractionDigits: 2, minimumFractionDigits: 2 })],
    ["Thời gian làm bài trung bình", avgDuration === null ? "—" : formatDuration(Math.round(avgDuration))],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-xl bg-white p-3 shadow-sm">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="mt-1 text-xl font-bold text-brand-800 tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
