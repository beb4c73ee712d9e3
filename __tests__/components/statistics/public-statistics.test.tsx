import { render, screen, within } from "@testing-library/react";
import { PublicStatisticsView } from "@/components/statistics/public-statistics";
import type { PublicStatistics } from "@/lib/statistics/public-queries";

const stats: PublicStatistics = {
  updatedAt: "2026-11-29T04:00:00.000Z",
  rounds: [
    {
      id: "r1",
      number: 1,
      name: "Quý 1",
      opensAt: "2026-02-14T17:00:00.000Z",
      closesAt: "2026-03-30T16:59:59.999Z",
      counts: { participants: 1500, attempts: 3200 },
    },
    { id: "r2", number: 2, name: "Quý 2", opensAt: "2026-03-31T17:00:00.000Z", closesAt: "2026-06-30T16:59:59.999Z", counts: { participants: 0, attempts: 0 } },
  ],
  total: { participants: 1500, attempts: 3200 },
  districts: [
    {
      id: "d1",
      name: "Thành phố Ninh Bình",
      total: { participants: 1000, attempts: 2000 },
      byRound: { r1: { participants: 1000, attempts: 2000 }, r2: { participants: 0, attempts: 0 } },
    },
    {
      id: "d2",
      name: "Huyện Kim Sơn",
      total: { participants: 500, attempts: 1200 },
      byRound: { r1: { participants: 500, attempts: 1200 }, r2: { participants: 0, attempts: 0 } },
    },
  ],
};

test("the public page shows totals per round and per district, with the update time", () => {
  render(<PublicStatisticsView contestName="Cuộc thi 2026" stats={stats} />);
  expect(screen.getByRole("heading", { level: 1, name: "Thống kê tham gia" })).toBeInTheDocument();
  expect(screen.getByText(/cập nhật lúc 29\/11\/2026 11:00/)).toBeInTheDocument();
  const rounds = screen.getByRole("table", { name: "Số người tham gia và lượt thi theo đợt" });
  expect(
    within(within(rounds).getByRole("row", { name: /Quý 1/ }))
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["1.500", "3.200"]);
  expect(within(rounds).getByRole("row", { name: /Cả cuộc thi/ })).toHaveTextContent("1.5003.200");
  const districts = screen.getByRole("table", { name: "Cả cuộc thi theo huyện/thành phố" });
  expect(
    within(districts)
      .getAllByRole("rowheader")
      .map((h) => h.textContent),
  ).toEqual(["Thành phố Ninh Bình", "Huyện Kim Sơn"]);
  // A round nobody has taken yet gets no district breakdown.
  expect(screen.getByRole("table", { name: "Quý 1 theo huyện/thành phố" })).toBeInTheDocument();
  expect(screen.queryByRole("table", { name: "Quý 2 theo huyện/thành phố" })).not.toBeInTheDocument();
});

test("a contest without published rounds says so", () => {
  render(<PublicStatisticsView contestName="Cuộc thi" stats={{ ...stats, rounds: [], districts: [], total: { participants: 0, attempts: 0 } }} />);
  expect(screen.getByText("Cuộc thi chưa có đợt thi nào được công bố.")).toBeInTheDocument();
});
