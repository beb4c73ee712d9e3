// The public check at /chung-nhan/<code>: valid, revoked and unknown codes; nothing personal
// beyond the holder's name and masked CCCD.
import { renderToStaticMarkup } from "react-dom/server";
import VerifyCertificatePage from "@/app/(public)/chung-nhan/[code]/page";
import { db } from "@/lib/db";
import { generateRoundCertificates } from "@/lib/certificates/generate";
import { revokeCertificate } from "@/lib/certificates/manage";
import { getCertificateVerification } from "@/lib/certificates/verification";
import { fixedClock, setClock } from "@/lib/time";
import { makeContest, makeRound, TEN_WINNERS } from "./fixtures";

jest.mock("next/navigation", () => ({
  notFound: jest.fn(() => {
    throw new Error("NEXT_HTTP_ERROR_FALLBACK;404");
  }),
}));

const actor = { id: "staff-1", username: "thuky", fullName: "Thư ký" };
let codes: string[] = [];
let ids: string[] = [];
let person: { cccd: string; phone: string };

beforeAll(async () => {
  setClock(fixedClock("2023-03-27T03:00:00Z"));
  const contest = await makeContest();
  const { round, participants } = await makeRound(contest.id, {
    number: 1,
    winners: [{ ...TEN_WINNERS[0], birthDate: "1991-07-19", unitName: "UBND huyện Hoa Lư" }, TEN_WINNERS[1]],
  });
  person = participants[0];
  await generateRoundCertificates(round.id, actor);
  const certs = await db.certificate.findMany({
    where: { award: { roundId: round.id } },
    orderBy: { seq: "asc" },
    select: { id: true, verificationCode: true },
  });
  codes = certs.map((c) => c.verificationCode);
  ids = certs.map((c) => c.id);
});

test("a valid certificate shows the holder, masked CCCD, prize, round, contest, number and date", async () => {
  const check = await getCertificateVerification(codes[0]);
  expect(check).toEqual({
    status: "valid",
    number: "01/GCN-BTC",
    holderName: "Nguyễn Thị Ánh Tuyết",
    cccdMasked: `${person.cccd.slice(0, 3)}******${person.cccd.slice(-3)}`,
    prizeName: "Giải Nhất",
    roundName: "Quý 1",
    year: 2023,
    contestName: "Cuộc thi trắc nghiệm tìm hiểu về Chuyển đổi số trên mạng internet năm 2023",
    organiser: "Sở Thông tin và Truyền thông tỉnh Ninh Bình",
    issuedAt: new Date("2023-03-27T03:00:00Z"),
    revokedAt: null,
    revokeReason: null,
  });
  // Nothing unmasked beyond the name: no CCCD, phone, birth date or unit.
  const json = JSON.stringify(check);
  for (const secret of [person.cccd, person.phone, "1991-07-19", "19/07/1991", "UBND huyện Hoa Lư"]) expect(json).not.toContain(secret);

  const html = renderToStaticMarkup(await VerifyCertificatePage({ params: Promise.resolve({ code: codes[0] }) }));
  expect(html).toContain("Giấy chứng nhận hợp lệ");
  expect(html).toContain("Nguyễn Thị Ánh Tuyết");
  expect(html).toContain(check?.cccdMasked);
  for (const secret of [person.cccd, person.phone, "19/07/1991"]) expect(html).not.toContain(secret);
});

test("a revoked certificate says so, with the date", async () => {
  await revokeCertificate({ certificateId: ids[1], reason: "Vi phạm thể lệ cuộc thi" }, actor);
  const check = await getCertificateVerification(codes[1]);
  expect(check).toMatchObject({ status: "revoked", revokedAt: new Date("2023-03-27T03:00:00Z"), revokeReason: "Vi phạm thể lệ cuộc thi" });
  const html = renderToStaticMarkup(await VerifyCertificatePage({ params: Promise.resolve({ code: codes[1] }) }));
  expect(html).toContain("Giấy chứng nhận đã bị thu hồi");
  expect(html).toContain("đã bị thu hồi ngày 27/03/2023");
});

test.each([["AAAAAAAAAAAAAAAA"], ["short"], ["../../etc/passwd"], [""], ["x".repeat(200)]])("unknown or malformed code %p → not found (404)", async (code) => {
  expect(await getCertificateVerification(code)).toBeNull();
  await expect(VerifyCertificatePage({ params: Promise.resolve({ code }) })).rejects.toThrow("404");
});
