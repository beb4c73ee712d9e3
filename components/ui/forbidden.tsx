// The one refusal: what a signed-in person sees on a page their role may not use. Says why (the
// server's message) and offers a way back. Every refusal today is a staff page, so the way back
// defaults to the staff dashboard. Domain-free.
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "./alert";

interface ForbiddenProps {
  message: string;
  /** Who may use the page, or what to do instead. */
  detail?: ReactNode;
  back?: { href: string; label: string } | null;
}

export function Forbidden({ message, detail, back = { href: "/quan-tri", label: "Về trang tổng quan" } }: ForbiddenProps) {
  return (
    <Alert tone="warning" className="max-w-xl p-4">
      <h1 className="text-lg font-semibold">Không có quyền truy cập</h1>
      <p className="mt-1">{message}</p>
      {detail ? <p className="mt-1">{detail}</p> : null}
      {back ? (
        <p className="mt-3">
          <Link href={back.href} className="text-brand-700 underline">
            {back.label}
          </Link>
        </p>
      ) : null}
    </Alert>
  );
}
