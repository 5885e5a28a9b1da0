#!/usr/bin/env node
// `npm test`: every check and suite — type check, lint, all vitest suites, the Playwright end-to-end suite —
// then one closing line `N passed, N failed` counted over all of them (type check and lint count as one each).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(label, args) {
  process.stdout.write(`\n=== ${label}: ${args.join(' ')}\n`);
  const started = Date.now();
  const result = spawnSync(npx, args, { stdio: 'inherit', env: process.env });
  process.stdout.write(`=== ${label} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${result.status})\n`);
  return result.status === 0;
}

function check(label, args) {
  if (run(label, args)) totals.passed += 1;
  else totals.failed += 1;
}

function suite(label, args, reportFile, count) {
  const ok = run(label, args);
  let counted = null;
  try {
    counted = count(JSON.parse(fs.readFileSync(reportFile, 'utf8')));
  } catch {
    counted = null;
  }
  if (!counted) {
    totals.failed += 1; // the suite did not even report: count it as one failure
    return;
  }
  totals.passed += counted.passed;
  totals.failed += counted.failed + (ok || counted.failed > 0 ? 0 : 1);
  totals.skipped += counted.skipped;
}

check('type check', ['tsc', '--noEmit', '-p', '.']);
check('lint', ['eslint', '.', '--max-warnings=0']);

const vitestReport = path.join(tmp, 'vitest.json');
suite('unit and integration tests (vitest)', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], vitestReport, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
}));

if (run('build', ['electron-vite', 'build'])) {
  const e2eReport = path.join(tmp, 'playwright.json');
  process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = e2eReport;
  suite('end-to-end tests (playwright)', ['playwright', 'test', '--reporter=list,json'], e2eReport, (r) => ({
    passed: r.stats.expected + (r.stats.flaky ?? 0),
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
  }));
} else {
  totals.failed += 1;
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed === 0 ? 0 : 1);
