import { render, screen, within } from "@testing-library/react";
import { ChartFigure } from "@/components/statistics/chart-figure";
import { DownloadLinks } from "@/components/statistics/download-links";
import { StatTableView } from "@/components/statistics/stat-table";
import type { StatTable } from "@/lib/statistics/table-model";

const table: StatTable = {
  key: "theo-don-vi",
  title: "Theo đơn vị",
  columns: [
    { key: "name", label: "Đơn vị", kind: "text" },
    { key: "participants", label: "Người tham gia", kind: "int" },
    { key: "headcount", label: "Số cán bộ (biên chế)", kind: "int" },
    { key: "rate", label: "Tỉ lệ tham gia (%)", kind: "percent" },
  ],
  rows: [
    { name: "Sở Thông tin và Truyền thông", participants: 1234, headcount: 4500, rate: 1234 / 4500 },
    { name: "(Không ghi đơn vị)", participants: 7, headcount: null, rate: null },
  ],
};

test("a statistics table has a caption, column headers and row headers, numbers in Vietnamese format", () => {
  render(<StatTableView table={table} />);
  const t = screen.getByRole("table", { name: "Theo đơn vị" });
  expect(
    within(t)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(["Đơn vị", "Người tham gia", "Số cán bộ (biên chế)", "Tỉ lệ tham gia (%)"]);
  const row = within(t).getByRole("row", { name: /Sở Thông tin/ });
  expect(within(row).getByRole("rowheader")).toHaveTextContent("Sở Thông tin và Truyền thông");
  expect(
    within(row)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["1.234", "4.500", "27,4"]);
  const unknown = within(t).getByRole("row", { name: /Không ghi đơn vị/ });
  expect(
    within(unknown)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["7", "—", "—"]);
});

test("an empty table says there are no figures yet", () => {
  render(<StatTableView table={{ ...table, rows: [] }} caption="Trống" />);
  expect(within(screen.getByRole("table", { name: "Trống" })).getByText("Chưa có số liệu.")).toBeInTheDocument();
});

test("a chart is hidden from screen readers and its numbers are in a table under it", () => {
  render(<ChartFigure id="bieu-do" caption="Phổ điểm" table={table} chart={<div aria-hidden="true" data-testid="chart" />} />);
  const figure = screen.getByRole("figure", { name: "Phổ điểm" });
  expect(within(figure).getByTestId("chart")).toHaveAttribute("aria-hidden", "true");
  expect(within(figure).getByText("Xem số liệu dạng bảng")).toBeInTheDocument();
  expect(within(figure).getByRole("table", { name: "Phổ điểm" })).toBeInTheDocument();
});

test("each table has CSV and Excel download links naming the table, for the round", () => {
  render(<DownloadLinks table="theo-huyen" title="Theo huyện/thành phố" roundId="r 1" />);
  expect(screen.getByRole("link", { name: "Tải CSV – bảng “Theo huyện/thành phố”" })).toHaveAttribute(
    "href",
    "/api/admin/statistics/theo-huyen?round=r+1&format=csv",
  );
  expect(screen.getByRole("link", { name: "Tải Excel – bảng “Theo huyện/thành phố”" })).toHaveAttribute(
    "href",
    "/api/admin/statistics/theo-huyen?round=r+1&format=xlsx",
  );
});
