import { render, screen, within } from "@testing-library/react";
import { DataTable } from "@/components/ui/data-table";

test("the table is named by its caption, heads each column and holds the caller's rows in a named scroll region", () => {
  render(
    <DataTable caption="Danh sách tài khoản" columns={["Tài khoản", "Vai trò"]}>
      <tr>
        <th scope="row">admin</th>
        <td>Quản trị</td>
      </tr>
    </DataTable>,
  );
  const table = screen.getByRole("table", { name: "Danh sách tài khoản" });
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((c) => c.textContent),
  ).toEqual(["Tài khoản", "Vai trò"]);
  expect(within(table).getByRole("rowheader", { name: "admin" })).toBeInTheDocument();
  const region = screen.getByRole("region", { name: "Danh sách tài khoản" });
  expect(region).toHaveAttribute("tabindex", "0");
  expect(region).toContainElement(table);
});
