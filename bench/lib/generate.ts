// Generates a closed round with many submitted attempts directly in SQL (deterministic
// pseudo-random values from the row number), for the winners benchmark.
import Database from "better-sqlite3";
import { Client } from "pg";
import type { BenchDb } from "./database";

export interface Generated {
  contestId: string;
  roundId: string;
  participants: number;
  attempts: number;
}

// Round 4 of 2023: closes 30/11/2023 23:59:59.999 Vietnam time; award month December 2023.
const OPENS = "2023-09-30T17:00:00.000+00:00";
const CLOSES = "2023-11-30T16:59:59.999+00:00";

export async function generateRound(db: BenchDb, participants: number, attempts: number): Promise<Generated> {
  const perPerson = Math.ceil(attempts / participants);
  const ids = { contestId: "bench-contest", roundId: "bench-round" };
  if (db.provider === "sqlite") {
    const s = new Database(db.url.replace(/^file:/, ""));
    s.pragma("journal_mode = WAL");
    s.pragma("synchronous = OFF");
    s.exec(`
      INSERT INTO "Contest" (id, slug, name, organiser, "organiserShort", year, "updatedAt") VALUES ('${ids.contestId}', 'bench', 'Bench', 'BTC', 'BTC', 2023, '${OPENS}');
      INSERT INTO "Round" (id, "contestId", number, name, "opensAt", "closesAt", "awardYear", "awardMonth", "attemptsAllowed", "prizeTiers", "predictionQuestion", "updatedAt")
        VALUES ('${ids.roundId}', '${ids.contestId}', 4, 'Quý 4', '${OPENS}', '${CLOSES}', 2023, 12, ${perPerson},
        '[{"code":"NHAT","name":"Giải Nhất","count":1},{"code":"NHI","name":"Giải Nhì","count":2},{"code":"BA","name":"Giải Ba","count":3},{"code":"KHUYEN_KHICH","name":"Giải Khuyến khích","count":4}]',
        'Có bao nhiêu người tham gia Quý 4?', '${OPENS}');
    `);
    s.exec(`
      WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${participants})
      INSERT INTO "Participant" (id, "contestId", "fullName", "fullNameSearch", "birthDate", gender, cccd, phone, "group", "passwordHash", "isOrganiserMember", "registeredAt", "updatedAt")
      SELECT 'p' || n, '${ids.contestId}', 'Thí sinh ' || n, 'thi sinh ' || n, '1990-01-01', 'MALE', printf('%012d', n), printf('09%08d', n), 'NGUOI_DAN', 'x',
             (n % 5000 = 0), strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '2023-09-01', '+' || (n % 2500000) || ' seconds'), '${OPENS}'
      FROM seq;
    `);
    s.exec(`
      WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ${attempts - 1})
      INSERT INTO "Attempt" (id, "roundId", "participantId", number, status, "startedAt", deadline, "submittedAt", "submitSource", "durationMs", "correctCount", prediction)
      SELECT 'a' || n, '${ids.roundId}', 'p' || ((n % ${participants}) + 1), (n / ${participants}) + 1, 'SUBMITTED',
             strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '${OPENS.slice(0, 19)}', '+' || ((n * 37) % 5184000) || ' seconds'),
             strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '${OPENS.slice(0, 19)}', '+' || (((n * 37) % 5184000) + 1200) || ' seconds'),
             strftime('%Y-%m-%dT%H:%M:%S', '${OPENS.slice(0, 19)}', '+' || (((n * 37) % 5184000) + 60 + ((n * 104729) % 1140)) || ' seconds') || '.' || printf('%03d', n % 1000) || '+00:00',
             'PARTICIPANT', 60000 + ((n * 104729) % 1140) * 1000 + (n % 1000), (n * 2654435761) % 21, 250000 + ((n * 7919) % 100000)
      FROM seq;
    `);
    s.close();
  } else {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    await c.query(
      `INSERT INTO "Contest" (id, slug, name, organiser, "organiserShort", year, "updatedAt") VALUES ($1, 'bench', 'Bench', 'BTC', 'BTC', 2023, now())`,
      [ids.contestId],
    );
    await c.query(
      `INSERT INTO "Round" (id, "contestId", number, name, "opensAt", "closesAt", "awardYear", "awardMonth", "attemptsAllowed", "prizeTiers", "predictionQuestion", "updatedAt")
       VALUES ($1, $2, 4, 'Quý 4', $3, $4, 2023, 12, $5, $6, 'Có bao nhiêu người tham gia Quý 4?', now())`,
      [
        ids.roundId,
        ids.contestId,
        OPENS,
        CLOSES,
        perPerson,
        JSON.stringify([
          { code: "NHAT", name: "Giải Nhất", count: 1 },
          { code: "NHI", name: "Giải Nhì", count: 2 },
          { code: "BA", name: "Giải Ba", count: 3 },
          { code: "KHUYEN_KHICH", name: "Giải Khuyến khích", count: 4 },
        ]),
      ],
    );
    await c.query(
      `
      INSERT INTO "Participant" (id, "contestId", "fullName", "fullNameSearch", "birthDate", gender, cccd, phone, "group", "passwordHash", "isOrganiserMember", "registeredAt", "updatedAt")
      SELECT 'p' || n, $1, 'Thí sinh ' || n, 'thi sinh ' || n, '1990-01-01', 'MALE', lpad(n::text, 12, '0'), '09' || lpad(n::text, 8, '0'), 'NGUOI_DAN', 'x',
             (n % 5000 = 0), timestamp '2023-09-01' + (n % 2500000) * interval '1 second', now()
      FROM generate_series(1, $2::int) n`,
      [ids.contestId, participants],
    );
    await c.query(
      `
      INSERT INTO "Attempt" (id, "roundId", "participantId", number, status, "startedAt", deadline, "submittedAt", "submitSource", "durationMs", "correctCount", prediction)
      SELECT 'a' || n, $1, 'p' || ((n % $2) + 1), (n / $2) + 1, 'SUBMITTED',
             timestamp '2023-09-30 17:00:00' + ((n::bigint * 37) % 5184000) * interval '1 second',
             timestamp '2023-09-30 17:00:00' + (((n::bigint * 37) % 5184000) + 1200) * interval '1 second',
             timestamp '2023-09-30 17:00:00' + (((n::bigint * 37) % 5184000) + 60 + ((n::bigint * 104729) % 1140)) * interval '1 second' + (n % 1000) * interval '1 millisecond',
             'PARTICIPANT', 60000 + ((n::bigint * 104729) % 1140) * 1000 + (n % 1000), (n::bigint * 2654435761) % 21, 250000 + ((n::bigint * 7919) % 100000)
      FROM generate_series(0, $3::int - 1) n`,
      [ids.roundId, participants, attempts],
    );
    await c.query(`ANALYZE "Attempt"; ANALYZE "Participant"`);
    await c.end();
  }
  return { ...ids, participants, attempts };
}
