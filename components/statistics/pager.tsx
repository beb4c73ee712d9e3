// Previous / next page links for a long list.
import Link from "next/link";

export function Pager({ label, page, pageCount, href }: { label: string; page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link className={link} href={href(page - 1)}>
          ← Trang trước
        </Link>
      ) : null}
      <span className="text-sm text-slate-700">
        Trang {page}/{pageCount}
      </span>
      {page < pageCount ? (
        <Link className={link} href={href(page + 1)}>
          Trang sau →
        </Link>
      ) : null}
    </nav>
  );
}
