import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getFeaturedContest } from "@/lib/contests/queries";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const contest = await getFeaturedContest();
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-white focus:p-2">
        Bỏ qua điều hướng
      </a>
      <SiteHeader organiser={contest?.organiser ?? "Ban Tổ chức"} contestName={contest?.name ?? "Cuộc thi trắc nghiệm trực tuyến"} />
      <main id="noi-dung" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter
        organiser={contest?.organiser ?? "Ban Tổ chức"}
        contact={contest?.contactInfo ?? ""}
        hotline={contest?.hotline ?? ""}
        contactEmail={contest?.contactEmail ?? ""}
      />
    </div>
  );
}
