// Regrading after a key fix (issue 13 point 3): the question versions a round's attempts used, the
// jury's proposals and, for an ADMIN, applying or rejecting them. ?dot=<roundId>.
import type { Metadata } from "next";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { RegradePanel } from "@/components/regrade/regrade-panel";
import { Alert } from "@/components/ui/alert";
import { RoundChooser } from "@/components/winners/round-chooser";
import { getRegradePage } from "@/lib/regrade/queries";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";
import { now } from "@/lib/time";
import { defaultReviewRoundId, listReviewRounds } from "@/lib/winners/review";

export const metadata: Metadata = { title: "Chấm lại câu hỏi" };
export const dynamic = "force-dynamic";

const PATH = "/quan-tri/giam-khao/cham-lai";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function RegradePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const access = await requireStaffPage("jury", pagePath(PATH, params));
  if (!access.ok) return <Forbidden message={access.error} />;
  const contests = await listReviewRounds();
  const roundId = one(params.dot) || defaultReviewRoundId(contests, now());
  const page = roundId ? await getRegradePage(roundId) : null;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Chấm lại câu hỏi"
        description="Khi phát hiện đáp án sai hoặc câu hỏi lỗi sau khi đã có lượt thi: Ban Giám khảo đề xuất, quản trị viên xem trước ảnh hưởng rồi áp dụng hoặc từ chối."
      />
      <RoundChooser contests={contests} selected={page?.round.id ?? null} action={PATH} />
      {!page ? <Alert tone="info">Chưa có đợt thi nào.</Alert> : <RegradePanel page={page} isAdmin={access.staff.role === "ADMIN"} />}
    </div>
  );
}
