import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import { getContestForAdmin } from "@/lib/contests/admin-queries";
import { ROUND_PHASE_LABEL, roundPhase } from "@/lib/contests/round-phase";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { maxUploadBytes } from "@/lib/storage/settings";
import { formatVnDateTime, now } from "@/lib/time";
import { ConsentForm } from "@/components/contests/consent-form";
import { ContestForm } from "@/components/contests/contest-form";
import { DocumentsEditor } from "@/components/contests/documents-editor";
import { DistrictsEditor, UnitsEditor } from "@/components/contests/places-editor";

export const metadata: Metadata = { title: "Thiết lập cuộc thi" };

const PHASE_TONE = { draft: "neutral", upcoming: "warn", open: "good", closed: "neutral" } as const;
const ROUND_COLUMNS = ["Đợt", "Thời gian (giờ Việt Nam)", "Tình trạng", "Lượt thi"];

export default async function ContestSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireStaffPage("contests", `/quan-tri/cuoc-thi/${id}`);
  if (!access.ok) return <Forbidden message={access.error} />;
  const contest = await getContestForAdmin(id);
  if (!contest) notFound();
  const at = now();
  const section = "rounded-lg bg-white p-4 shadow-sm";
  return (
    <div className="space-y-6">
      <PageHeader
        title={contest.name}
        description={
          <>
            <Link href="/quan-tri/cuoc-thi" className="text-brand-700 underline">
              ← Các cuộc thi
            </Link>{" "}
            · /{contest.slug}
          </>
        }
        actions={
          <Link href={`/quan-tri/cau-hoi?cuocThi=${contest.id}`} className={buttonClass("secondary", "sm")}>
            Ngân hàng câu hỏi
          </Link>
        }
      />

      <section aria-labelledby="dot-thi" className={section}>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="dot-thi" className="text-lg font-semibold">
            Các đợt thi
          </h2>
          <Link href={`/quan-tri/cuoc-thi/${contest.id}/vong/moi`} className={buttonClass("primary", "sm")}>
            + Thêm đợt thi
          </Link>
        </div>
        {contest.rounds.length ? (
          <DataTable caption="Các đợt thi" columns={ROUND_COLUMNS}>
            {contest.rounds.map((r) => {
              const phase = roundPhase(r, at);
              return (
                <tr key={r.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link href={`/quan-tri/cuoc-thi/${contest.id}/vong/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {r.number}. {r.name}
                    </Link>
                    <span className="block text-xs text-slate-500">Thiết lập phiên bản {r.settingsVersion}</span>
                  </th>
                  <td className={tdClass}>
                    {formatVnDateTime(r.opensAt)} – {formatVnDateTime(r.closesAt)}
                  </td>
                  <td className={tdClass}>
                    <Badge tone={PHASE_TONE[phase]}>{ROUND_PHASE_LABEL[phase]}</Badge>
                  </td>
                  <td className={tdClass}>{r.attemptCount}</td>
                </tr>
              );
            })}
          </DataTable>
        ) : (
          <p className="text-sm text-slate-600">Chưa có đợt thi nào.</p>
        )}
      </section>

      <section aria-labelledby="thong-tin" className={section}>
        <h2 id="thong-tin" className="mb-3 text-lg font-semibold">
          Thông tin chung và thể lệ
        </h2>
        <ContestForm
          initial={{
            id: contest.id,
            name: contest.name,
            organiser: contest.organiser,
            organiserShort: contest.organiserShort,
            year: contest.year,
            isFeatured: contest.isFeatured,
            isPublished: contest.isPublished,
            certificatePattern: contest.certificatePattern,
            planReference: contest.planReference,
            intro: contest.intro,
            rulesText: contest.rulesText,
            contactInfo: contest.contactInfo,
            hotline: contest.hotline,
            contactEmail: contest.contactEmail,
          }}
        />
      </section>

      <section aria-labelledby="dong-y" className={section}>
        <h2 id="dong-y" className="mb-3 text-lg font-semibold">
          Đồng ý xử lý dữ liệu cá nhân ({contest.consentVersions} phiên bản)
        </h2>
        <ConsentForm
          contestId={contest.id}
          current={
            contest.consent ? { version: contest.consent.version, text: contest.consent.text, createdAt: formatVnDateTime(contest.consent.createdAt) } : null
          }
        />
      </section>

      <section aria-labelledby="tai-lieu" className={section}>
        <h2 id="tai-lieu" className="mb-1 text-lg font-semibold">
          Tài liệu tham khảo ({contest.documents.length} văn bản)
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          {contest.isFeatured ? (
            <>
              Hiện trên trang{" "}
              <Link href="/tai-lieu" className="text-brand-700 underline">
                Tài liệu
              </Link>{" "}
              theo thứ tự dưới đây.
            </>
          ) : (
            "Hiện trên trang Tài liệu khi cuộc thi này được giới thiệu ở trang chủ."
          )}{" "}
          Câu hỏi được gắn với văn bản nguồn: văn bản đang có câu hỏi không xóa được.
        </p>
        <DocumentsEditor contestId={contest.id} documents={contest.documents} maxUploadBytes={maxUploadBytes()} />
      </section>

      <div className="grid gap-6 xl:grid-cols-2">
        <section aria-labelledby="dia-ban" className={section}>
          <h2 id="dia-ban" className="mb-3 text-lg font-semibold">
            Huyện/thành phố và xã/phường
          </h2>
          <DistrictsEditor contestId={contest.id} districts={contest.districts} />
        </section>
        <section aria-labelledby="don-vi" className={section}>
          <h2 id="don-vi" className="mb-3 text-lg font-semibold">
            Đơn vị công tác
          </h2>
          <UnitsEditor contestId={contest.id} units={contest.units} districts={contest.districts} />
        </section>
      </div>
    </div>
  );
}
