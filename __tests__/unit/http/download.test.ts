// The one download response (lib/http/download.ts): its file names survive Vietnamese, quotes and
// path tricks, and every download is nosniff, off the caches and of the declared type and length.
import { asciiFilename, contentDisposition, downloadResponse } from "@/lib/http/download";

test.each([
  ["Giấy chứng nhận Quý 1 năm 2023.xlsx", "giay-chung-nhan-quy-1-nam-2023.xlsx"],
  ["Xếp hạng Quý 4 năm 2023.XLSX", "xep-hang-quy-4-nam-2023.xlsx"],
  ["Đặng Thị Hoa.pdf", "dang-thi-hoa.pdf"],
  ["Đặng Thị Hoa.pdf".normalize("NFD"), "dang-thi-hoa.pdf"],
  ['"; rm -rf /.csv', "rm-rf.csv"],
  ['Lý "Tí" (bản sao).txt', "ly-ti-ban-sao.txt"],
  // No path separator survives: what follows the last dot is kept as letters and digits only.
  ["../../etc/passwd", "tep.etcpasswd"],
  ["Thống kê.", "thong-ke."],
  ["？？.json", "tep.json"],
  ["mau-nhap-cau-hoi.xlsx", "mau-nhap-cau-hoi.xlsx"],
])("asciiFilename(%p) → %p", (name, expected) => {
  expect(asciiFilename(name)).toBe(expected);
});

test.each([
  ["Giấy chứng nhận.pdf", "attachment", `attachment; filename="giay-chung-nhan.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20nh%E1%BA%ADn.pdf`],
  ["ket-qua-x-dot-1.json", "inline", `inline; filename="ket-qua-x-dot-1.json"; filename*=UTF-8''ket-qua-x-dot-1.json`],
  // RFC 5987 attr-char has no quote, apostrophe, parentheses or star: they are percent-encoded.
  [`Bà "Tư" O'Neil (1)*.csv`, "attachment", `attachment; filename="ba-tu-o-neil-1.csv"; filename*=UTF-8''B%C3%A0%20%22T%C6%B0%22%20O%27Neil%20%281%29%2A.csv`],
] as const)("contentDisposition(%p, %p)", (name, disposition, expected) => {
  expect(contentDisposition(name, disposition)).toBe(expected);
});

test("the exact name is sent in NFC, however it was typed", () => {
  expect(contentDisposition("Hòa.pdf".normalize("NFD"))).toBe(contentDisposition("Hòa.pdf".normalize("NFC")));
});

test.each([
  ["a string (UTF-8 bytes, not characters)", "Đã xong", "9"],
  ["bytes", new Uint8Array([1, 2, 3, 4]), "4"],
  ["a Blob", new Blob(["abc"]), "3"],
  ["a stream (length unknown)", new ReadableStream({ start: (c) => c.close() }), null],
])("a download of %s: type, disposition, nosniff, no-store and Content-Length", async (_label, body, length) => {
  const res = downloadResponse({ body, filename: "Xếp hạng.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(res.headers.get("content-disposition")).toBe(contentDisposition("Xếp hạng.xlsx"));
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("cache-control")).toBe("private, no-store");
  expect(res.headers.get("content-length")).toBe(length);
});

test("a public document may be cached and carry extra headers, but never loses nosniff or its type", () => {
  const res = downloadResponse({
    body: "{}",
    filename: "ket-qua.json",
    contentType: "application/json; charset=utf-8",
    disposition: "inline",
    cacheControl: "public, max-age=300",
    headers: { ETag: '"abc"', "X-Content-Type-Options": "sniff", "Content-Type": "text/html" },
  });
  expect(res.headers.get("cache-control")).toBe("public, max-age=300");
  expect(res.headers.get("etag")).toBe('"abc"');
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(res.headers.get("content-disposition")).toMatch(/^inline; /);
});

test("a stream of a stored file carries the size its storage reported as Content-Length", async () => {
  const body = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array([37, 80, 68, 70, 45])), c.close()) });
  const res = downloadResponse({ body, filename: "Tài liệu.pdf", contentType: "application/pdf", disposition: "inline", size: 5 });
  expect(res.headers.get("content-length")).toBe("5");
  expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70, 45]));
});
