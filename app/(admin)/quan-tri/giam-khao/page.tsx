// Jury review (docs/DOMAIN.md §5–§9): a round's latest ranking with its tie-break columns and
// integrity flags; disqualify/reinstate, override the true value, compute, approve, publish.
import type { Metadata } from "next";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { Alert } from "@/components/ui/alert";
import { RoundChooser } from "@/components/winners/round-chooser";
import { RoundReviewPanel } from "@/components/winners/round-review-panel";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";
import { now } from "@/lib/time";
import { defaultReviewRoundId, getRoundReview, listReviewRounds } from "@/lib/winners/review";

export const metadata: Metadata = { title: "Giám khảo" };
export const dynamic = "force-dynamic";

const PATH = "/quan-tri/giam-khao";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function JuryReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const access = await requireStaffPage("jury", pagePath(PATH, params));
  if (!access.ok) return <Forbidden message={access.error} />;
  const contests = await listReviewRounds();
  const roundId = one(params.dot) || defaultReviewRoundId(contests, now());
  const review = roundId ? await getRoundReview(roundId, Number(one(params.trang)) || 1) : null;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Xét giải – Ban Giám khảo"
        description="Bảng xếp hạng theo quy tắc của đợt thi, cảnh báo bất thường, loại/khôi phục thí sinh, phê duyệt và công bố danh sách đoạt giải."
      />
      <RoundChooser contests={contests} selected={review?.round.id ?? null} action={PATH} />
      {!review ? (
        <Alert tone="info">Chưa có đợt thi nào để xét giải.</Alert>
      ) : (
        <RoundReviewPanel review={review} isAdmin={access.staff.role === "ADMIN"} path={PATH} />
      )}
    </div>
  );
}
