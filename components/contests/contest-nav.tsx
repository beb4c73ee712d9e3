// The heading and sub-navigation of an earlier contest's pages under /cuoc-thi/<slug>.
import Link from "next/link";

export function ContestNav({
  slug,
  name,
  organiser,
  year,
  current,
}: {
  slug: string;
  name: string;
  organiser: string;
  year: number;
  current: "home" | "rules" | "documents" | "results" | "sign-in";
}) {
  // Every contest keeps its own results and sign-in, so its participants still reach their
  // certificates after a newer contest is featured.
  const links = [
    { key: "home", href: `/cuoc-thi/${slug}`, label: "Giới thiệu" },
    { key: "rules", href: `/cuoc-thi/${slug}/the-le`, label: "Thể lệ" },
    { key: "documents", href: `/cuoc-thi/${slug}/tai-lieu`, label: "Tài liệu" },
    { key: "results", href: `/cuoc-thi/${slug}/ket-qua`, label: "Kết quả" },
    { key: "sign-in", href: `/cuoc-thi/${slug}/dang-nhap`, label: "Đăng nhập" },
  ] as const;
  return (
    <div className="min-w-0 space-y-3">
      <p className="text-sm">
        <Link href="/cuoc-thi" className="text-brand-700 underline">
          Các cuộc thi
        </Link>{" "}
        › năm {year}
      </p>
      <div>
        <p className="break-words text-lg font-semibold text-slate-900">{name}</p>
        <p className="break-words text-sm text-slate-600">Cơ quan tổ chức: {organiser}</p>
      </div>
      <nav aria-label="Trang của cuộc thi">
        <ul className="flex flex-wrap gap-2 text-sm">
          {links.map((l) => (
            <li key={l.key}>
              <Link
                href={l.href}
                aria-current={l.key === current ? "page" : undefined}
                className={`inline-block rounded-full px-3 py-1.5 ${l.key === current ? "bg-brand-700 text-white" : "bg-white text-brand-700 underline"}`}
              >
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
