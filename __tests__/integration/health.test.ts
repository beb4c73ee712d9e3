import { GET } from "@/app/api/health/route";

test("/api/health reports the database as reachable", async () => {
  const res = await GET();
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.database.reachable).toBe(true);
  expect(body.database.provider).toBe(process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite");
});
