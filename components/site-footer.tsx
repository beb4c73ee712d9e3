import Link from "next/link";
import { OrganiserContact } from "@/components/contests/organiser-contact";

export function SiteFooter({ organiser, contact, hotline, contactEmail }: { organiser: string; contact: string; hotline: string; contactEmail: string }) {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-slate-600">
        <p className="font-medium text-slate-800">Cơ quan tổ chức: {organiser}</p>
        {contact ? <p>Liên hệ: {contact}</p> : null}
        <OrganiserContact contact={{ hotline, contactEmail }} className="" />
        <p>
          <Link href="/cuoc-thi" className="underline">
            Các cuộc thi đã tổ chức
          </Link>
          {" · "}
          <Link href="/quan-tri/dang-nhap" className="underline">
            Ban Tổ chức đăng nhập
          </Link>
        </p>
      </div>
    </footer>
  );
}
