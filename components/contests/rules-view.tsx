// The rules page's body, shared by /the-le (featured contest) and /cuoc-thi/<slug>/the-le.
import { buildContestRules, type RulesContest } from "@/lib/contests/rules";
import { OrganiserContact } from "./organiser-contact";

export function RulesView({ contest, heading = "Thể lệ cuộc thi" }: { contest: RulesContest & { hotline: string; contactEmail: string }; heading?: string }) {
  const sections = buildContestRules(contest);
  return (
    <article className="min-w-0 space-y-6">
      <header>
        <h1 className="break-words text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">{heading}</h1>
        <p className="mt-1 break-words text-slate-700">{contest.name}</p>
        <p className="text-sm text-slate-600">Cơ quan tổ chức: {contest.organiser}</p>
        <OrganiserContact contact={contest} lead="Liên hệ Ban Tổ chức:" className="text-sm text-slate-600" />
      </header>
      <nav aria-label="Mục lục thể lệ" className="rounded-xl bg-white p-4">
        <ol className="list-decimal space-y-1 pl-5 text-brand-700">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="underline">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s, i) => (
        <section key={s.id} aria-labelledby={s.id} className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
          <h2 id={s.id} className="scroll-mt-4 text-lg font-bold text-brand-800">
            {i + 1}. {s.title}
          </h2>
          {s.blocks.map((b, j) => {
            const List = b.ordered ? "ol" : "ul";
            return (
              <div key={j} className="mt-3 min-w-0">
                {b.appliesTo ? <p className="font-semibold text-slate-800">{b.appliesTo}:</p> : null}
                {b.intro ? <p className="text-slate-800">{b.intro}</p> : null}
                <List className={`mt-1 space-y-1 pl-5 text-slate-800 ${b.ordered ? "list-decimal" : "list-disc"}`}>
                  {b.items.map((item, k) => (
                    <li key={k} className="break-words">
                      {item}
                    </li>
                  ))}
                </List>
              </div>
            );
          })}
        </section>
      ))}
      <p className="text-sm text-slate-600">Nội dung thể lệ được lập tự động từ cấu hình hiện hành của các đợt thi.</p>
    </article>
  );
}
