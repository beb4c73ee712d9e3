"use client";
// What the staff layout renders for someone not signed in as staff: the sign-in page itself, or a
// redirect to it from any other staff page (the page's own check does the same on the server).
import { redirect, usePathname } from "next/navigation";
import type { ReactNode } from "react";

const STAFF_SIGN_IN = "/quan-tri/dang-nhap";

export function SignedOutGate({ children }: { children: ReactNode }) {
  const pathname = usePathname() ?? "";
  if (pathname === STAFF_SIGN_IN || pathname.startsWith(`${STAFF_SIGN_IN}/`)) {
    return (
      <main id="noi-dung" className="flex min-h-dvh items-start justify-center bg-slate-100 px-4 py-10">
        {children}
      </main>
    );
  }
  redirect(`${STAFF_SIGN_IN}?next=${encodeURIComponent(pathname)}`);
}
