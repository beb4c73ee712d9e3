import type { Metadata } from "next";
import Link from "next/link";
import { listContests } from "@/lib/contests/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Các cuộc thi" };

export default async function ContestsPage() {
  const contests = await listContests();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">Các cuộc thi</h1>
      <ul className="space-y-2">
        {contests.map((c) => (
          <li key={c.id} className="rounded-lg bg-white p-4 shadow-sm">
            <Link href={c.isFeatured ? "/" : `/cuoc-thi/${c.slug}`} className="font-semibold text-brand-700 underline">
              {c.name}
            </Link>
            <p className="text-sm text-slate-600">
              {c.organiserShort} · năm {c.year}
              {c.isFeatured ? " · đang diễn ra" : ""}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
