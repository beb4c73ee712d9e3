import { districtRows, participationRate, unitRows } from "@/lib/certificates/participation";
import { configuredPublicUrl, publicBaseUrl, verificationUrl } from "@/lib/certificates/urls";

const districts = [
  { id: "d1", name: "TP Ninh Bình" },
  { id: "d2", name: "Huyện Kim Sơn" },
];

test("districts keep their order, zero when nobody took part, unknown last", () => {
  expect(
    districtRows(districts, [
      { key: "d2", people: 3, attempts: 5 },
      { key: null, people: 1, attempts: 1 },
      { key: "deleted", people: 2, attempts: 2 },
    ]),
  ).toEqual([
    { name: "TP Ninh Bình", people: 0, attempts: 0 },
    { name: "Huyện Kim Sơn", people: 3, attempts: 5 },
    { name: "(Không chọn huyện)", people: 3, attempts: 3 },
  ]);
  expect(districtRows(districts, [])).toHaveLength(2);
});

test("listed units with headcount, then free-text units by size, then no unit", () => {
  const units = [
    { id: "u1", name: "Sở Thông tin và Truyền thông", headcount: 40, districtName: "TP Ninh Bình" },
    { id: "u2", name: "UBND huyện Kim Sơn", headcount: null, districtName: "Huyện Kim Sơn" },
  ];
  const rows = unitRows(units, [
    // The same listed unit appears under two stored unitName spellings: they add up.
    { key: "u1", freeName: "", people: 3, attempts: 4 },
    { key: "u1", freeName: "Sở TT&TT", people: 1, attempts: 1 },
    { key: null, freeName: "Trường THPT Kim Sơn A", people: 1, attempts: 2 },
    { key: null, freeName: "Công ty ABC", people: 4, attempts: 4 },
    { key: null, freeName: "Cong ty ABC".replace("Cong", "Công"), people: 1, attempts: 1 },
    { key: null, freeName: "", people: 2, attempts: 3 },
  ]);
  expect(rows).toEqual([
    { name: "Sở Thông tin và Truyền thông", districtName: "TP Ninh Bình", headcount: 40, people: 4, attempts: 5 },
    { name: "UBND huyện Kim Sơn", districtName: "Huyện Kim Sơn", headcount: null, people: 0, attempts: 0 },
    { name: "Công ty ABC", districtName: "", headcount: null, people: 5, attempts: 5 },
    { name: "Trường THPT Kim Sơn A", districtName: "", headcount: null, people: 1, attempts: 2 },
    { name: "(Không ghi đơn vị)", districtName: "", headcount: null, people: 2, attempts: 3 },
  ]);
});

test.each([
  [10, 40, 0.25],
  [3, null, null],
  [3, 0, null],
  [0, 5, 0],
])("participationRate(%p, %p) → %p", (people, headcount, expected) => {
  expect(participationRate(people, headcount)).toBe(expected);
});

test.each([
  // PUBLIC_URL wins; NEXTAUTH_URL is honoured for deployments configured before PUBLIC_URL existed.
  [{ PUBLIC_URL: "https://chuyendoiso.ninhbinh.gov.vn/" }, "http://10.0.0.5:3000/api/x", "https://chuyendoiso.ninhbinh.gov.vn"],
  [{ PUBLIC_URL: "https://thi.ninhbinh.gov.vn", NEXTAUTH_URL: "http://localhost:3000" }, null, "https://thi.ninhbinh.gov.vn"],
  [{ NEXTAUTH_URL: "https://old.example.vn/" }, "http://10.0.0.5:3000/api/x", "https://old.example.vn"],
  [{ PUBLIC_URL: "  ", NEXTAUTH_URL: "" }, "http://localhost:3000/api/x?y=1", "http://localhost:3000"],
  // Nothing configured and no request (a script, a scheduler): this machine on the port it serves.
  [{}, null, "http://localhost:3000"],
  [{ PORT: "4200" }, null, "http://localhost:4200"],
])("publicBaseUrl(env=%p, request=%p) → %p", (env, requestUrl, expected) => {
  expect(publicBaseUrl(requestUrl, env)).toBe(expected);
});

test.each([
  [{ PUBLIC_URL: "https://a.vn/" }, "https://a.vn"],
  [{ NEXTAUTH_URL: "http://127.0.0.1:3210" }, "http://127.0.0.1:3210"],
  [{}, null],
])("configuredPublicUrl(%p) → %p", (env, expected) => {
  expect(configuredPublicUrl(env)).toBe(expected);
});

test("verificationUrl joins the base and the code", () => {
  expect(verificationUrl("https://a.vn/", "AbC_-123")).toBe("https://a.vn/chung-nhan/AbC_-123");
});
