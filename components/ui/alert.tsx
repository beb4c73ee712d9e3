// The one notice box. "error" and "warning" are alerts (announced at once), the others status
// (announced when the reader is idle); `role` overrides that for a box that is not news, such as a
// standing note. Renders nothing when it has nothing to say, so `<Alert>{error}</Alert>` is enough.
// Domain-free.
import type { ReactNode } from "react";

const TONE = {
  info: "border-brand-100 bg-brand-50 text-brand-800",
  success: "border-green-200 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-800",
} as const;

interface AlertProps {
  tone?: keyof typeof TONE;
  title?: ReactNode;
  children?: ReactNode;
  role?: "alert" | "status" | "note";
  id?: string;
  className?: string;
}

export function Alert({ tone = "info", title, children, role, id, className = "" }: AlertProps) {
  if (!title && !children) return null;
  return (
    <div
      id={id}
      role={role ?? (tone === "error" || tone === "warning" ? "alert" : "status")}
      className={`break-words rounded-md border px-3 py-2 text-sm ${TONE[tone]} ${className}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  );
}
