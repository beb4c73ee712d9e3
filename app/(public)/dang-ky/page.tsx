import type { Metadata } from "next";
import Link from "next/link";
import { RegistrationForm } from "@/components/participants/registration-form";
import { SignedInSwitch } from "@/components/participants/signed-in-switch";
import { getFeaturedContest } from "@/lib/contests/queries";
import { registerAction } from "@/lib/participants/actions";
import { getRegistrationOptions } from "@/lib/participants/registration";

// Prerendered like the other public pages and refreshed every minute (and at once when the
// contest's settings change): a registration rush reads no database. Whether the visitor is
// already signed in is asked by the browser (SignedInSwitch).
export const revalidate = 60;
export const metadata: Metadata = { title: "Đăng ký dự thi" };

export default async function RegisterPage() {
  const contest = await getFeaturedContest();
  if (!contest) return <p className="text-slate-700">Hiện chưa có cuộc thi nào mở đăng ký.</p>;
  const options = await getRegistrationOptions(contest.id);
  return (
    <div className="mx-auto min-w-0 max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">Đăng ký dự thi</h1>
      <p className="break-words text-slate-700">{contest.name}</p>
      {!options?.consent ? (
        <p className="rounded-xl bg-white p-4 text-slate-800">Cuộc thi chưa mở đăng ký. Vui lòng quay lại sau.</p>
      ) : (
        <SignedInSwitch contestId={contest.id}>
          <p className="text-sm text-slate-700">
            Đã có tài khoản?{" "}
            <Link href="/dang-nhap" className="font-semibold text-brand-700 underline">
              Đăng nhập
            </Link>
            . Họ tên, ngày sinh, giới tính và số CCCD không sửa được sau khi đăng ký: vui lòng nhập đúng như trên thẻ CCCD.
          </p>
          <div className="rounded-xl bg-white p-4 sm:p-6">
            <RegistrationForm
              contestId={contest.id}
              districts={options.districts}
              units={options.units}
              consent={options.consent}
              action={registerAction}
              nextUrl="/ca-nhan?moi=1"
            />
          </div>
        </SignedInSwitch>
      )}
    </div>
  );
}
