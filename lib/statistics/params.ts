// Reading the statistics pages' query parameters (Next 16 passes them as a Promise of strings or arrays).
export type SearchParams = Record<string, string | string[] | undefined>;

export function param(sp: SearchParams, name: string): string | undefined {
  const v = sp[name];
  return Array.isArray(v) ? v[0] : v;
}
