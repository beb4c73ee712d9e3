// The bank list's filters: a plain GET form (works without JavaScript, links can be shared).
import { DIFFICULTY_LABEL, STATUS_LABEL } from "@/lib/questions/format";
import type { QuestionFilter } from "@/lib/questions/schema";

const select = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

export function QuestionFilters({ contestId, filter, documents }: { contestId: string; filter: QuestionFilter; documents: { id: string; code: string }[] }) {
  return (
    <form method="get" action="/quan-tri/cau-hoi" role="search" aria-label="Tìm câu hỏi" className="grid gap-3 rounded-lg bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-5">
      <input type="hidden" name="cuocThi" value={contestId} />
      <div className="sm:col-span-2">
        <label htmlFor="f-q" className="mb-1 block text-sm font-medium">Tìm trong nội dung</label>
        <input id="f-q" name="q" type="search" defaultValue={filter.q} placeholder="có dấu hoặc không dấu" className={select} />
      </div>
      <div>
        <label htmlFor="f-doc" className="mb-1 block text-sm font-medium">Tài liệu nguồn</label>
        <select id="f-doc" name="taiLieu" defaultValue={filter.document} className={select}>
          <option value="">Tất cả</option>
          <option value="none">Chưa gắn tài liệu</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>{d.code}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-status" className="mb-1 block text-sm font-medium">Trạng thái</label>
        <select id="f-status" name="trangThai" defaultValue={filter.status} className={select}>
          <option value="">Tất cả</option>
          {Object.entries(STATUS_LABEL).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-diff" className="mb-1 block text-sm font-medium">Độ khó</label>
        <select id="f-diff" name="doKho" defaultValue={filter.difficulty} className={select}>
          <option value="">Tất cả</option>
          {Object.entries(DIFFICULTY_LABEL).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">Lọc</button>
        <a href={`/quan-tri/cau-hoi?cuocThi=${contestId}`} className="min-h-10 px-2 py-2 text-sm text-brand-700 underline">Xóa bộ lọc</a>
      </div>
    </form>
  );
}
