import {
  awardMonthOf,
  fixedClock,
  formatDuration,
  formatVnDate,
  formatVnDateTime,
  isInVnMonth,
  parseIsoDate,
  parsePlanWindow,
  parseVnDate,
  setClock,
  shiftedClock,
  now,
  vnDayKey,
  vnQuarter,
} from "@/lib/time";

describe("parseVnDate", () => {
  test.each([
    ["30/3/2023", { year: 2023, month: 3, day: 30 }],
    ["01/04/2023", { year: 2023, month: 4, day: 1 }],
    [" 15/02/2023 ", { year: 2023, month: 2, day: 15 }],
    ["29/02/2024", { year: 2024, month: 2, day: 29 }],
  ])("%s", (text, expected) => expect(parseVnDate(text)).toEqual(expected));

  test.each(["29/02/2023", "31/4/2023", "2023-03-30", "30/13/2023", "", "1/1/23"])("rejects %s", (text) => {
    expect(parseVnDate(text)).toBeNull();
  });
});

describe("parsePlanWindow: whole days in Vietnam time", () => {
  test.each([
    ["15/02/2023", "30/3/2023", "2023-02-14T17:00:00.000Z", "2023-03-30T16:59:59.999Z"],
    ["01/4/2023", "30/6/2023", "2023-03-31T17:00:00.000Z", "2023-06-30T16:59:59.999Z"],
    ["01/7/2023", "30/9/2023", "2023-06-30T17:00:00.000Z", "2023-09-30T16:59:59.999Z"],
    ["01/10/2023", "30/11/2023", "2023-09-30T17:00:00.000Z", "2023-11-30T16:59:59.999Z"],
  ])("%s – %s", (from, to, opens, closes) => {
    const w = parsePlanWindow(from, to);
    expect(w.opensAt.toISOString()).toBe(opens);
    expect(w.closesAt.toISOString()).toBe(closes);
  });

  test("edges: 00:00 opens and 23:59:59.999 is still inside, the next millisecond is not", () => {
    const w = parsePlanWindow("15/02/2023", "30/3/2023");
    expect(formatVnDateTime(w.opensAt)).toBe("15/02/2023 00:00");
    expect(formatVnDateTime(w.closesAt)).toBe("30/03/2023 23:59");
    expect(new Date(w.opensAt.getTime() - 1) < w.opensAt).toBe(true);
    expect(formatVnDate(new Date(w.closesAt.getTime() + 1))).toBe("31/03/2023");
  });

  test("refuses a window that ends before it starts", () => {
    expect(() => parsePlanWindow("30/3/2023", "15/02/2023")).toThrow();
  });
});

describe("award month: the last month of the round's quarter", () => {
  test.each([
    ["15/02/2023", "30/3/2023", 3],
    ["01/4/2023", "30/6/2023", 6],
    ["01/7/2023", "30/9/2023", 9],
    ["01/10/2023", "30/11/2023", 12],
  ])("round %s – %s → month %i", (from, to, month) => {
    expect(awardMonthOf(parsePlanWindow(from, to).closesAt)).toEqual({ year: 2023, month });
  });

  test.each([
    // 2023-03-31T17:30Z is 01/04 00:30 in Vietnam: already April, quarter 2.
    ["2023-03-31T17:30:00Z", 2023, 4, 2],
    ["2023-03-31T16:59:59.999Z", 2023, 3, 1],
    // 2023-12-31T17:00Z is New Year in Vietnam.
    ["2023-12-31T17:00:00Z", 2024, 1, 1],
    ["2023-12-31T16:59:59.999Z", 2023, 12, 4],
  ])("around midnight UTC: %s", (iso, year, month, quarter) => {
    const at = new Date(iso);
    expect(isInVnMonth(at, year, month)).toBe(true);
    expect(vnQuarter(at)).toEqual({ year, quarter });
  });
});

describe("formatting", () => {
  test.each([
    ["2023-02-14T17:00:00Z", "15/02/2023 00:00"],
    ["2023-06-30T16:59:00Z", "30/06/2023 23:59"],
    ["2023-01-01T00:00:00Z", "01/01/2023 07:00"],
  ])("%s → %s", (iso, text) => expect(formatVnDateTime(new Date(iso))).toBe(text));

  test.each([
    [45_200, "45,2 giây"],
    [65_000, "1 phút 05 giây"],
    [1_200_000, "20 phút 00 giây"],
  ])("duration %i ms", (ms, text) => expect(formatDuration(ms)).toBe(text));

  test("day key is the Vietnam calendar day", () => {
    expect(vnDayKey(new Date("2023-03-31T17:00:00Z"))).toBe("2023-04-01");
    expect(parseIsoDate("2023-02-30")).toBeNull();
  });
});

describe("the injectable clock", () => {
  test("setClock moves every rule's now, and restores", () => {
    const restore = setClock(fixedClock("2023-03-15T03:00:00Z"));
    expect(now().toISOString()).toBe("2023-03-15T03:00:00.000Z");
    restore();
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  test("shiftedClock starts at the given instant and then runs", () => {
    let t = 1_000_000;
    const base = { now: () => new Date(t) };
    const c = shiftedClock("2023-06-01T00:00:00Z", base);
    expect(c.now().toISOString()).toBe("2023-06-01T00:00:00.000Z");
    t += 5000;
    expect(c.now().toISOString()).toBe("2023-06-01T00:00:05.000Z");
  });
});
