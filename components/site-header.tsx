import Link from "next/link";

const NAV = [
  { href: "/", label: "Trang chủ" },
  { href: "/the-le", label: "Thể lệ" },
  { href: "/tai-lieu", label: "Tài liệu" },
  { href: "/ket-qua", label: "Kết quả" },
  { href: "/thong-ke", label: "Thống kê" },
];

export function SiteHeader({ organiser, contestName }: { organiser: string; contestName: string }) {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto max-w-5xl px-4 py-3">
        <p className="text-xs uppercase tracking-wide text-brand-100">{organiser}</p>
        <p className="text-base font-semibold leading-snug sm:text-lg">{contestName}</p>
      </div>
      <nav aria-label="Điều hướng chính" className="bg-brand-700">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2 text-sm">
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-block px-2 py-2 hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
          <li className="ml-auto">
            <Link href="/ca-nhan" className="inline-block px-2 py-2 font-medium hover:underline">
              Cá nhân
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
