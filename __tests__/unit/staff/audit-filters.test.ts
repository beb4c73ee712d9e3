import { auditWhere, parseAuditFilter } from "@/lib/staff/audit-filters";

test("filters come from the URL with defaults", () => {
  expect(parseAuditFilter({})).toEqual({ action: "", entityType: "", actor: "", from: "", to: "", page: 1 });
  expect(parseAuditFilter({ hanhDong: ["a", "b"], trang: "-3" })).toMatchObject({ action: "a", page: 1 });
  expect(parseAuditFilter({ trang: "4" }).page).toBe(4);
});

test.each([
  [{ from: "09/03/2026", to: "" }, { gte: "2026-03-08T17:00:00.000Z" }],
  [{ from: "", to: "09/03/2026" }, { lte: "2026-03-09T16:59:59.999Z" }],
  [
    { from: "1/3/2026", to: "31/3/2026" },
    { gte: "2026-02-28T17:00:00.000Z", lte: "2026-03-31T16:59:59.999Z" },
  ],
])("date range %j covers whole Vietnam days", (dates, range) => {
  const { where, problems } = auditWhere({ action: "", entityType: "", actor: "", page: 1, ...dates });
  expect(problems).toEqual([]);
  expect(Object.fromEntries(Object.entries(where.at ?? {}).map(([k, v]) => [k, (v as Date).toISOString()]))).toEqual(range);
});

test("unreadable dates are reported", () => {
  expect(auditWhere({ action: "x", entityType: "", actor: "admin", from: "2026-03-01", to: "32/1/2026", page: 1 })).toEqual({
    where: { action: "x", actorName: "admin" },
    problems: ["“Từ ngày” không đúng dạng dd/MM/yyyy.", "“Đến ngày” không đúng dạng dd/MM/yyyy."],
  });
});
