// The study documents of a contest, as cards (readable on a 360-px screen, no table to scroll),
// each with its uploaded file's "Mở" / "Tải về" action when it has one.
import type { PublicDocument } from "@/lib/contests/types";
import { formatIsoDateVn } from "@/lib/time";
import { DocumentFileLink } from "./document-file-link";

/** A document's number and code, then its title (a link when it has one); the staff editor shows it the same way. */
export function DocumentHeading({ document, index }: { document: Pick<PublicDocument, "code" | "title" | "url">; index: number }) {
  return (
    <>
      <p className="break-words text-sm font-semibold text-brand-700">
        {index + 1}. {document.code}
      </p>
      <p className="mt-1 break-words text-slate-900">
        {document.url ? (
          <a href={document.url} className="underline" rel="noopener noreferrer" target="_blank">
            {document.title}
          </a>
        ) : (
          document.title
        )}
      </p>
    </>
  );
}

export function DocumentList({ documents }: { documents: PublicDocument[] }) {
  if (documents.length === 0) {
    return <p className="rounded-xl bg-white p-4 text-slate-700">Ban Tổ chức chưa đăng tài liệu tham khảo.</p>;
  }
  return (
    <ol className="space-y-3">
      {documents.map((d, i) => (
        <li key={d.id} className="min-w-0 rounded-xl bg-white p-4 shadow-sm">
          <DocumentHeading document={d} index={i} />
          {d.issuer || d.issuedOn ? (
            <p className="mt-1 break-words text-sm text-slate-600">
              {d.issuer ? <>Cơ quan ban hành: {d.issuer}</> : null}
              {d.issuer && d.issuedOn ? " · " : null}
              {d.issuedOn ? <>Ngày ban hành: {formatIsoDateVn(d.issuedOn)}</> : null}
            </p>
          ) : null}
          {d.file ? <DocumentFileLink documentId={d.id} code={d.code} file={d.file} /> : null}
        </li>
      ))}
    </ol>
  );
}
