import fc from "fast-check";
import { toCsv, parseCsv } from "@/lib/statistics/export";
import { paginate, parseItemSort, parsePage, sortItems } from "@/lib/statistics/item-list";
import { pickSelection, type SelectableContest } from "@/lib/statistics/pick-selection";
import { completeSeries, durationBucketCount, durationBucketLabel, fillDays, nextIsoDay, ratio } from "@/lib/statistics/shape";
import { cellNumber, displayCell, fileCell, parseDisplayedNumber, type StatColumn, type StatTable } from "@/lib/statistics/table-model";

describe("series", () => {
  test("fillDays fills quiet days with zeros across a month end and keeps the running total", () => {
    const rows = fillDays([
      { day: "2023-03-01", attempts: 2, participants: 1, newParticipants: 1 },
      { day: "2023-02-27", attempts: 5, participants: 3, newParticipants: 3 },
    ]);
    expect(rows.map((r) => [r.day, r.attempts, r.cumulativeParticipants])).toEqual([
      ["2023-02-27", 5, 3],
      ["2023-02-28", 0, 3],
      ["2023-03-01", 2, 4],
    ]);
    expect(fillDays([])).toEqual([]);
  });

  test.each([
    ["2023-12-31", "2024-01-01"],
    ["2024-02-28", "2024-02-29"],
    ["2023-02-28", "2023-03-01"],
  ])("the day after %s is %s", (day, next) => {
    expect(nextIsoDay(day)).toBe(next);
  });

  test("completeSeries lists every value up to the maximum (or beyond, if the data goes beyond) with shares", () => {
    expect(
      completeSeries(
        [
          { value: 2, count: 3 },
          { value: 0, count: 1 },
        ],
        3,
      ),
    ).toEqual([
      { value: 0, count: 1, share: 0.25 },
      { value: 1, count: 0, share: 0 },
      { value: 2, count: 3, share: 0.75 },
      { value: 3, count: 0, share: 0 },
    ]);
    expect(completeSeries([{ value: 5, count: 1 }], 2, 1).map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
    expect(completeSeries([], 2).map((r) => r.share)).toEqual([null, null, null]);
  });

  test("duration buckets are whole minutes of the time limit", () => {
    expect(durationBucketCount(1200)).toBe(20);
    expect(durationBucketCount(90)).toBe(2);
    expect(durationBucketLabel(0)).toBe("0–1 phút");
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, null)).toBeNull();
  });
});

describe("cells: one rounding for the page and the files", () => {
  const percent: StatColumn = { key: "p", label: "Tỉ lệ (%)", kind: "percent" };
  const decimal: StatColumn = { key: "d", label: "Độ phân biệt", kind: "decimal", digits: 2 };
  const int: StatColumn = { key: "i", label: "Lượt", kind: "int" };
  const date: StatColumn = { key: "t", label: "Ngày", kind: "date" };

  test.each([
    [int, 1234, "1.234", 1234],
    [percent, 0.125, "12,5", 12.5],
    [percent, 1 / 3, "33,3", 33.3],
    [decimal, -0.95221, "-0,95", -0.95],
    [decimal, 0.5, "0,50", 0.5],
    [int, null, "—", null],
    [date, "2023-03-16", "16/03/2023", "16/03/2023"],
  ] as const)("%o %p is shown %p and written %p", (column, value, shown, written) => {
    expect(displayCell(value, column)).toBe(shown);
    expect(fileCell(value, column)).toBe(written);
  });

  test("whatever the value, the shown text reads back as the written number", () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom(percent, decimal), (v, column) => {
        const back = parseDisplayedNumber(displayCell(v, column));
        return Object.is(back, cellNumber(v, column)) || back === cellNumber(v, column);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (v) => parseDisplayedNumber(displayCell(v, int)) === v));
  });
});

describe("CSV", () => {
  const table: StatTable = {
    key: "t",
    title: "Bảng",
    columns: [
      { key: "name", label: "Đơn vị", kind: "text" },
      { key: "n", label: "Người tham gia", kind: "int" },
      { key: "rate", label: "Tỉ lệ (%)", kind: "percent" },
    ],
    rows: [
      { name: 'Sở "Thông tin", Truyền thông', n: 12, rate: 0.2667 },
      { name: "Xã Yên Phong\nthôn 2", n: 0, rate: null },
    ],
  };

  test("starts with a BOM, quotes what needs quoting, ends lines with CRLF, and reads back", () => {
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFFĐơn vị,Người tham gia,Tỉ lệ (%)\r\n")).toBe(true);
    expect(csv).toContain('"Sở ""Thông tin"", Truyền thông",12,26.7\r\n');
    expect(parseCsv(csv)).toEqual([
      ["Đơn vị", "Người tham gia", "Tỉ lệ (%)"],
      ['Sở "Thông tin", Truyền thông', "12", "26.7"],
      ["Xã Yên Phong\nthôn 2", "0", ""],
    ]);
  });
});

describe("item list", () => {
  const row = (versionId: string, n: number, facility: number | null, discrimination: number | null, flags: number) => ({
    versionId,
    n,
    facility,
    discrimination,
    flags: Array(flags).fill("TOO_EASY"),
  });
  const rows = [row("a", 10, 0.5, 0.3, 0), row("b", 30, 0.95, null, 1), row("c", 20, 0.1, -0.2, 2), row("d", 20, 0.6, 0.05, 1)];

  test.each([
    ["canh-bao", ["c", "d", "b", "a"]],
    ["do-de", ["c", "a", "d", "b"]],
    ["phan-biet", ["c", "d", "a", "b"]],
    ["luot", ["b", "c", "d", "a"]],
  ] as const)("sorted by %s", (sort, order) => {
    expect(sortItems(rows, sort).map((r) => r.versionId)).toEqual(order);
  });

  test("pages are clamped; bad parameters fall back", () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ rows: [3, 4], page: 2, pageCount: 3, total: 5 });
    expect(paginate([1, 2, 3], 9, 2).page).toBe(2);
    expect(paginate([], 1, 2)).toEqual({ rows: [], page: 1, pageCount: 1, total: 0 });
    expect(parsePage("abc")).toBe(1);
    expect(parsePage("-2")).toBe(1);
    expect(parsePage("3")).toBe(3);
    expect(parseItemSort("xyz")).toBe("canh-bao");
  });
});

describe("contest and round chosen by the page", () => {
  const r = (number: number, opensAt: string, closesAt: string, status: "DRAFT" | "OPEN" = "OPEN") => ({
    id: `r${number}`,
    number,
    name: `Quý ${number}`,
    status,
    opensAt: new Date(opensAt),
    closesAt: new Date(closesAt),
  });
  const contests: SelectableContest[] = [
    {
      id: "c26",
      slug: "cds-2026",
      name: "2026",
      year: 2026,
      isFeatured: true,
      rounds: [
        r(1, "2026-02-14T17:00:00Z", "2026-03-30T17:00:00Z"),
        r(2, "2026-03-31T17:00:00Z", "2026-06-30T17:00:00Z"),
        r(3, "2026-07-01T17:00:00Z", "2026-09-30T17:00:00Z", "DRAFT"),
      ],
    },
    { id: "c23", slug: "cds-2023", name: "2023", year: 2023, isFeatured: false, rounds: [r(1, "2023-02-14T17:00:00Z", "2023-03-30T17:00:00Z")] },
  ];

  test.each([
    [{}, "2026-05-01T00:00:00Z", "c26", "r2"], // the open round of the featured contest
    [{}, "2026-12-01T00:00:00Z", "c26", "r2"], // none open: the last non-draft round that opened
    [{}, "2026-01-01T00:00:00Z", "c26", "r1"], // nothing opened yet: the first
    [{ contest: "cds-2023" }, "2026-05-01T00:00:00Z", "c23", "r1"],
    [{ contest: "cds-2026", round: "3" }, "2026-05-01T00:00:00Z", "c26", "r3"], // staff may look at a draft
    [{ contest: "nope", round: "9" }, "2026-05-01T00:00:00Z", "c26", "r2"],
  ])("%o at %s → %s %s", (params, at, contestId, roundId) => {
    const picked = pickSelection(contests, params, new Date(at));
    expect([picked.contest?.id, picked.round?.id]).toEqual([contestId, roundId]);
  });

  test("no contest at all", () => {
    expect(pickSelection([], {}, new Date())).toEqual({ contest: null, round: null });
  });
});
