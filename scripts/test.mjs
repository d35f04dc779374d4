#!/usr/bin/env node
// The whole test run behind `npm test`: typecheck, lint + format check, build, unit tests (Vitest,
// with domain coverage) and end-to-end tests (Playwright in Debian's Chromium). Each runner's own
// output streams through; at the very end ONE line sums them up: `N passed, N failed[, N skipped]`.
// Gates (typecheck, lint, format, build, coverage) count as one test each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(root, '.cache', 'test-run');
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error);
  return result.status === 0;
}

function gate(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Node ${process.versions.node} is too old: source scripts/ensure-node.sh (Node 22 LTS) first.`,
  );
  process.exit(2);
}

gate('typecheck', run('typecheck', bin('tsc'), ['-b']));
gate('lint', run('lint', bin('eslint'), ['--max-warnings=0', '.']));
gate('format', run('format', bin('prettier'), ['--check', '--log-level=warn', '.']));
const built = run('build', 'npm', ['run', '--silent', 'build']);
gate('build', built);

// Unit tests; the JSON report gives the counts, the coverage summary the domain's line coverage.
const vitestJson = path.join(cache, 'vitest.json');
run('unit tests', bin('vitest'), ['run', '--coverage'], { CD_VITEST_JSON: vitestJson });
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed +=
    vitest.numFailedTests + (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0 ? 1 : 0);
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitest.numFailedTests > 0 || vitest.numFailedTestSuites > 0) failures.push('unit tests');
} else gate('unit tests (no report)', false);

const coverage = readJson(path.join(root, '.cache', 'coverage', 'coverage-summary.json'));
const linePct = coverage?.total?.lines?.pct;
console.log(`\nshared/domain line coverage: ${linePct ?? 'n/a'}%`);
gate('shared/domain line coverage >= 95%', typeof linePct === 'number' && linePct >= 95);

// End-to-end tests need the build; without it they would all fail for one reason.
if (built) {
  const playwrightJson = path.join(cache, 'playwright.json');
  run('e2e tests', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
  const stats = readJson(playwrightJson)?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
    if (stats.unexpected > 0) failures.push('e2e tests');
  } else gate('e2e tests (no report)', false);
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
