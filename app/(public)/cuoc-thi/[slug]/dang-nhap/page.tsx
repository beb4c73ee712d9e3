import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ContestNav } from "@/components/contests/contest-nav";
import { SignInForm } from "@/components/participants/sign-in-form";
import { currentParticipant } from "@/lib/auth/session";
import { getContestBySlug } from "@/lib/contests/queries";
import { safeNextPath } from "@/lib/participants/navigation";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đăng nhập" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Sign-in for the people registered in this contest (an account belongs to one contest): a 2023
// participant reaches /ca-nhan and their certificates after the 2026 contest is featured.
export default async function ContestSignInPage({ params, searchParams }: Props) {
  const [{ slug }, query, me] = await Promise.all([params, searchParams, currentParticipant()]);
  const contest = await getContestBySlug(slug);
  if (!contest) notFound();
  const nextUrl = safeNextPath(query.next);
  if (contest.isFeatured) redirect(nextUrl === "/ca-nhan" ? "/dang-nhap" : `/dang-nhap?next=${encodeURIComponent(nextUrl)}`);
  if (me?.contestId === contest.id) redirect(nextUrl);
  return (
    <div className="min-w-0 space-y-6">
      <ContestNav slug={contest.slug} name={contest.name} organiser={contest.organiser} year={contest.year} current="sign-in" />
      <div className="mx-auto min-w-0 max-w-md space-y-4">
        <h1 className="text-2xl font-bold leading-tight text-brand-800">Đăng nhập</h1>
        <p className="text-slate-700">Dành cho người đã đăng ký dự thi {contest.name}: xem các lượt thi, giải thưởng và tải giấy chứng nhận.</p>
        <div className="rounded-xl bg-white p-4 sm:p-6">
          <SignInForm contestId={contest.id} nextUrl={nextUrl} />
        </div>
        <p className="text-sm text-slate-700">
          Quên mật khẩu?{" "}
          <Link href={`/quen-mat-khau?cuoc-thi=${encodeURIComponent(contest.slug)}`} className="font-semibold text-brand-700 underline">
            Đặt lại mật khẩu
          </Link>
        </p>
      </div>
    </div>
  );
}
