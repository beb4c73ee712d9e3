// A small label (status, role). Domain-free.
import type { ReactNode } from "react";

const TONE = {
  neutral: "bg-slate-100 text-slate-700",
  good: "bg-green-100 text-green-800",
  warn: "bg-amber-100 text-amber-900",
  bad: "bg-red-100 text-red-800",
  info: "bg-brand-100 text-brand-800",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONE; children: ReactNode }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[tone]}`}>{children}</span>;
}
