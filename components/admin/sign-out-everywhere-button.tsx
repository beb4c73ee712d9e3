"use client";
// "Đăng xuất mọi thiết bị": ends every session of an account (lib/staff/accounts.ts
// endStaffSessions). For one's own account this device is signed out too, so it goes to the
// sign-in page; an ADMIN ending someone else's sessions stays on the accounts page.
import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction, signOutStaffEverywhereAction } from "@/lib/staff/actions";

export function SignOutEverywhereButton({ account }: { account?: { id: string; username: string } }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const label = account ? `Đăng xuất mọi thiết bị của ${account.username}` : "Đăng xuất mọi thiết bị";
  const onClick = () =>
    start(async () => {
      setMessage(null);
      const result = account ? await signOutStaffEverywhereAction({ id: account.id }) : await signOutEverywhereAction();
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error });
        return;
      }
      if (!account) {
        await signOut({ callbackUrl: "/quan-tri/dang-nhap" });
        return;
      }
      setMessage({ tone: "success", text: `Đã đăng xuất ${account.username} trên mọi thiết bị.` });
    });
  return (
    <div className="space-y-1">
      <Button size="sm" variant="secondary" disabled={pending} onClick={onClick}>
        {pending ? "Đang đăng xuất…" : account ? "Đăng xuất mọi thiết bị" : label}
        {account ? <span className="sr-only"> của {account.username}</span> : null}
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
