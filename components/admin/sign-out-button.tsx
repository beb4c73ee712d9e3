"use client";
// Signs the staff member out (next-auth) and returns to the staff sign-in page.
import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signOut({ callbackUrl: "/quan-tri/dang-nhap" });
      }}
      className="rounded-md border border-white/60 px-3 py-1.5 text-sm hover:bg-white/10 disabled:opacity-60"
    >
      {busy ? "Đang đăng xuất…" : "Đăng xuất"}
    </button>
  );
}
