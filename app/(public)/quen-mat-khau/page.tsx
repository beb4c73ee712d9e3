import type { Metadata } from "next";
import Link from "next/link";
import { NoPublishedContest } from "@/components/contests/no-published-contest";
import { OrganiserContact } from "@/components/contests/organiser-contact";
import { RecoveryRequestForm } from "@/components/participants/recovery-request-form";
import { getContestBySlug, getFeaturedContest } from "@/lib/contests/queries";
import { requestPasswordResetAction, resetPasswordByCodeAction } from "@/lib/participants/actions";

export const metadata: Metadata = { title: "Quên mật khẩu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// An account belongs to one contest: the featured one, or an earlier one named by ?cuoc-thi=<slug>
// (its own sign-in page links here so).
export default async function ForgotPasswordPage({ searchParams }: Props) {
  const slug = (await searchParams)["cuoc-thi"];
  const contest = typeof slug === "string" ? await getContestBySlug(slug) : await getFeaturedContest();
  if (!contest) return <NoPublishedContest />;
  const signIn = contest.isFeatured || typeof slug !== "string" ? "/dang-nhap" : `/cuoc-thi/${contest.slug}/dang-nhap`;
  return (
    <div className="mx-auto min-w-0 max-w-md space-y-4">
      <h1 className="text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">Quên mật khẩu</h1>
      <p className="break-words text-slate-700">{contest.name}</p>
      <div className="rounded-xl bg-white p-4 sm:p-6">
        <RecoveryRequestForm contestId={contest.id} request={requestPasswordResetAction} resetByCode={resetPasswordByCodeAction} />
      </div>
      <OrganiserContact contact={contest} lead="Không tự đặt lại được mật khẩu? Liên hệ Ban Tổ chức:" />
      <p className="text-sm text-slate-700">
        Đã nhớ mật khẩu?{" "}
        <Link href={signIn} className="font-semibold text-brand-700 underline">
          Đăng nhập
        </Link>
      </p>
    </div>
  );
}
