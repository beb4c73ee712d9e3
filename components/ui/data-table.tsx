// A list as a table: the scroll box, the caption, one header row of column names and the
// caller's rows, so each list writes only its cells.
import type { ReactNode } from "react";
import { TableBox, thClass } from "./table";

export function DataTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <TableBox caption={caption}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col" className={thClass}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </TableBox>
  );
}
