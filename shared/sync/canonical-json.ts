/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members left out — so the desk
 * and the server hash the same event to the same SHA-256 whatever order its fields were built in.
 * Non-finite numbers, functions and other non-JSON values are programmer errors and throw.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Not a JSON number: ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const members = Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`Not a JSON value: ${typeof value}`);
  }
}
