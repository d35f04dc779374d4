#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.mjs in turn and prints their figures as JSON.
// Benchmarks measure and report; they never pass or fail on a timing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  console.error('[bench] building the renderer first');
  const build = spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const only = process.argv[2];
const results = [];
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const bench = await import(path.join(here, file));
  console.error(`[bench] ${file}`);
  const figures = await bench.run({ root });
  results.push(figures);
  console.log(JSON.stringify(figures));
}
console.log(JSON.stringify({ benchmarks: results.length, results }, null, 2));
