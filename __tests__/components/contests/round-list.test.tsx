import { render, screen, within } from "@testing-library/react";
import { RoundList } from "@/components/contests/round-list";

// 12:00 Vietnam time (UTC+7) on the given day.
const vn = (isoDay: string) => new Date(`${isoDay}T05:00:00.000Z`);

test("each round shows its name, its window in Vietnam dates and its phase at that instant", () => {
  render(
    <RoundList
      now={vn("2026-05-10")}
      rounds={[
        { id: "r1", name: "Quý 1", opensAt: vn("2026-01-05"), closesAt: vn("2026-03-25"), status: "PUBLISHED" },
        { id: "r2", name: "Quý 2", opensAt: vn("2026-04-01"), closesAt: vn("2026-06-25"), status: "OPEN" },
        { id: "r3", name: "Quý 3", opensAt: vn("2026-07-01"), closesAt: vn("2026-09-25"), status: "OPEN" },
      ]}
    />,
  );
  const items = screen.getAllByRole("listitem");
  expect(items.map((li) => li.textContent)).toEqual([
    "Quý 105/01/2026 – 25/03/2026 (đã kết thúc)",
    "Quý 201/04/2026 – 25/06/2026 (đang diễn ra)",
    "Quý 301/07/2026 – 25/09/2026 (sắp mở)",
  ]);
  expect(within(items[1]).getByText("Quý 2")).toBeInTheDocument();
  expect(screen.getByRole("region", { name: "Các đợt thi" })).toContainElement(items[0]);
  expect(screen.queryByText("Chưa có đợt thi nào được công bố.")).toBeNull();
});

test("no published round: says so", () => {
  render(<RoundList now={vn("2026-05-10")} rounds={[]} />);
  expect(within(screen.getByRole("region", { name: "Các đợt thi" })).getByText("Chưa có đợt thi nào được công bố.")).toBeInTheDocument();
});
