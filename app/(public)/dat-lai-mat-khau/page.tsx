import type { Metadata } from "next";
import Link from "next/link";
import { NoPublishedContest } from "@/components/contests/no-published-contest";
import { OrganiserContact } from "@/components/contests/organiser-contact";
import { CodeResetForm, LinkResetForm } from "@/components/participants/password-reset-forms";
import { Alert } from "@/components/ui/alert";
import { getContestBySlug, getFeaturedContest } from "@/lib/contests/queries";
import { resetPasswordByCodeAction, resetPasswordByLinkAction } from "@/lib/participants/actions";
import { resetLinkContest } from "@/lib/participants/recovery";

export const dynamic = "force-dynamic";
// The address carries the reset token: no Referer may take it to another site.
export const metadata: Metadata = { title: "Đặt lại mật khẩu", referrer: "no-referrer", robots: { index: false } };

// A link names its account's contest itself; a code is entered for the featured contest or the one
// named by ?cuoc-thi=<slug>.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : null;
  const slug = params["cuoc-thi"];
  const [linked, named] = await Promise.all([
    token !== null ? resetLinkContest(token) : null,
    typeof slug === "string" ? getContestBySlug(slug) : getFeaturedContest(),
  ]);
  const contest = linked ?? named;
  if (!contest) return <NoPublishedContest />;
  const usable = linked !== null;
  return (
    <div className="mx-auto min-w-0 max-w-md space-y-4">
      <h1 className="text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">Đặt lại mật khẩu</h1>
      <p className="break-words text-slate-700">{contest.name}</p>
      {token !== null && !usable ? (
        <Alert tone="warning" title="Đường liên kết không còn dùng được.">
          <p>Đường liên kết đã hết hạn, đã được dùng hoặc đã được thay bằng một đường liên kết mới hơn.</p>
          <p className="mt-2">
            <Link href="/quen-mat-khau" className="font-semibold underline">
              Yêu cầu đường liên kết mới
            </Link>
          </p>
        </Alert>
      ) : (
        <div className="rounded-xl bg-white p-4 sm:p-6">
          {token !== null ? (
            <LinkResetForm token={token} action={resetPasswordByLinkAction} />
          ) : (
            <>
              <p className="mb-4 text-sm text-slate-700">
                Nhập mã xác nhận trong tin nhắn SMS. Chưa có mã?{" "}
                <Link
                  href={typeof slug === "string" ? `/quen-mat-khau?cuoc-thi=${encodeURIComponent(slug)}` : "/quen-mat-khau"}
                  className="font-semibold text-brand-700 underline"
                >
                  Yêu cầu mã
                </Link>
              </p>
              <CodeResetForm contestId={contest.id} action={resetPasswordByCodeAction} />
            </>
          )}
        </div>
      )}
      <OrganiserContact contact={contest} lead="Cần hỗ trợ? Liên hệ Ban Tổ chức:" />
    </div>
  );
}
