// The bank list's filters: a plain GET form (works without JavaScript, links can be shared).
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { DIFFICULTY_LABEL, STATUS_LABEL } from "@/lib/questions/format";
import type { QuestionFilter } from "@/lib/questions/schema";

const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function QuestionFilters({ contestId, filter, documents }: { contestId: string; filter: QuestionFilter; documents: { id: string; code: string }[] }) {
  return (
    <form
      method="get"
      action="/quan-tri/cau-hoi"
      role="search"
      aria-label="Tìm câu hỏi"
      className="grid gap-3 rounded-lg bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-5"
    >
      <input type="hidden" name="cuocThi" value={contestId} />
      <TextField
        id="f-q"
        name="q"
        type="search"
        label="Tìm trong nội dung"
        defaultValue={filter.q}
        placeholder="có dấu hoặc không dấu"
        className="sm:col-span-2"
      />
      <SelectField
        id="f-doc"
        name="taiLieu"
        label="Tài liệu nguồn"
        defaultValue={filter.document}
        placeholder="Tất cả"
        options={[{ value: "none", label: "Chưa gắn tài liệu" }, ...documents.map((d) => ({ value: d.id, label: d.code }))]}
      />
      <SelectField id="f-status" name="trangThai" label="Trạng thái" defaultValue={filter.status} placeholder="Tất cả" options={optionsOf(STATUS_LABEL)} />
      <SelectField id="f-diff" name="doKho" label="Độ khó" defaultValue={filter.difficulty} placeholder="Tất cả" options={optionsOf(DIFFICULTY_LABEL)} />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit">Lọc</Button>
        <a href={`/quan-tri/cau-hoi?cuocThi=${contestId}`} className="min-h-10 px-2 py-2 text-sm text-brand-700 underline">
          Xóa bộ lọc
        </a>
      </div>
    </form>
  );
}
