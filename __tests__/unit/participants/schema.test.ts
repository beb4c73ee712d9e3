// The registration schema (docs/DOMAIN.md §2, "Vietnamese formats"), the one shared by the form and
// the server action.
import { LIMITS, OTHER_UNIT, parseBirthDateInput, registrationSchema, signInSchema, type RegistrationInput } from "@/lib/participants/schema";
import { fixedClock, setClock } from "@/lib/time";

let restore: () => void;
beforeAll(() => {
  restore = setClock(fixedClock("2026-11-29T04:00:00Z"));
});
afterAll(() => restore());

const valid: RegistrationInput = {
  contestId: "c1",
  fullName: "Nguyễn Văn An",
  birthDate: "15/08/1990",
  gender: "MALE",
  cccd: "037090000123",
  phone: "0912345678",
  email: "",
  group: "CBCCVC",
  districtId: "d1",
  wardName: "Phường Đông Thành",
  unitId: "u1",
  unitName: "",
  password: "matkhau123",
  passwordConfirm: "matkhau123",
  consent: true,
  consentTextId: "t1",
};

function errorsOf(input: Partial<RegistrationInput>): Record<string, string[]> {
  const r = registrationSchema.safeParse({ ...valid, ...input });
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[i.path.join(".")] ??= []).push(i.message);
  return out;
}

function parse(input: Partial<RegistrationInput>) {
  return registrationSchema.parse({ ...valid, ...input });
}

test("a complete form parses into the stored shape", () => {
  expect(parse({})).toEqual({
    contestId: "c1",
    fullName: "Nguyễn Văn An",
    birthDate: "1990-08-15",
    gender: "MALE",
    cccd: "037090000123",
    phone: "0912345678",
    email: null,
    group: "CBCCVC",
    districtId: "d1",
    wardName: "Phường Đông Thành",
    unitId: "u1",
    unitName: "",
    password: "matkhau123",
    consent: true,
    consentTextId: "t1",
  });
});

describe("CCCD", () => {
  test.each([
    ["037090000123", "15/08/1990", "MALE"],
    ["037190000123", "15/08/1990", "FEMALE"],
    ["001205000001", "01/01/2005", "MALE"],
    ["079305999999", "31/12/2005", "FEMALE"],
    ["037 090 000 123", "15/08/1990", "MALE"],
    ["037099000123", "01/01/1999", "MALE"],
    ["037200000123", "01/01/2000", "MALE"],
  ] as const)("%s for %s %s is accepted", (cccd, birthDate, gender) => {
    expect(errorsOf({ cccd, birthDate, gender })).toEqual({});
    expect(parse({ cccd, birthDate, gender }).cccd).toBe(cccd.replace(/\s/g, ""));
  });

  test.each([
    ["", "Vui lòng nhập số CCCD."],
    ["03709000012", "Số CCCD phải gồm đúng 12 chữ số."],
    ["0370900001234", "Số CCCD phải gồm đúng 12 chữ số."],
    ["03709000012a", "Số CCCD phải gồm đúng 12 chữ số."],
    ["037-090-000-123", "Số CCCD phải gồm đúng 12 chữ số."],
  ])("%j is refused: %s", (cccd, message) => {
    expect(errorsOf({ cccd }).cccd).toEqual([message]);
  });

  test.each([
    // century/gender digit (4th) against gender and birth year
    ["037190000123", "15/08/1990", "MALE", "Chữ số thứ 4 của CCCD là 1 (nữ sinh năm 1900–1999), không khớp với giới tính và năm sinh đã nhập (cần là 0)."],
    ["037090000123", "15/08/1990", "FEMALE", "Chữ số thứ 4 của CCCD là 0 (nam sinh năm 1900–1999), không khớp với giới tính và năm sinh đã nhập (cần là 1)."],
    ["037290000123", "15/08/1990", "MALE", "Chữ số thứ 4 của CCCD là 2 (nam sinh năm 2000–2099), không khớp với giới tính và năm sinh đã nhập (cần là 0)."],
    ["037005000123", "15/08/2005", "MALE", "Chữ số thứ 4 của CCCD là 0 (nam sinh năm 1900–1999), không khớp với giới tính và năm sinh đã nhập (cần là 2)."],
    // birth-year digits (5th–6th) against the year of birth
    ["037091000123", "15/08/1990", "MALE", "Chữ số thứ 5–6 của CCCD là 91, không khớp với năm sinh đã nhập (cần là 90)."],
    ["037300000123", "15/08/2001", "FEMALE", "Chữ số thứ 5–6 của CCCD là 00, không khớp với năm sinh đã nhập (cần là 01)."],
  ] as const)("%s for %s %s is explained: %s", (cccd, birthDate, gender, message) => {
    expect(errorsOf({ cccd, birthDate, gender })).toEqual({ cccd: [message] });
  });

  test("the cross-check waits for a valid date of birth and gender (one message per problem)", () => {
    expect(errorsOf({ cccd: "037190000123", birthDate: "31/02/1990" })).toEqual({
      birthDate: ["Ngày sinh không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/08/1990."],
    });
  });
});

describe("phone", () => {
  test.each([
    ["0912345678", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["0912.345.678", "0912345678"],
    ["0912-345-678", "0912345678"],
    ["+84912345678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["+84.912.345.678", "0912345678"],
    ["84912345678", "0912345678"],
    ["84 912 345 678", "0912345678"],
    ["0321234567", "0321234567"],
    ["0561234567", "0561234567"],
    ["0781234567", "0781234567"],
    ["0861234567", "0861234567"],
    [" 0981234567 ", "0981234567"],
  ])("%j is accepted as %s", (phone, normalised) => {
    expect(parse({ phone }).phone).toBe(normalised);
  });

  const PHONE_MESSAGE = "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (có thể viết +84 hoặc 84 ở đầu).";
  test.each(["0212345678", "0112345678", "091234567", "09123456789", "1912345678", "+85912345678", "849123456", "09l2345678", "abc"])(
    "%j is refused",
    (phone) => {
      expect(errorsOf({ phone }).phone).toEqual([PHONE_MESSAGE]);
    },
  );

  test("an empty phone asks for one", () => {
    expect(errorsOf({ phone: "" }).phone).toEqual(["Vui lòng nhập số điện thoại."]);
  });
});

describe("full name", () => {
  test.each([
    ["Nguyễn Văn An", "Nguyễn Văn An"],
    ["  Đặng   Thị Ánh  Tuyết ", "Đặng Thị Ánh Tuyết"],
    ["Nguyễn Văn An".normalize("NFD"), "Nguyễn Văn An"],
    ["Hoàng Thị Ngọc Hương".normalize("NFD"), "Hoàng Thị Ngọc Hương"],
    ["Ông Ích Khiêm", "Ông Ích Khiêm"],
    ["H'Hen Niê", "H'Hen Niê"],
  ])("%j is stored as NFC %j", (fullName, stored) => {
    const parsed = parse({ fullName }).fullName;
    expect(parsed).toBe(stored.normalize("NFC"));
    expect(parsed).toBe(parsed.normalize("NFC"));
  });

  test("a decomposed input equals its composed form after parsing", () => {
    const composed = "Nguyễn Thị Ánh";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(parse({ fullName: decomposed }).fullName).toBe(parse({ fullName: composed }).fullName);
  });

  test.each([
    ["", "Vui lòng nhập họ và tên."],
    ["   ", "Vui lòng nhập họ và tên."],
    ["A", "Họ và tên quá ngắn."],
    ["Nguyễn Văn 3", "Họ và tên chỉ gồm chữ cái (có dấu) và dấu cách."],
    ["<script>", "Họ và tên chỉ gồm chữ cái (có dấu) và dấu cách."],
    ["A".repeat(LIMITS.fullName + 1), `Họ và tên tối đa ${LIMITS.fullName} ký tự.`],
  ])("%j is refused: %s", (fullName, message) => {
    expect(errorsOf({ fullName }).fullName).toEqual([message]);
  });

  test("a name of exactly the maximum length is accepted", () => {
    expect(errorsOf({ fullName: "Â".repeat(LIMITS.fullName) })).toEqual({});
  });
});

describe("date of birth", () => {
  test.each([
    ["15/08/1990", "1990-08-15"],
    ["1/2/1990", "1990-02-01"],
    ["15-08-1990", "1990-08-15"],
    ["15.08.1990", "1990-08-15"],
    ["15081990", "1990-08-15"],
    ["29/02/2000", "2000-02-29"],
    ["29/11/2026", "2026-11-29"],
  ])("%j is read as %s", (text, iso) => {
    expect(parseBirthDateInput(text)).toBe(iso);
  });

  test.each([
    ["", "Vui lòng nhập ngày sinh."],
    ["31/02/1990", "Ngày sinh không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/08/1990."],
    ["29/02/1990", "Ngày sinh không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/08/1990."],
    ["1990-08-15", "Ngày sinh không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/08/1990."],
    ["15/08/1899", "Ngày sinh không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/08/1990."],
    ["30/11/2026", "Ngày sinh không được sau ngày hôm nay."],
  ])("%j is refused: %s", (birthDate, message) => {
    expect(errorsOf({ birthDate, cccd: "037290000123" }).birthDate).toEqual([message]);
  });
});

describe("empty and oversized fields", () => {
  test("an empty form lists every required field in Vietnamese", () => {
    const errors = errorsOf({
      fullName: "",
      birthDate: "",
      gender: "" as RegistrationInput["gender"],
      cccd: "",
      phone: "",
      group: "" as RegistrationInput["group"],
      districtId: "",
      wardName: "",
      unitId: "",
      password: "",
      passwordConfirm: "",
      consent: false,
    });
    expect(errors).toEqual({
      fullName: ["Vui lòng nhập họ và tên."],
      birthDate: ["Vui lòng nhập ngày sinh."],
      gender: ["Vui lòng chọn giới tính."],
      cccd: ["Vui lòng nhập số CCCD."],
      phone: ["Vui lòng nhập số điện thoại."],
      group: ["Vui lòng chọn đối tượng."],
      districtId: ["Vui lòng chọn huyện/thành phố."],
      wardName: ["Vui lòng nhập xã/phường/thị trấn."],
      password: ["Vui lòng nhập mật khẩu."],
      passwordConfirm: ["Vui lòng nhập lại mật khẩu."],
      consent: ["Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký."],
      unitId: ["Vui lòng chọn đơn vị công tác hoặc trường học (chọn “Khác” nếu không có trong danh sách)."],
    });
  });

  test("a request missing every field gets Vietnamese messages, never zod's English defaults", () => {
    const r = registrationSchema.safeParse({});
    expect(r.success).toBe(false);
    for (const issue of r.error!.issues) expect(issue.message).not.toMatch(/Invalid|expected|received/);
  });

  test.each([
    ["email", `${"a".repeat(LIMITS.email)}@x.vn`, `Email tối đa ${LIMITS.email} ký tự.`],
    ["wardName", "P".repeat(LIMITS.wardName + 1), `Tên xã/phường tối đa ${LIMITS.wardName} ký tự.`],
    ["password", `a1${"x".repeat(LIMITS.passwordMax)}`, `Mật khẩu tối đa ${LIMITS.passwordMax} ký tự.`],
  ] as const)("an oversized %s is refused", (field, value, message) => {
    const extra = field === "password" ? { passwordConfirm: value } : {};
    expect(errorsOf({ [field]: value, ...extra })[field]).toEqual([message]);
  });

  test("an oversized unit name is refused", () => {
    expect(errorsOf({ unitId: OTHER_UNIT, unitName: "Đ".repeat(LIMITS.unitName + 1) }).unitName).toEqual([`Tên đơn vị tối đa ${LIMITS.unitName} ký tự.`]);
  });
});

describe("email, password, consent", () => {
  test.each([
    ["", null],
    ["  An.Nguyen@Example.VN ", "an.nguyen@example.vn"],
  ])("email %j is stored as %j", (email, stored) => {
    expect(parse({ email }).email).toBe(stored);
  });

  test.each(["an", "an@", "an@example", "an nguyen@example.vn"])("email %j is refused", (email) => {
    expect(errorsOf({ email }).email).toEqual(["Email không hợp lệ (ví dụ: ten@example.com)."]);
  });

  test.each([
    ["abc123", "Mật khẩu cần ít nhất 8 ký tự."],
    ["matkhaukhongso", "Mật khẩu cần có cả chữ và số."],
    ["12345678", "Mật khẩu cần có cả chữ và số."],
  ])("password %j is refused: %s", (password, message) => {
    expect(errorsOf({ password, passwordConfirm: password }).password).toEqual([message]);
  });

  test("a different confirmation is refused on the confirmation field", () => {
    expect(errorsOf({ passwordConfirm: "matkhau124" })).toEqual({ passwordConfirm: ["Mật khẩu nhập lại không khớp."] });
  });

  test("consent must be given; the password confirmation is not kept", () => {
    expect(errorsOf({ consent: false })).toEqual({ consent: ["Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký."] });
    expect(parse({})).not.toHaveProperty("passwordConfirm");
  });
});

describe("unit (đơn vị công tác)", () => {
  test.each([
    ["CBCCVC", "u1", "", { unitId: "u1", unitName: "" }],
    ["CBCCVC", OTHER_UNIT, " Trường  THCS Đinh Tiên Hoàng ", { unitId: null, unitName: "Trường THCS Đinh Tiên Hoàng" }],
    ["NGUOI_DAN", "", "", { unitId: null, unitName: "" }],
    ["NGUOI_DAN", OTHER_UNIT, "", { unitId: null, unitName: "" }],
    ["HSSV", "u1", "ignored", { unitId: "u1", unitName: "" }],
  ] as const)("%s with unit %j / %j is stored as %j", (group, unitId, unitName, stored) => {
    const out = parse({ group, unitId, unitName });
    expect({ unitId: out.unitId, unitName: out.unitName }).toEqual(stored);
  });

  test.each([
    ["CBCCVC", "", "", "unitId"],
    ["HSSV", "", "", "unitId"],
    ["CBCCVC", OTHER_UNIT, "", "unitName"],
    ["NGUOI_DAN", OTHER_UNIT, "X", "unitName"],
  ] as const)("%s with unit %j / %j is refused on %s", (group, unitId, unitName, field) => {
    expect(Object.keys(errorsOf({ group, unitId, unitName }))).toEqual([field]);
  });
});

test("sign-in asks for both fields in Vietnamese", () => {
  const r = signInSchema.safeParse({ identifier: " ", password: "" });
  expect(r.success).toBe(false);
  expect(r.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
    ["identifier", "Vui lòng nhập số CCCD hoặc số điện thoại."],
    ["password", "Vui lòng nhập mật khẩu."],
  ]);
});
