"use client";
// The staff area's navigation (items already filtered by role on the server). Marks the current
// section; on a phone it folds into a "Menu" button.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { activeNavHref, type StaffNavItem } from "@/lib/staff/nav";

export function StaffNav({ items }: { items: StaffNavItem[] }) {
  const pathname = usePathname() ?? "";
  const active = activeNavHref(pathname, items);
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label="Khu vực quản trị" className="bg-brand-700 text-white lg:min-h-full lg:w-60 lg:shrink-0">
      <button
        type="button"
        className="flex w-full items-center justify-between px-4 py-3 text-left text-sm font-medium lg:hidden"
        aria-expanded={open}
        aria-controls="staff-nav-list"
        onClick={() => setOpen((v) => !v)}
      >
        <span>Menu quản trị</span>
        <span aria-hidden="true">{open ? "▲" : "▼"}</span>
      </button>
      <ul id="staff-nav-list" className={`${open ? "block" : "hidden"} pb-2 lg:block lg:py-4`}>
        {items.map((item) => {
          const current = item.href === active;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={`block px-4 py-2 text-sm hover:bg-brand-800 ${current ? "bg-brand-800 font-semibold" : ""}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
