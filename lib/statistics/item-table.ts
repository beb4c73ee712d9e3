// The item-analysis list of a round as the page shows it (ordered, filtered, paged) and as the
// download writes it (the same order and filter, every row).
import "server-only";
import { cachedItemAnalysis } from "./cached";
import { itemColumns, itemRow } from "./item-columns";
import { paginate, sortItems, type ItemSort, type Page } from "./item-list";
import type { ItemAnalysisRow } from "./item-queries";
import type { StatTable } from "./table-model";

const ITEM_PAGE_SIZE = 20;

async function orderedItems(roundId: string, sort: ItemSort, flaggedOnly: boolean) {
  const all = await cachedItemAnalysis(roundId);
  const sorted = sortItems(all, sort);
  return { all, rows: flaggedOnly ? sorted.filter((r) => r.flags.length > 0) : sorted };
}

export interface ItemAnalysisView {
  page: Page<ItemAnalysisRow>;
  /** Rank of the page's first row in the ordered list (1-based), as in the downloaded file. */
  firstRank: number;
  versions: number;
  flagged: number;
}

export async function getItemAnalysisView(roundId: string, options: { sort: ItemSort; flaggedOnly: boolean; page: number }): Promise<ItemAnalysisView> {
  const { all, rows } = await orderedItems(roundId, options.sort, options.flaggedOnly);
  const page = paginate(rows, options.page, ITEM_PAGE_SIZE);
  return { page, firstRank: (page.page - 1) * ITEM_PAGE_SIZE + 1, versions: all.length, flagged: all.filter((r) => r.flags.length > 0).length };
}

export async function buildItemTable(roundId: string, sort: ItemSort, flaggedOnly: boolean): Promise<Omit<StatTable, "key" | "title">> {
  const { rows } = await orderedItems(roundId, sort, flaggedOnly);
  const optionCount = Math.max(4, ...rows.map((r) => r.options.length));
  return {
    columns: itemColumns(optionCount),
    rows: rows.map((r, i) => itemRow(r, i + 1, optionCount)),
  };
}
