import type { Metadata } from "next";
import { ContestPicker } from "@/components/admin/contest-picker";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { StaffParticipantSearch } from "@/components/participants/staff-participant-search";
import { StaffParticipantTable } from "@/components/participants/staff-participant-table";
import { Pagination } from "@/components/ui/pagination";
import { resolveStaffContest } from "@/lib/contests/admin-queries";
import { searchContestParticipants } from "@/lib/participants/staff-queries";
import { parseParticipantSearch } from "@/lib/participants/staff-schema";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";

export const metadata: Metadata = { title: "Thí sinh" };

const PATH = "/quan-tri/thi-sinh";

export default async function StaffParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const access = await requireStaffPage("participants", pagePath(PATH, params));
  if (!access.ok) return <Forbidden message={access.error} />;
  const { current, all } = await resolveStaffContest(typeof params.cuocThi === "string" ? params.cuocThi : undefined);
  if (!current) return <p>Chưa có cuộc thi nào.</p>;
  const search = parseParticipantSearch(params);
  const page = await searchContestParticipants(current.id, search);
  return (
    <div className="space-y-4">
      <PageHeader title="Thí sinh" description={`${current.name} · tìm thí sinh để sửa thông tin định danh hoặc đặt lại mật khẩu.`} />
      {all.length > 1 ? <ContestPicker action={PATH} contests={all} currentId={current.id} /> : null}
      <StaffParticipantSearch action={PATH} contestId={current.id} q={search.q} />
      <StaffParticipantTable items={page.items} />
      <Pagination
        pathname={PATH}
        params={{ cuocThi: current.id, q: search.q }}
        pageParam="trang"
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        unit="thí sinh"
      />
    </div>
  );
}
