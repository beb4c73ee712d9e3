// One question version's analysis: indices, flags, how often each option was chosen, and a link to
// edit the question. Numbers go through the same column formats as the downloaded table.
import Link from "next/link";
import { ITEM_FLAG_LABEL, optionLabel } from "@/lib/statistics/item-analysis";
import { ITEM_COLUMNS } from "@/lib/statistics/item-columns";
import type { ItemAnalysisRow } from "@/lib/statistics/item-queries";
import { questionEditorHref } from "@/lib/statistics/links";
import { ratio } from "@/lib/statistics/shape";
import { displayCell, type StatColumn } from "@/lib/statistics/table-model";

const SHARE: StatColumn = { key: "share", label: "Tỉ lệ (%)", kind: "percent" };
const COUNT: StatColumn = { key: "count", label: "Số lượt chọn", kind: "int" };

export function ItemCard({ item, rank }: { item: ItemAnalysisRow; rank: number }) {
  const headingId = `cau-${item.versionId}`;
  const unusedLabels = item.unusedDistractors.map(optionLabel).join(", ");
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-xl bg-white p-4 shadow-sm" data-version-id={item.versionId}>
      <h3 id={headingId} className="font-semibold text-slate-900">
        <span className="text-brand-700">{rank}.</span> {item.text}
      </h3>
      <p className="text-sm text-slate-600">
        Phiên bản {item.version}
        {item.documentCode ? ` · Tài liệu ${item.documentCode}` : ""}
        {item.questionArchived ? " · Đã lưu trữ" : ""} ·{" "}
        <Link className="font-medium text-brand-700 underline" href={questionEditorHref(item.questionId)}>
          Sửa câu hỏi
        </Link>
      </p>
      {item.flags.length > 0 ? (
        <ul aria-label="Cảnh báo" className="flex flex-wrap gap-2">
          {item.flags.map((f) => (
            <li key={f} className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
              {ITEM_FLAG_LABEL[f]}
              {f === "UNUSED_DISTRACTOR" ? ` (${unusedLabels})` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        {[ITEM_COLUMNS.n, ITEM_COLUMNS.facility, ITEM_COLUMNS.discrimination, ITEM_COLUMNS.efficiency].map((c) => (
          <div key={c.key} className="rounded-lg bg-slate-50 p-2">
            <dt className="text-xs text-slate-600">{c.label}</dt>
            <dd className="font-semibold tabular-nums" data-key={c.key}>
              {displayCell(item[c.key as "n" | "facility" | "discrimination" | "efficiency"], c)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Số lượt chọn từng phương án</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-2 py-1">
                Phương án
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {COUNT.label}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {SHARE.label}
              </th>
            </tr>
          </thead>
          <tbody>
            {item.options.map((text, i) => (
              <tr key={i} className={`border-b border-slate-100 ${i === item.correctIndex ? "bg-green-50" : ""}`} data-option={optionLabel(i)}>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  <strong>{optionLabel(i)}.</strong> {text}
                  {i === item.correctIndex ? <span className="ml-1 text-xs font-semibold text-green-800">(đáp án đúng)</span> : null}
                </th>
                <td className="px-2 py-1 text-right tabular-nums">{displayCell(item.optionCounts[i] ?? 0, COUNT)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{displayCell(ratio(item.optionCounts[i] ?? 0, item.n), SHARE)}</td>
              </tr>
            ))}
            <tr data-option="unanswered">
              <th scope="row" className="px-2 py-1 text-left font-normal italic">
                Bỏ trống
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{displayCell(item.unanswered, COUNT)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{displayCell(ratio(item.unanswered, item.n), SHARE)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </article>
  );
}
