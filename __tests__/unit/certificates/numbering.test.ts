import {
  allocatedRange,
  formatCertificateNumber,
  generateVerificationCode,
  isValidCertificatePattern,
  isVerificationCodeShape,
  VERIFICATION_CODE_LENGTH,
} from "@/lib/certificates/numbering";

describe("formatCertificateNumber renders the contest's pattern", () => {
  test.each([
    ["{n}/GCN-BTC", 5, "5/GCN-BTC"],
    ["{n:2}/GCN-BTC", 5, "05/GCN-BTC"],
    ["{n:2}/GCN-BTC", 123, "123/GCN-BTC"],
    ["{n:3}/GCN-BTC", 7, "007/GCN-BTC"],
    ["{n}/{year}/GCN", 12, "12/2023/GCN"],
    ["GCN-{year}-{n:4}", 42, "GCN-2023-0042"],
    ["Số {n}", 1, "Số 1"],
  ])("%s with n=%d → %s", (pattern, n, expected) => {
    expect(formatCertificateNumber(pattern, n, 2023)).toBe(expected);
  });

  test.each([[0], [-1], [1.5]])("refuses sequence %p", (n) => {
    expect(() => formatCertificateNumber("{n}", n, 2023)).toThrow();
  });
});

test.each([
  ["{n}/GCN-BTC", true],
  ["{n:2}", true],
  ["GCN-BTC", false],
  ["{year}/GCN", false],
  ["", false],
  ["{n:abc}", false],
])("pattern %p valid: %p", (pattern, valid) => {
  expect(isValidCertificatePattern(pattern)).toBe(valid);
});

test.each([
  [3, 3, [1, 2, 3]],
  [10, 2, [9, 10]],
  [7, 1, [7]],
])("a counter at %d after reserving %d hands out %p", (after, count, expected) => {
  expect(allocatedRange(after, count)).toEqual(expected);
});

test("verification codes are URL-safe, 16 characters, and do not repeat", () => {
  const codes = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const code = generateVerificationCode();
    expect(code).toHaveLength(VERIFICATION_CODE_LENGTH);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
    expect(isVerificationCodeShape(code)).toBe(true);
    codes.add(code);
  }
  expect(codes.size).toBe(2000);
});

test.each([
  ["AbCdEf123456_-xy", true],
  ["short", false],
  ["has space in it", false],
  ["../../etc/passwd", false],
  ["x".repeat(65), false],
])("code shape %p → %p", (code, ok) => {
  expect(isVerificationCodeShape(code)).toBe(ok);
});
