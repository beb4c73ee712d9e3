import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { staffDashboard } from "@/lib/staff/dashboard";
import { requireStaffPage } from "@/lib/staff/page-guard";

export const metadata: Metadata = { title: "Tổng quan" };

export default async function StaffDashboardPage() {
  const access = await requireStaffPage(null, "/quan-tri");
  if (!access.ok) return <Forbidden message={access.error} />;
  const { staff } = access;
  const { contestName, cards } = await staffDashboard(staff.role);
  return (
    <div>
      <PageHeader
        title={`Xin chào, ${staff.fullName}`}
        description={`${ROLE_LABEL[staff.role]}${contestName ? ` · Cuộc thi đang giới thiệu: ${contestName}` : ""}`}
      />
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href}>
            <Link href={card.href} className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 hover:shadow-sm">
              <h2 className="font-semibold text-brand-800">{card.label}</h2>
              {card.facts.length ? (
                <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
                  {card.facts.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
