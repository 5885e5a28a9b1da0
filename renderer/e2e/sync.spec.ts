import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_TODAY, expect, installClock, pickOption, runCli, startServer, test } from './fixtures';

// the book's last day and rating date, and the Monday the plan starts (E2E_TODAY is the Saturday before)
const BOOK_END = '2026-11-30';
const PLAN_START = '2026-12-07';

/** Exports a pack on the Sync page (to `peer`, or everything) and returns where the download was saved. */
async function exportPack(page: Page, peer: string | null, saveAs: string): Promise<string> {
  await page.getByRole('menuitem', { name: '同步' }).click();
  if (peer) await pickOption(page, '发给', peer);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await (await download).saveAs(saveAs);
  return saveAs;
}

async function importPack(page: Page, file: string) {
  await page.getByRole('menuitem', { name: '同步' }).click();
  await page.getByTestId('sync-import-file').setInputFiles(file);
  await page.getByRole('button', { name: '导入' }).click();
  await expect(page.getByTestId('sync-import-summary')).toBeVisible();
}

async function markFirstPlannedVisitDone(page: Page, note: string): Promise<string> {
  await page.getByRole('menuitem', { name: '拜访' }).click();
  await page.getByRole('tab', { name: '周日历' }).click();
  const card = page.locator('[data-testid="visit-card"]:not(.visit-card-done)').first();
  await expect(card).toBeVisible();
  const name = await card.locator('.visit-card-name').innerText();
  await card.getByRole('button', { name: /完\s?成/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: '拜访结果' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '积极' }).click();
  await dialog.getByLabel('备注').fill(note);
  await dialog.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText(`已记录拜访 ${name}`)).toBeVisible();
  return name;
}

async function doneVisitNotes(page: Page): Promise<string> {
  await page.getByRole('menuitem', { name: '拜访' }).click();
  await page.getByRole('tab', { name: '拜访列表' }).click();
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已完成' }).click();
  return page.locator('.ant-table-tbody').innerText();
}

test('a visit logged on a rep install reaches the manager by sync pack, and the manager’s pack comes back', async ({ page, app, browser }) => {
  // the manager's book: customers, ratings and a visit plan
  expect(E2E_TODAY < PLAN_START).toBe(true); // the visits page must open on the plan's first week by itself
  const book = [['demo', '--customers', '80', '--seed', '11', '--end', BOOK_END], ['score', '--as-of', BOOK_END], ['visits', 'plan', '--weeks', '2', '--start', PLAN_START]];
  for (const args of book) {
    const result = app.cli(args);
    expect(result.status, result.stderr).toBe(0);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-e2e-sync-'));
  const repDb = path.join(dir, 'rep.db');
  const rep = await startServer(repDb);
  const repContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await installClock(repContext);
  const repPage = await repContext.newPage();
  await repPage.addInitScript(() => localStorage.setItem('tierdesk.language', 'zh-CN'));
  try {
    // manager → rep: everything, for a new install
    await page.goto(`${app.url}#/sync`);
    const managerId = (await page.getByTestId('sync-device-id').innerText()).trim();
    const firstPack = await exportPack(page, null, path.join(dir, 'manager-1.tdsync'));

    await repPage.goto(`${rep.url}#/sync`);
    await pickOption(repPage, '本机角色', '业务员');
    await importPack(repPage, firstPack);
    expect(runCli(repDb, ['summary', '--json']).stdout).toContain('"customers":80');

    // the rep logs a visit offline …
    const repNote = '业务员现场记录：客户要新报价';
    await markFirstPlannedVisitDone(repPage, repNote);

    // … and sends it to the manager (who was added as a peer by the first import)
    const repPack = await exportPack(repPage, managerId, path.join(dir, 'rep-1.tdsync'));
    await importPack(page, repPack);
    await expect(page.getByTestId('sync-import-summary')).toContainText('拜访');
    expect(await doneVisitNotes(page)).toContain(repNote);

    // the manager logs another visit and sends the changes back to the rep
    const managerNote = '经理补充记录：下月再访';
    await markFirstPlannedVisitDone(page, managerNote);
    await page.goto(`${app.url}#/sync`);
    const repId = (await repPage.goto(`${rep.url}#/sync`), (await repPage.getByTestId('sync-device-id').innerText()).trim());
    const backPack = await exportPack(page, repId, path.join(dir, 'manager-2.tdsync'));
    await importPack(repPage, backPack);
    const repNotes = await doneVisitNotes(repPage);
    expect(repNotes).toContain(repNote);
    expect(repNotes).toContain(managerNote);

    // importing the same pack again is refused as a replay and changes nothing
    await repPage.getByRole('menuitem', { name: '同步' }).click();
    await repPage.getByTestId('sync-import-file').setInputFiles(backPack);
    await repPage.getByRole('button', { name: '导入' }).click();
    await expect(repPage.getByText('同步包未导入，本机数据未做任何更改。')).toBeVisible();
  } finally {
    await repContext.close();
    rep.process.kill('SIGTERM');
  }
});
