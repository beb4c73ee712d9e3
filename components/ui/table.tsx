// A table in its own horizontal scroll box, so a wide table never makes the page scroll sideways
// on a 360 px screen. Domain-free; callers write <th scope> themselves.
import type { ReactNode } from "react";

export function TableBox({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    // Focusable and named, so keyboard users can scroll it even when it holds no links or buttons;
    // relative, so screen-reader-only text in a cell is clipped by the box and never widens the page.
    <div
      tabIndex={0}
      role="region"
      aria-label={typeof caption === "string" ? caption : undefined}
      className="relative w-full overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export const thClass = "border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold text-slate-700";
export const tdClass = "border-b border-slate-100 px-3 py-2 align-top";
