// A Prisma enum's values spelled once, as the tuple a domain enum module exports. Pure: the
// generated enum is imported as a type only, so client components can import the module.

/**
 * `prismaEnumValues<DbRoundStatus>()(["DRAFT", …])` returns the tuple unchanged; compiling fails
 * when it holds a value prisma/schema.prisma lacks or lacks one it has (the drift the vocabulary
 * test, __tests__/unit/docs/vocabulary.test.ts, also catches by reading the schema).
 */
export function prismaEnumValues<E extends string>() {
  return <const V extends readonly E[]>(values: V & ([E] extends [V[number]] ? unknown : { missing: Exclude<E, V[number]> })): V => values;
}
