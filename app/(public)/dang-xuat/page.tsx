import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { currentParticipant } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đăng xuất" };

export default async function SignOutPage() {
  const me = await currentParticipant();
  return (
    <div className="mx-auto min-w-0 max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">Đăng xuất</h1>
      {me ? (
        <>
          <p className="break-words text-slate-700">Bạn đang đăng nhập với tên {me.name}.</p>
          <SignOutButton />
        </>
      ) : (
        <p className="text-slate-700">
          Bạn chưa đăng nhập.{" "}
          <Link href="/dang-nhap" className="font-semibold text-brand-700 underline">
            Đăng nhập
          </Link>
        </p>
      )}
    </div>
  );
}
