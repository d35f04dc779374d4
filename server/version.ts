import { readFileSync } from 'node:fs';

/** The project's version (package.json), reported by /health. */
export const serverVersion: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
