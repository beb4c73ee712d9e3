// A labelled progress bar; value null shows an indeterminate bar. Domain-free.
export function ProgressBar({ label, value }: { label: string; value: number | null }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div>
      <div className="mb-1 flex justify-between text-sm text-slate-700">
        <span>{label}</span>
        {percent !== null ? <span aria-hidden="true">{percent}%</span> : null}
      </div>
      <progress className="h-3 w-full accent-brand-700" aria-label={label} max={100} value={percent ?? undefined} />
    </div>
  );
}
