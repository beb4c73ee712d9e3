// A boxed notice. "error" and "warning" are alerts (announced at once); the others are status. Domain-free.
import type { ReactNode } from "react";

const TONE = {
  info: "border-brand-100 bg-brand-50 text-brand-800",
  success: "border-green-200 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-800",
} as const;

export function Alert({ tone = "info", title, children, className = "" }: { tone?: keyof typeof TONE; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" || tone === "warning" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${TONE[tone]} ${className}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  );
}
