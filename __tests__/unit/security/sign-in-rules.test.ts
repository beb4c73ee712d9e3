// The pure rules of the sign-in limits (docs/SECURITY.md §4): the wait schedule, whose tries
// count together, and which X-Forwarded-For entry is the client.
import { forwardedClientIp } from "@/lib/security/request";
import { participantIdentityKey, staffIdentityKey, waitAfterFailures } from "@/lib/security/sign-in-rules";

describe("the wait after n wrong passwords in a row (per identity and source)", () => {
  test.each([
    [0, 0],
    [1, 0],
    [3, 0],
    [4, 1],
    [5, 2],
    [6, 4],
    [7, 8],
    [8, 16],
    [9, 30],
    [10, 300],
    [25, 300],
  ])("after %i failures: %i s", (failures, seconds) => {
    expect(waitAfterFailures(failures)).toBe(seconds);
  });
});

describe("one participant identity, however it is typed", () => {
  test.each([
    ["0912345678", "c1|tel|0912345678"],
    ["0912 345 678", "c1|tel|0912345678"],
    ["+84912345678", "c1|tel|0912345678"],
    ["+84 912 345 678", "c1|tel|0912345678"],
    ["84912345678", "c1|tel|0912345678"],
    ["0912.345.678", "c1|tel|0912345678"],
    [" 037 090 000 123 ", "c1|id|037090000123"],
    ["037090000123", "c1|id|037090000123"],
    ["AbC", "c1|id|abc"],
    ["   ", null],
    ["", null],
  ])("%j → %j", (identifier, key) => {
    expect(participantIdentityKey("c1", identifier)).toBe(key);
  });

  test("the same CCCD in two contests is two identities", () => {
    expect(participantIdentityKey("c1", "037090000123")).not.toBe(participantIdentityKey("c2", "037090000123"));
  });

  test.each([
    ["Admin", "admin"],
    ["  giam.khao.a ", "giam.khao.a"],
    ["  ", null],
  ])("staff %j → %j", (username, key) => {
    expect(staffIdentityKey(username)).toBe(key);
  });
});

describe("the client address from X-Forwarded-For and TRUSTED_PROXY_HOPS", () => {
  test.each([
    // No trusted proxy: whatever the header says, the source is unknown (`next start` keeps a client-set header).
    ["203.0.113.5", 0, "unknown"],
    ["203.0.113.5, 198.51.100.7", 0, "unknown"],
    [undefined, 0, "unknown"],
    // One proxy (nginx $proxy_add_x_forwarded_for appends what it saw): the right-most entry.
    ["198.51.100.7", 1, "198.51.100.7"],
    ["203.0.113.5, 198.51.100.7", 1, "198.51.100.7"],
    ["1.1.1.1,2.2.2.2 , 198.51.100.7", 1, "198.51.100.7"],
    ["2001:DB8::1", 1, "2001:db8::1"],
    // Two proxies: the second from the right; too few entries means the header cannot be trusted.
    ["203.0.113.5, 198.51.100.7, 10.0.0.2", 2, "198.51.100.7"],
    ["198.51.100.7", 2, "unknown"],
    // Not an address at all.
    ["203.0.113.5, not-an-ip", 1, "unknown"],
    ["", 1, "unknown"],
    [undefined, 1, "unknown"],
  ])("%j with %i hops → %s", (header, hops, ip) => {
    expect(forwardedClientIp(header, hops)).toBe(ip);
  });
});
