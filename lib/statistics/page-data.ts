// What the staff statistics pages show, in one call per page (the routes stay thin).
import "server-only";
import { summarize, type RoundSummary } from "./breakdown";
import { cachedRoundBreakdown, cachedRoundCounts } from "./cached";
import { getItemAnalysisView, type ItemAnalysisView } from "./item-table";
import type { ItemSort } from "./item-list";
import type { SelectableContest, SelectableRound } from "./pick-selection";
import { getRoundContext, type RoundContext } from "./round-queries";
import { resolveStatisticsSelection } from "./selection";
import type { StatTable, StatTableKey } from "./table-model";
import { buildStatTable, UNIT_PAGE_SIZE } from "./tables";

export type DashboardTableKey = Exclude<StatTableKey, "phan-tich-cau-hoi">;

const DASHBOARD_TABLES: DashboardTableKey[] = ["theo-ngay", "theo-huyen", "theo-don-vi", "theo-doi-tuong", "so-luot-thi", "pho-diem", "thoi-gian"];

interface Selected {
  contests: SelectableContest[];
  contest: SelectableContest | null;
  round: SelectableRound | null;
  context: RoundContext | null;
}

async function select(params: { contest?: string; round?: string }): Promise<Selected> {
  const { contests, contest, round } = await resolveStatisticsSelection(params);
  return { contests, contest, round, context: round ? await getRoundContext(round.id) : null };
}

export interface StatisticsPageData extends Selected {
  summary: RoundSummary | null;
  tables: Record<DashboardTableKey, StatTable> | null;
  unitPage: { page: number; pageCount: number };
}

export async function getStatisticsPageData(params: { contest?: string; round?: string; unitPage: number }): Promise<StatisticsPageData> {
  const selected = await select(params);
  const ctx = selected.context;
  if (!ctx) return { ...selected, summary: null, tables: null, unitPage: { page: 1, pageCount: 1 } };
  const [breakdown, counts, ...built] = await Promise.all([
    cachedRoundBreakdown(ctx.id),
    cachedRoundCounts(ctx.id, ctx.contestId),
    ...DASHBOARD_TABLES.map((key) => buildStatTable(key, ctx, key === "theo-don-vi" ? { page: params.unitPage } : {})),
  ]);
  const tables = Object.fromEntries(DASHBOARD_TABLES.map((key, i) => [key, built[i]])) as Record<DashboardTableKey, StatTable>;
  const pageCount = Math.max(1, Math.ceil((tables["theo-don-vi"].total ?? 0) / UNIT_PAGE_SIZE));
  return { ...selected, summary: summarize(breakdown, counts), tables, unitPage: { page: Math.min(params.unitPage, pageCount), pageCount } };
}

export interface ItemAnalysisPageData extends Selected {
  view: ItemAnalysisView | null;
}

export async function getItemAnalysisPageData(params: {
  contest?: string;
  round?: string;
  sort: ItemSort;
  flaggedOnly: boolean;
  page: number;
}): Promise<ItemAnalysisPageData> {
  const selected = await select(params);
  if (!selected.context) return { ...selected, view: null };
  return { ...selected, view: await getItemAnalysisView(selected.context.id, params) };
}
