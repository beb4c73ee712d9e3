"use client";
// /dang-ky is prerendered (the same page for everyone, cheap in a registration rush), so who is
// signed in is asked from the browser: next-auth's session endpoint. A participant of this
// contest who is already signed in sees a link to their page instead of the form.
import Link from "next/link";
import { useEffect, useState } from "react";

type SessionReply = { user?: { kind?: string; contestId?: string } } | null;

export function SignedInSwitch({ contestId, children }: { contestId: string; children: React.ReactNode }) {
  const [registered, setRegistered] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<SessionReply>) : null))
      .then((s) => {
        if (live && s?.user?.kind === "participant" && s.user.contestId === contestId) setRegistered(true);
      })
      .catch(() => {
        // No answer: keep the form; registering again is refused by the duplicate check anyway.
      });
    return () => {
      live = false;
    };
  }, [contestId]);
  if (!registered) return <>{children}</>;
  return (
    <p className="rounded-xl bg-white p-4 text-slate-800">
      Bạn đã đăng ký và đang đăng nhập.{" "}
      <Link href="/ca-nhan" className="font-semibold text-brand-700 underline">
        Xem trang cá nhân
      </Link>
    </p>
  );
}
