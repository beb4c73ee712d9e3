// The "Mở" / "Tải về" action of a study document with an uploaded file, and its "PDF · 1,2 MB".
// A PDF or an image opens in the phone's browser; a DOCX can only be saved. The tap target is
// 48 px high (WCAG 2.5.5), full width on a phone.
import type { DocumentFile } from "@/lib/contests/types";
import { FILE_TYPES, formatFileSize, kindOfContentType } from "@/lib/storage/file-types";

/** "PDF · 1,2 MB": what the person is about to open, and how much of their data plan it costs. */
export function documentFileSummary(file: DocumentFile): string {
  const kind = kindOfContentType(file.fileType);
  return `${kind ? FILE_TYPES[kind].label : "Tệp"} · ${formatFileSize(file.fileSize)}`;
}

/** The public address of a document's file (app/(public)/tai-lieu/[documentId]/route.ts). */
export function documentFileHref(documentId: string): string {
  return `/tai-lieu/${encodeURIComponent(documentId)}`;
}

export function DocumentFileLink({ documentId, code, file }: { documentId: string; code: string; file: DocumentFile }) {
  const kind = kindOfContentType(file.fileType);
  const opens = kind !== null && FILE_TYPES[kind].disposition === "inline";
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
      <a
        href={documentFileHref(documentId)}
        {...(opens ? { target: "_blank", rel: "noopener" } : { download: file.fileName })}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-5 text-base font-semibold text-white hover:bg-brand-800 sm:w-auto"
      >
        {opens ? "Mở" : "Tải về"}
        <span className="sr-only">
          &nbsp;{code} ({documentFileSummary(file)})
        </span>
      </a>
      <span className="text-sm text-slate-600" aria-hidden="true">
        {documentFileSummary(file)}
      </span>
    </div>
  );
}
