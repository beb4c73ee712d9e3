// The near-duplicate questions found for a text, with links to open them.
import Link from "next/link";
import type { SimilarQuestion } from "@/lib/questions/editing";
import { STATUS_LABEL } from "@/lib/questions/format";

export function SimilarList({ items }: { items: SimilarQuestion[] }) {
  return (
    <ul className="mt-2 space-y-1">
      {items.map((s) => (
        <li key={s.id} className="text-sm">
          <Link href={`/quan-tri/cau-hoi/${s.id}`} target="_blank" className="text-brand-700 underline">
            {s.text}
          </Link>{" "}
          <span className="text-slate-600">
            (giống {Math.round(s.score * 100)}%{s.status === "ARCHIVED" ? `, ${STATUS_LABEL.ARCHIVED.toLowerCase()}` : ""})
          </span>
        </li>
      ))}
    </ul>
  );
}
