// Shared helpers of the benchmarks: arguments, percentiles, the JSON summary line, the machine.
import { cpus, totalmem } from "node:os";

export function args(defaults: Record<string, string>): Record<string, string> {
  const out = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) continue;
    const [k, v] = a.includes("=") ? a.slice(2).split("=", 2) : [a.slice(2), argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[++i] : "true"];
    out[k] = v;
  }
  return out;
}

export function percentiles(samples: number[]): { count: number; p50: number; p95: number; p99: number; max: number } {
  if (samples.length === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const r = (x: number) => Math.round(x * 10) / 10;
  return { count: s.length, p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), max: r(s[s.length - 1]) };
}

export function machine() {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

/** The last line of every benchmark: one JSON object. */
export function summary(obj: Record<string, unknown>): void {
  console.log(JSON.stringify(obj));
}
