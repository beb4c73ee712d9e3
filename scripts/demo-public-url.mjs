// The public address `npm run demo` serves under: the shell's PUBLIC_URL, else .env's, else the
// demo's own http://localhost:<PORT> (so PORT=4200 never prints QR codes pointing at port 3000).
import { parse } from "dotenv";

/** @param {{ shell: Record<string, string | undefined>, envFile: string, port: string }} input */
export function demoPublicUrl({ shell, envFile, port }) {
  return shell.PUBLIC_URL?.trim() || parse(envFile).PUBLIC_URL?.trim() || `http://localhost:${port}`;
}
