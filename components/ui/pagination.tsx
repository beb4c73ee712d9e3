// Previous/next page links that keep the other query parameters. Domain-free.
import Link from "next/link";

export interface PaginationProps {
  pathname: string;
  params: Record<string, string>;
  /** The query parameter holding the page number. */
  pageParam: string;
  page: number;
  pageCount: number;
  total: number;
  unit?: string;
}

function pageHref(pathname: string, params: Record<string, string>, pageParam: string, page: number): string {
  const q = new URLSearchParams(Object.entries(params).filter(([k, v]) => v !== "" && k !== pageParam));
  if (page > 1) q.set(pageParam, String(page));
  const s = q.toString();
  return s ? `${pathname}?${s}` : pathname;
}

export function Pagination({ pathname, params, pageParam, page, pageCount, total, unit = "mục" }: PaginationProps) {
  const link = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-brand-700 hover:bg-brand-50";
  const off = "rounded-md border border-slate-200 px-3 py-2 text-sm text-slate-400";
  return (
    <nav aria-label="Phân trang" className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm text-slate-700">
      <p>
        Tổng số: <strong>{total.toLocaleString("vi-VN")}</strong> {unit} · Trang {page}/{pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={pageHref(pathname, params, pageParam, page - 1)} rel="prev">
            ← Trang trước
          </Link>
        ) : (
          <span className={off} aria-disabled="true">
            ← Trang trước
          </span>
        )}
        {page < pageCount ? (
          <Link className={link} href={pageHref(pathname, params, pageParam, page + 1)} rel="next">
            Trang sau →
          </Link>
        ) : (
          <span className={off} aria-disabled="true">
            Trang sau →
          </span>
        )}
      </div>
    </nav>
  );
}
