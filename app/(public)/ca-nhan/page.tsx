import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AwardList } from "@/components/participants/award-list";
import { ProfileDetails } from "@/components/participants/profile-details";
import { RoundAttemptsList } from "@/components/participants/round-attempts";
import { Alert } from "@/components/ui/alert";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { currentParticipant } from "@/lib/auth/session";
import { getParticipantDashboard } from "@/lib/participants/account";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Trang cá nhân" };

export default async function MyAccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await currentParticipant();
  if (!me) redirect("/dang-nhap?next=/ca-nhan");
  const [dashboard, params] = await Promise.all([getParticipantDashboard(me.id), searchParams]);
  if (!dashboard) {
    return (
      <div className="space-y-3">
        <p className="text-slate-700">Không tìm thấy tài khoản của bạn. Vui lòng đăng xuất rồi đăng nhập lại.</p>
        <SignOutButton />
      </div>
    );
  }
  const { profile } = dashboard;
  return (
    <div className="min-w-0 space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">{profile.fullName}</h1>
          <p className="break-words text-sm text-slate-600">{profile.contest.name}</p>
        </div>
        <SignOutButton />
      </div>
      {params.moi ? (
        <Alert tone="success" className="text-base">
          Đăng ký thành công. Chào mừng bạn tham gia cuộc thi!
        </Alert>
      ) : null}
      <RoundAttemptsList rounds={dashboard.rounds} />
      <AwardList awards={dashboard.awards} />
      <ProfileDetails profile={profile} />
      <section aria-labelledby="du-lieu" className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
        <h2 id="du-lieu" className="text-lg font-bold text-brand-800">
          Dữ liệu cá nhân
        </h2>
        <p className="mt-2 text-sm text-slate-700">
          Bạn có thể tải về toàn bộ dữ liệu cá nhân mà hệ thống lưu về bạn: thông tin đăng ký, các lần đồng ý xử lý dữ liệu, bài thi, giải thưởng và Giấy chứng
          nhận.
        </p>
        <a
          href="/ca-nhan/du-lieu"
          download
          className="mt-3 inline-block rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Tải dữ liệu cá nhân (JSON)
        </a>
      </section>
    </div>
  );
}
