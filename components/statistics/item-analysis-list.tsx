// The item-analysis page body: how to read it, ordering and filter (a GET form), downloads, the
// cards of the current page, paging.
import { ITEM_THRESHOLDS } from "@/lib/statistics/item-analysis";
import { ITEM_SORT_LABEL, ITEM_SORTS, type ItemSort } from "@/lib/statistics/item-list";
import type { ItemAnalysisView } from "@/lib/statistics/item-table";
import { ITEM_ANALYSIS_PATH, statisticsHref } from "@/lib/statistics/links";
import type { RoundContext } from "@/lib/statistics/round-queries";
import { DownloadLinks } from "./download-links";
import { ItemCard } from "./item-card";
import { Pager } from "./pager";

const pct = (v: number) => `${Math.round(v * 100)} %`;

export function ItemAnalysisList({ round, view, sort, flaggedOnly }: { round: RoundContext; view: ItemAnalysisView; sort: ItemSort; flaggedOnly: boolean }) {
  const base = { "cuoc-thi": round.contestSlug, dot: round.number, "sap-xep": sort, loc: flaggedOnly ? "canh-bao" : undefined };
  const extra: Record<string, string> = { "sap-xep": sort, ...(flaggedOnly ? { loc: "canh-bao" } : {}) };
  return (
    <div className="space-y-4">
      <details className="rounded-xl bg-white p-4 text-sm shadow-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Cách đọc các chỉ số (theo định nghĩa của Moodle)</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          <li>
            <strong>Độ dễ</strong>: tỉ lệ lượt trả lời đúng. Trên {pct(ITEM_THRESHOLDS.tooEasyAbove)} là quá dễ, dưới {pct(ITEM_THRESHOLDS.tooHardBelow)} là quá
            khó.
          </li>
          <li>
            <strong>Độ phân biệt</strong>: hệ số tương quan giữa điểm câu này (0/1) và điểm phần còn lại của bài (từ −1 đến 1). Âm: người giỏi lại hay sai câu
            này — cần xem lại đáp án. Dưới {ITEM_THRESHOLDS.weakDiscriminationBelow.toLocaleString("vi-VN")} là phân biệt yếu. Không xác định (—) khi mọi người
            cùng đúng hoặc cùng sai.
          </li>
          <li>
            <strong>Hiệu quả phân biệt</strong>: độ phân biệt so với mức cao nhất có thể có với cùng độ dễ.
          </li>
          <li>
            <strong>Phương án nhiễu không ai chọn</strong>: phương án sai được chọn ở dưới {pct(ITEM_THRESHOLDS.unusedDistractorBelow)} số lượt trả lời.
          </li>
        </ul>
      </details>

      <form method="get" action={ITEM_ANALYSIS_PATH} className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm">
        <input type="hidden" name="cuoc-thi" value={round.contestSlug} />
        <input type="hidden" name="dot" value={round.number} />
        <div>
          <label htmlFor="item-sort" className="block text-sm font-medium text-slate-700">
            Sắp xếp
          </label>
          <select id="item-sort" name="sap-xep" defaultValue={sort} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
            {ITEM_SORTS.map((s) => (
              <option key={s} value={s}>
                {ITEM_SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 py-2">
          <input id="item-flagged" type="checkbox" name="loc" value="canh-bao" defaultChecked={flaggedOnly} className="h-4 w-4" />
          <label htmlFor="item-flagged" className="text-sm">
            Chỉ câu có cảnh báo
          </label>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          Áp dụng
        </button>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700">
          {view.versions.toLocaleString("vi-VN")} phiên bản câu hỏi đã được dùng trong đợt; {view.flagged.toLocaleString("vi-VN")} có cảnh báo.
        </p>
        <DownloadLinks table="phan-tich-cau-hoi" title="Phân tích câu hỏi" roundId={round.id} extra={extra} />
      </div>

      {view.page.rows.length === 0 ? (
        <p className="text-slate-700">Chưa có bài thi nào đã nộp trong đợt này{flaggedOnly ? " có câu bị cảnh báo" : ""}.</p>
      ) : (
        <ol className="space-y-4" aria-label="Các câu hỏi">
          {view.page.rows.map((item, i) => (
            <li key={item.versionId}>
              <ItemCard item={item} rank={view.firstRank + i} />
            </li>
          ))}
        </ol>
      )}
      <Pager
        label="Trang của danh sách câu hỏi"
        page={view.page.page}
        pageCount={view.page.pageCount}
        href={(p) => statisticsHref(ITEM_ANALYSIS_PATH, { ...base, trang: p })}
      />
    </div>
  );
}
