/** Paths into JSON-like values and copies with one of them changed: for the schema mutation tests. */
export type JsonPath = (string | number)[];

/** Paths to every value inside a JSON-like object (the object itself first). */
export function paths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

/** As a replacement: delete the key (an array item leaves a hole). */
export const removed = Symbol('removed');

/** A deep copy of `value` with the value at `path` replaced (`removed`: deleted). */
export function mutate(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...JsonPath];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const next = mutate(copy[head], rest, replacement);
  if (next === removed) delete copy[head];
  else copy[head] = next;
  return copy;
}
