import {
  decisionLine,
  formatVnDateTimeSeconds,
  longVnDate,
  placeDateLine,
  placeFromOrganiser,
  prizeLine,
  roundYearLine,
  unitOrAddress,
} from "@/lib/certificates/format";

test.each([
  [{ unitName: "Sở Thông tin và Truyền thông", wardName: "Phường Đông Thành", districtName: "TP Ninh Bình" }, "Sở Thông tin và Truyền thông"],
  [{ unitName: "", wardName: "Phường Đông Thành", districtName: "TP Ninh Bình" }, "Phường Đông Thành, TP Ninh Bình"],
  [{ unitName: "  ", wardName: "", districtName: "Huyện Kim Sơn" }, "Huyện Kim Sơn"],
  [{ unitName: "", wardName: "Xã Ninh Nhất", districtName: null }, "Xã Ninh Nhất"],
  [{ unitName: "", wardName: "", districtName: null }, ""],
])("unitOrAddress(%p) → %p", (parts, expected) => {
  expect(unitOrAddress(parts)).toBe(expected);
});

test.each([
  ["Giải Nhì", "Đạt Giải Nhì"],
  ["Giải Khuyến khích", "Đạt Giải Khuyến khích"],
  ["Nhất", "Đạt giải Nhất"],
])("prizeLine(%p) → %p", (tier, expected) => {
  expect(prizeLine(tier)).toBe(expected);
});

test("roundYearLine", () => {
  expect(roundYearLine("Quý 1", 2023)).toBe("Quý 1 năm 2023");
});

test.each([
  ["2023-03-25", "ngày 25 tháng 03 năm 2023"],
  ["2023-12-05", "ngày 05 tháng 12 năm 2023"],
  ["không phải ngày", "không phải ngày"],
])("longVnDate(%p) → %p", (iso, expected) => {
  expect(longVnDate(iso)).toBe(expected);
});

test.each([
  ["Sở Thông tin và Truyền thông tỉnh Ninh Bình", "Ninh Bình"],
  ["UBND thành phố Hà Nội", "Hà Nội"],
  ["Ban Tổ chức cuộc thi", null],
])("placeFromOrganiser(%p) → %p", (organiser, expected) => {
  expect(placeFromOrganiser(organiser)).toBe(expected);
});

test.each([
  ["Sở Thông tin và Truyền thông tỉnh Ninh Bình", "2023-03-25", "Ninh Bình, ngày 25 tháng 03 năm 2023"],
  ["Ban Tổ chức", "2023-03-25", "Ngày 25 tháng 03 năm 2023"],
])("placeDateLine(%p, %p) → %p", (organiser, iso, expected) => {
  expect(placeDateLine(organiser, iso)).toBe(expected);
});

test.each([
  ["17/QĐ-STTTT", "2023-03-25", "Quyết định số 17/QĐ-STTTT ngày 25/03/2023"],
  ["17/QĐ-STTTT", null, "Quyết định số 17/QĐ-STTTT"],
  [null, "2023-03-25", null],
])("decisionLine(%p, %p) → %p", (n, d, expected) => {
  expect(decisionLine(n, d)).toBe(expected);
});

test.each([
  ["2023-03-16T07:40:55.192Z", "16/03/2023 14:40:55"],
  ["2023-03-30T17:00:00.000Z", "31/03/2023 00:00:00"],
])("formatVnDateTimeSeconds(%p) → %p (Vietnam time)", (iso, expected) => {
  expect(formatVnDateTimeSeconds(new Date(iso))).toBe(expected);
});
