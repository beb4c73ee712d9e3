import { byDistrict, byGroup, byUnit, NO_UNIT_NAME, summarize, UNKNOWN_DISTRICT, type BreakdownRow } from "@/lib/statistics/breakdown";

const row = (p: Partial<BreakdownRow>): BreakdownRow => ({
  districtId: "d1",
  unitId: null,
  freeUnitName: "",
  group: "NGUOI_DAN",
  participants: 1,
  attempts: 1,
  scoreSum: 10,
  durationSumMs: 60_000,
  durationCount: 1,
  ...p,
});

// Two people of unit u1 in d1 (CBCCVC), one of u2 in d2, one student with a typed school and no
// district, one person with no unit at all.
const rows: BreakdownRow[] = [
  row({ unitId: "u1", freeUnitName: null, group: "CBCCVC", participants: 2, attempts: 5, scoreSum: 70 }),
  row({ districtId: "d2", unitId: "u2", freeUnitName: null, group: "CBCCVC", participants: 1, attempts: 3, scoreSum: 45 }),
  row({ districtId: null, freeUnitName: "Trường THPT Kim Sơn A", group: "HSSV", participants: 1, attempts: 1, scoreSum: 12 }),
  row({ districtId: "d2", participants: 1, attempts: 2, scoreSum: 20, durationCount: 2, durationSumMs: 100_000 }),
];

test("the round's totals add up the groups (each person is in exactly one)", () => {
  expect(summarize(rows, { inProgress: 3, registered: 40 })).toEqual({
    participants: 5,
    attempts: 11,
    scoreSum: 147,
    durationSumMs: 280_000,
    durationCount: 5,
    inProgress: 3,
    registered: 40,
  });
});

test("by district: the contest's districts in order, zeros included, then the unknown one", () => {
  const d = byDistrict(rows, [
    { id: "d2", name: "Huyện Kim Sơn" },
    { id: "d1", name: "Thành phố Ninh Bình" },
    { id: "d3", name: "Huyện Yên Mô" },
  ]);
  expect(d.map((x) => [x.name, x.participants, x.attempts])).toEqual([
    ["Huyện Kim Sơn", 2, 5],
    ["Thành phố Ninh Bình", 2, 5],
    ["Huyện Yên Mô", 0, 0],
    [UNKNOWN_DISTRICT, 1, 1],
  ]);
  expect(byDistrict(rows.slice(0, 2), [{ id: "d1", name: "A" }]).map((x) => x.name)).toEqual(["A"]);
});

test("by group: all three groups, zeros included", () => {
  expect(byGroup(rows)).toEqual({
    CBCCVC: { participants: 3, attempts: 8, scoreSum: 115 },
    NGUOI_DAN: { participants: 1, attempts: 2, scoreSum: 20 },
    HSSV: { participants: 1, attempts: 1, scoreSum: 12 },
  });
});

test("by unit: listed units (zeros included) and typed ones, most participants first, listed before typed", () => {
  const units = byUnit(rows, [
    { id: "u3", name: "Sở Y tế", headcount: 75, districtName: "Thành phố Ninh Bình" },
    { id: "u2", name: "UBND huyện Kim Sơn", headcount: 115, districtName: "Huyện Kim Sơn" },
    { id: "u1", name: "Sở Nội vụ", headcount: null, districtName: "Thành phố Ninh Bình" },
  ]);
  expect(units.map((u) => [u.name, u.participants, u.unitId])).toEqual([
    ["Sở Nội vụ", 2, "u1"],
    ["UBND huyện Kim Sơn", 1, "u2"],
    [NO_UNIT_NAME, 1, null],
    ["Trường THPT Kim Sơn A", 1, null],
    ["Sở Y tế", 0, "u3"],
  ]);
});
