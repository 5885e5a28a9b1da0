import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export interface AppServer {
  url: string;
  dbFile: string;
  /** runs the real CLI against the same database (e.g. to make a demo book) */
  cli(args: string[]): { status: number | null; stdout: string; stderr: string };
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The suite's today, whatever the machine's date: a Saturday, so weekend handling is always exercised.
 * The servers and the CLI get it as TIERDESK_NOW, the browser through its clock; all run on from the same
 * instant (one timeline per test worker, so sync clocks never drift apart).
 */
export const E2E_TODAY = '2026-12-05';
const E2E_START = new Date(`${E2E_TODAY}T10:00:00`).getTime();
const startedAt = Date.now();

/** The suite's clock now: E2E_TODAY 10:00 plus the time since the worker started. */
export function e2eNow(): Date {
  return new Date(E2E_START + (Date.now() - startedAt));
}

const withClock = () => ({ ...process.env, TIERDESK_NOW: e2eNow().toISOString() });

/** Sets a browser context's clock to the suite's clock; time runs on from there. */
export async function installClock(context: BrowserContext) {
  await context.clock.install({ time: e2eNow() });
}

/** Starts `tsx electron/serve.ts` (what `npm run start:browser` runs) on a fresh SQLite file. */
export async function startServer(dbFile: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/serve.ts', '--db', dbFile, '--port', '0'], {
    cwd: ROOT,
    env: withClock(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { url, process: child };
}

export function runCli(dbFile: string, args: string[]) {
  const result = spawnSync(process.execPath, ['bin/tierdesk.js', '--db', dbFile, ...args], { cwd: ROOT, encoding: 'utf8', env: withClock() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const test = base.extend<{ app: AppServer; language: 'zh-CN' | 'en' }>({
  language: ['zh-CN', { option: true }],
  app: async ({ page, language }, use, testInfo) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-e2e-'));
    const dbFile = path.join(dir, 'book.db');
    // a book made before the server starts (tests that need data call app.cli first, then reload)
    const server = await startServer(dbFile);
    await installClock(page.context());
    await page.addInitScript((lang) => {
      if (!localStorage.getItem('tierdesk.language')) localStorage.setItem('tierdesk.language', lang);
    }, language);
    await use({ url: server.url, dbFile, cli: (args) => runCli(dbFile, args) });
    server.process.kill('SIGTERM');
    if (testInfo.status === testInfo.expectedStatus) fs.rmSync(dir, { recursive: true, force: true });
  },
});

/** Saves a screenshot into docs/screenshots (the README shows the best of them). */
export async function saveScreenshot(page: Page, name: string) {
  const dir = path.join(ROOT, 'docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** Picks an option of an antd Select (its dropdown is a virtual list, not native options). */
export async function pickOption(scope: Page | Locator, selectLabel: string | RegExp, option: string) {
  await scope.getByRole('combobox', { name: selectLabel }).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

export { expect };
