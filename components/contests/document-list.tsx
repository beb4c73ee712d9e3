// The study documents of a contest, as cards (readable on a 360-px screen, no table to scroll).
import type { PublicDocument } from "@/lib/participants/contest-documents";
import { formatIsoDateVn } from "@/lib/time";

export function DocumentList({ documents }: { documents: PublicDocument[] }) {
  if (documents.length === 0) {
    return <p className="rounded-xl bg-white p-4 text-slate-700">Ban Tổ chức chưa đăng tài liệu tham khảo.</p>;
  }
  return (
    <ol className="space-y-3">
      {documents.map((d, i) => (
        <li key={d.id} className="min-w-0 rounded-xl bg-white p-4 shadow-sm">
          <p className="break-words text-sm font-semibold text-brand-700">
            {i + 1}. {d.code}
          </p>
          <p className="mt-1 break-words text-slate-900">
            {d.url ? (
              <a href={d.url} className="underline" rel="noopener noreferrer" target="_blank">
                {d.title}
              </a>
            ) : (
              d.title
            )}
          </p>
          {d.issuer || d.issuedOn ? (
            <p className="mt-1 break-words text-sm text-slate-600">
              {d.issuer ? <>Cơ quan ban hành: {d.issuer}</> : null}
              {d.issuer && d.issuedOn ? " · " : null}
              {d.issuedOn ? <>Ngày ban hành: {formatIsoDateVn(d.issuedOn)}</> : null}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
