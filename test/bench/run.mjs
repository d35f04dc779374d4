#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.mjs in turn and prints their figures as JSON.
// Benchmarks measure and report; they never pass or fail on a timing.
//
// Usage: node test/bench/run.mjs [name…]   e.g. `node test/bench/run.mjs search-100k cold-start-100k`
// runs only the benchmarks whose file name contains one of the names.
//
// The renderer is built once per run, with the bench harness (test/bench/harness), into
// .cache/dist-bench (CD_BENCH_DIST to change it) — never into dist/renderer, which parallel work
// may be serving. Each benchmark's run({ root, dist }) serves that folder.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchDist } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();
if (files.length === 0) {
  console.error(`[bench] no benchmark matches ${only.join(', ')}`);
  process.exit(1);
}

console.error('[bench] building the renderer and the bench harness');
const dist = await buildBenchDist(root);

const results = [];
for (const file of files) {
  const bench = await import(path.join(here, file));
  console.error(`[bench] ${file}`);
  const figures = await bench.run({ root, dist });
  results.push(figures);
  console.log(JSON.stringify(figures));
}
console.log(JSON.stringify({ benchmarks: results.length, results }, null, 2));
