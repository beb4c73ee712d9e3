// The app's source files as found on disk, so a test that must cover "every X" cannot miss a new one.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Files under `dir` (relative to the project root) whose name matches `name`; generated code skipped. */
export function filesUnder(dir: string, name: RegExp): string[] {
  const root = process.cwd();
  const walk = (d: string): string[] =>
    readdirSync(join(root, d), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === "generated" ? [] : walk(join(d, e.name))) : name.test(e.name) ? [join(d, e.name)] : [],
    );
  return walk(dir).map((f) => relative(root, join(root, f)).split(sep).join("/"));
}

// Server actions that serve participants or visitors, not staff (covered by
// __tests__/integration/security/participant-authorization.test.ts).
export const PARTICIPANT_ACTION_FILES = ["lib/participants/actions.ts", "lib/attempts/actions.ts"];

/** Every "use server" module under lib/ and app/ (its first statement, after comments) that is not a participant's. */
export function staffActionFiles(): string[] {
  return [...filesUnder("lib", /\.tsx?$/), ...filesUnder("app", /\.tsx?$/)].filter(
    (f) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(join(process.cwd(), f), "utf8")) && !PARTICIPANT_ACTION_FILES.includes(f),
  );
}
