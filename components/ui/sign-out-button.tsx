"use client";
// The one sign-out button: next-auth's sign-out (a POST with its CSRF token), then `callbackUrl`.
// `onDark` for the staff header's dark band. Domain-free.
import { signOut } from "next-auth/react";
import { useState } from "react";

const LOOK = {
  light: "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-60",
  onDark: "rounded-md border border-white/60 px-3 py-1.5 text-sm hover:bg-white/10 disabled:opacity-60",
} as const;

export function SignOutButton({ callbackUrl = "/", look = "light" }: { callbackUrl?: string; look?: keyof typeof LOOK }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl });
      }}
      className={LOOK[look]}
    >
      {pending ? "Đang đăng xuất…" : "Đăng xuất"}
    </button>
  );
}
