import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NoPublishedContest } from "@/components/contests/no-published-contest";
import { OrganiserContact } from "@/components/contests/organiser-contact";
import { SignInForm } from "@/components/participants/sign-in-form";
import { currentParticipant } from "@/lib/auth/session";
import { getFeaturedContest } from "@/lib/contests/queries";
import { safeNextPath } from "@/lib/participants/navigation";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đăng nhập" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [contest, me, params] = await Promise.all([getFeaturedContest(), currentParticipant(), searchParams]);
  const nextUrl = safeNextPath(params.next);
  if (!contest) return <NoPublishedContest />;
  if (me?.contestId === contest.id) redirect(nextUrl);
  return (
    <div className="mx-auto min-w-0 max-w-md space-y-4">
      <h1 className="text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">Đăng nhập dự thi</h1>
      <p className="break-words text-slate-700">{contest.name}</p>
      <div className="rounded-xl bg-white p-4 sm:p-6">
        <SignInForm contestId={contest.id} nextUrl={nextUrl} />
      </div>
      <p className="text-sm text-slate-700">
        Chưa có tài khoản?{" "}
        <Link href="/dang-ky" className="font-semibold text-brand-700 underline">
          Đăng ký dự thi
        </Link>
      </p>
      <p className="text-sm text-slate-700">
        Quên mật khẩu?{" "}
        <Link href="/quen-mat-khau" className="font-semibold text-brand-700 underline">
          Đặt lại mật khẩu
        </Link>
      </p>
      <p className="text-sm text-slate-700">
        Đã dự thi cuộc thi năm trước?{" "}
        <Link href="/cuoc-thi" className="font-semibold text-brand-700 underline">
          Đăng nhập tại trang của cuộc thi đó
        </Link>
      </p>
      <OrganiserContact contact={contest} lead="Cần hỗ trợ? Liên hệ Ban Tổ chức:" />
      {contest.contactInfo ? <p className="break-words text-sm text-slate-600">{contest.contactInfo}</p> : null}
    </div>
  );
}
