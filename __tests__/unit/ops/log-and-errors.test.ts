import { DB_BUSY_MESSAGE, isRetryableDbError, withDbRetry } from "@/lib/db/errors";
import { createLogger } from "@/lib/log";

describe("logs never carry personal data or secrets", () => {
  test("personal fields are redacted at any depth", () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l: string) => void lines.push(l) });
    log.info(
      { participant: { fullName: "Nguyễn Thị Ánh Tuyết", cccd: "037190000123", phone: "0912345678", district: "Hoa Lư" }, password: "bi-mat-123" },
      "đăng ký",
    );
    log.info({ req: { headers: { authorization: "Bearer abc", cookie: "next-auth.session-token=xyz" } } }, "request");
    const text = lines.join("");
    for (const secret of ["Ánh Tuyết", "037190000123", "0912345678", "bi-mat-123", "Bearer abc", "session-token=xyz"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("Hoa Lư");
    expect(text).toContain("[ẩn]");
  });
});

describe("retryable database errors", () => {
  test.each([
    [{ message: "SqliteError: database is locked" }, true],
    [{ code: "SQLITE_BUSY", message: "x" }, true],
    [{ code: "P2024", message: "Timed out fetching a new connection from the connection pool" }, true],
    [{ message: "x", cause: { code: "57P01" } }, true],
    [{ message: "connect ECONNREFUSED 127.0.0.1:5432" }, true],
    [{ code: "P2002", message: "Unique constraint failed" }, false],
    [new Error("Something else"), false],
    [null, false],
  ])("%j → %s", (err, expected) => expect(isRetryableDbError(err)).toBe(expected));

  test("withDbRetry retries a busy database, then succeeds", async () => {
    let calls = 0;
    const result = await withDbRetry(
      async () => {
        calls++;
        if (calls < 3) throw new Error("database is locked");
        return "ghi xong";
      },
      4,
      1,
    );
    expect(result).toBe("ghi xong");
    expect(calls).toBe(3);
  });

  test("withDbRetry gives up after its attempts and never retries other errors", async () => {
    let calls = 0;
    await expect(
      withDbRetry(
        async () => {
          calls++;
          throw new Error("database is locked");
        },
        3,
        1,
      ),
    ).rejects.toThrow("locked");
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withDbRetry(
        async () => {
          calls++;
          throw new Error("Unique constraint failed");
        },
        3,
        1,
      ),
    ).rejects.toThrow();
    expect(calls).toBe(1);
    expect(DB_BUSY_MESSAGE).toMatch(/thử lại/);
  });
});
