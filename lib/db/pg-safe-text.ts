// PostgreSQL cannot store two things a string can hold: the NUL character (text and jsonb refuse
// it: "invalid byte sequence for encoding UTF8: 0x00") and, inside jsonb, a lone UTF-16 surrogate
// ("invalid input syntax for type json"). A hand-made request can carry either in any form field,
// URL or sign-in identifier, and would fail with a 500. This wraps the driver adapter so every query
// argument has them replaced by U+FFFD, the character decoders use for what cannot be represented.
// Lookups with such a value then simply find nothing; writes keep a visible "�". SQLite stores
// both as they are and needs no wrapper.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

const NUL = /\u0000/g;

function safeText(value: string): string {
  return (value.includes("\u0000") ? value.replace(NUL, "\ufffd") : value).toWellFormed();
}

// JSON.stringify writes NUL and lone surrogates as \u escapes, which is how they reach a jsonb
// argument; a JSON text without any "\u" holds neither.
function safeJson(text: string): string {
  if (!text.includes("\\u")) return text;
  try {
    return JSON.stringify(JSON.parse(text, (_key, v: unknown) => (typeof v === "string" ? safeText(v) : v)));
  } catch {
    return text;
  }
}

function safeArg(value: unknown, json: boolean): unknown {
  if (typeof value === "string") return json ? safeJson(value) : safeText(value);
  if (Array.isArray(value)) return value.map((v) => safeArg(v, json));
  return value;
}

export function safeQuery(query: SqlQuery): SqlQuery {
  return { ...query, args: query.args.map((a, i) => safeArg(a, query.argTypes[i]?.scalarType === "json")) };
}

function wrap<T extends SqlDriverAdapter | Transaction>(target: T): T {
  return new Proxy(target, {
    get(t, prop) {
      if (prop === "queryRaw") return (q: SqlQuery) => t.queryRaw(safeQuery(q));
      if (prop === "executeRaw") return (q: SqlQuery) => t.executeRaw(safeQuery(q));
      if (prop === "startTransaction") {
        return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => wrap(await (t as SqlDriverAdapter).startTransaction(...args));
      }
      const v: unknown = Reflect.get(t, prop, t);
      return typeof v === "function" ? v.bind(t) : v;
    },
  });
}

/** The same adapter factory, whose connections make every query argument storable by PostgreSQL. */
export function pgSafeText(inner: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      return wrap(await inner.connect());
    },
  };
}
