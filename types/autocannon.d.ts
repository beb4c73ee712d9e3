// The part of autocannon's API the page benchmark uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    interface Result {
      requests: { average: number; total: number };
      latency: { p50: number; p99: number; average: number };
      non2xx: number;
      errors: number;
    }
  }
  function autocannon(opts: { url: string; connections?: number; duration?: number }, cb: (err: Error | null, result: autocannon.Result) => void): void;
  export = autocannon;
}
