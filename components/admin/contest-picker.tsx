// Chooses the contest a staff page works on (several contests live on one installation). A plain
// GET form, so it works without JavaScript; other query parameters are dropped on purpose.
// The statistics pages name a contest by its slug in the address (`by="slug"`), the others by id.
export function ContestPicker({
  action,
  contests,
  currentId,
  param = "cuocThi",
  by = "id",
  submitLabel = "Chọn",
}: {
  action: string;
  contests: { id: string; slug?: string; name: string; year: number }[];
  /** The chosen contest's id, or its slug when `by` is "slug". */
  currentId: string;
  param?: string;
  by?: "id" | "slug";
  submitLabel?: string;
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 max-w-full">
        <label htmlFor="contest-picker" className="mb-1 block text-sm font-medium text-slate-800">
          Cuộc thi
        </label>
        <select
          id="contest-picker"
          name={param}
          defaultValue={currentId}
          className="block w-full max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        >
          {contests.map((c) => (
            <option key={c.id} value={by === "slug" ? c.slug : c.id}>
              {c.name} ({c.year})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-10 rounded-md border border-brand-700 px-3 py-2 text-sm text-brand-700 hover:bg-brand-50">
        {submitLabel}
      </button>
    </form>
  );
}
