import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatHlc, parseHlc } from '../../shared/sync';
import { decodePackFile, encodePackFile } from '../../electron/core/sync/pack-file';
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

/** The manager adds the rep's computer as a peer for one rep's territory, through the peer dialog. */
async function addRepPeer(page: Page, deviceId: string, name: string, repName: string) {
  await page.getByRole('menuitem', { name: '同步' }).click();
  await page.getByRole('button', { name: '添加同步对象' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('设备编号').fill(deviceId);
  await dialog.getByLabel('名称').fill(name);
  await expect(dialog.getByRole('combobox', { name: '角色' })).toBeVisible();
  await dialog.getByRole('button', { name: '保 存' }).click();
  await expect(dialog.getByText('请选择这台电脑对应的业务员')).toBeVisible(); // a rep peer needs its rep
  await pickOption(dialog, '对应业务员', repName);
  await dialog.getByRole('button', { name: '保 存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ant-table-row', { hasText: deviceId })).toContainText(repName);
}

/** Imports a pack whose sender this install does not know: the unknown-sender dialog opens (nothing imported yet). */
async function importFromUnknownSender(page: Page, file: string, from: string, says: '经理' | '业务员') {
  await page.getByRole('menuitem', { name: '同步' }).click();
  await page.getByTestId('sync-import-file').setInputFiles(file);
  await page.getByRole('button', { name: '导入' }).click();
  const panel = page.getByTestId('sync-unknown-sender');
  await expect(panel).toContainText(`同步包来自未知设备 ${from}（自称${says}）`);
  await expect(panel.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: '角色' }) })).toContainText(says); // the claimed role, prefilled
  return panel;
}

/** The manager's customers of one rep (by name) and their orders, read from the manager's book. */
async function territoryOf(dbFile: string, repName: string): Promise<{ customers: number; orders: number }> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(dbFile, { readonly: true });
  try {
    const where = "FROM customers c JOIN reps r ON r.id = c.owner_rep_id WHERE r.name = ? AND c.deleted = 0 AND c.status != 'archived'";
    const customers = db.prepare(`SELECT count(*) ${where}`).pluck().get(repName) as number;
    const orders = db.prepare(`SELECT count(*) FROM orders o WHERE o.customer_key IN (SELECT c.local_key ${where})`).pluck().get(repName) as number;
    return { customers, orders };
  } finally {
    db.close();
  }
}

/** The rep with the most customers in the manager's book. */
async function busiestRep(dbFile: string): Promise<string> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(dbFile, { readonly: true });
  try {
    const sql = 'SELECT r.name FROM customers c JOIN reps r ON r.id = c.owner_rep_id WHERE c.deleted = 0 GROUP BY r.id ORDER BY count(*) DESC, r.name LIMIT 1';
    return db.prepare(sql).pluck().get() as string;
  } finally {
    db.close();
  }
}

/** What a customer's profile says about its rating: the rating card (computed and final tier, score, run) and the explanation. */
async function ratingOnProfile(page: Page, url: string): Promise<{ card: string; explanation: string }> {
  await page.goto(url);
  const card = page.getByTestId('rating-card');
  await expect(card.getByTestId('computed-tier')).toBeVisible();
  await expect(page.getByTestId('score-explanation')).toBeVisible();
  return { card: await card.innerText(), explanation: await page.getByTestId('score-explanation').innerText() };
}

test('a visit logged on a rep install reaches the manager by sync pack, and the manager’s pack comes back', async ({ page, app, browser }) => {
  test.slow(); // three installs: the manager's, the rep's and a stranger's
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
    // the rep's install: its device id and role
    await repPage.goto(`${rep.url}#/sync`);
    await pickOption(repPage, '本机角色', '业务员');
    const repDeviceId = (await repPage.getByTestId('sync-device-id').innerText()).trim();

    // the manager registers the rep's computer as the peer of one rep: its packs are that rep's territory
    await page.goto(`${app.url}#/sync`);
    const managerId = (await page.getByTestId('sync-device-id').innerText()).trim();
    const repName = await busiestRep(app.dbFile);
    await addRepPeer(page, repDeviceId, '业务员的笔记本', repName);
    const firstPack = await exportPack(page, '业务员的笔记本', path.join(dir, 'manager-1.tdsync'));
    const territory = await territoryOf(app.dbFile, repName);
    await expect(page.getByTestId('sync-export-result')).toContainText(`同步包包含 ${territory.customers} 位客户`);

    // the rep's install refuses a pack from a computer it does not know until the rep accepts it as the manager
    const panel = await importFromUnknownSender(repPage, firstPack, managerId, '经理');
    await panel.getByLabel('名称').fill('经理的电脑');
    await repPage.getByRole('button', { name: '接受并导入' }).click();
    const summary = repPage.getByTestId('sync-import-summary');
    await expect(summary).toContainText('已从 经理的电脑（经理） 导入同步包');
    await expect(summary.locator('.ant-descriptions-item', { hasText: '已评级客户' })).toContainText(territory.customers.toLocaleString('en-US'));
    await expect(summary.locator('.ant-descriptions-item', { hasText: '订单' })).toContainText(territory.orders.toLocaleString('en-US'));

    // the rep's install holds that rep's customers only, with the same orders, and the same rating as the manager's
    const managerBook = JSON.parse(app.cli(['summary', '--json']).stdout) as { customers: number };
    const repBook = JSON.parse(runCli(repDb, ['summary', '--json']).stdout) as { customers: number; orders: number };
    expect(repBook).toMatchObject(territory);
    expect(repBook.customers).toBeLessThan(managerBook.customers);
    await repPage.goto(`${rep.url}#/customers`);
    await repPage.locator('tbody tr.ant-table-row').first().getByRole('link').click();
    const customerPath = new URL(repPage.url()).hash;
    const onRep = await ratingOnProfile(repPage, `${rep.url}${customerPath}`);
    const onManager = await ratingOnProfile(page, `${app.url}${customerPath}`);
    expect(onRep.card).toMatch(/总分\s*[\d.]+/);
    expect(onRep).toEqual(onManager);

    // the rep logs a visit offline …
    const repNote = '业务员现场记录：客户要新报价';
    await markFirstPlannedVisitDone(repPage, repNote);

    // … and sends it to the manager (who registered the rep's computer)
    const repPack = await exportPack(repPage, '经理的电脑', path.join(dir, 'rep-1.tdsync'));
    await importPack(page, repPack);
    await expect(page.getByTestId('sync-import-summary')).toContainText('拜访');
    expect(await doneVisitNotes(page)).toContain(repNote);

    // a forged pack from the rep's computer: it claims to be a manager and renames a model; refused, nothing changed
    const genuine = decodePackFile(fs.readFileSync(repPack));
    const stamp = parseHlc(genuine.createdHlc);
    if (!stamp.ok) throw new Error('the rep pack has no valid stamp');
    const later = formatHlc({ ...stamp.value, counter: stamp.value.counter + 1 });
    const modelNames = async () => {
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(app.dbFile, { readonly: true });
      try {
        return db.prepare('SELECT id, name FROM models ORDER BY id').all() as { id: string; name: string }[];
      } finally {
        db.close();
      }
    };
    const modelsBefore = await modelNames();
    const modelId = modelsBefore[0].id;
    const forgedPack = path.join(dir, 'forged.tdsync');
    fs.writeFileSync(
      forgedPack,
      encodePackFile({ ...genuine, role: 'manager', createdHlc: later, changes: [{ table: 'models', rowId: modelId, column: 'name', value: '被篡改', hlc: later }] }),
    );
    const statusBefore = app.cli(['sync', 'status', '--json']).stdout;
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByTestId('sync-import-file').setInputFiles(forgedPack);
    await page.getByRole('button', { name: '导入' }).click();
    const refusal = page.getByTestId('sync-import-refused');
    await expect(refusal).toContainText('同步包被拒绝');
    await expect(refusal).toContainText('业务员的笔记本');
    await expect(refusal).toContainText('属于经理维护的数据，业务员不能修改');
    expect(app.cli(['sync', 'status', '--json']).stdout).toBe(statusBefore);
    expect(await modelNames()).toEqual(modelsBefore);

    // the manager logs another visit and sends the changes back to the rep
    const managerNote = '经理补充记录：下月再访';
    await markFirstPlannedVisitDone(page, managerNote);
    await page.goto(`${app.url}#/sync`);
    const backPack = await exportPack(page, '业务员的笔记本', path.join(dir, 'manager-2.tdsync'));
    await importPack(repPage, backPack);
    const repNotes = await doneVisitNotes(repPage);
    expect(repNotes).toContain(repNote);
    expect(repNotes).toContain(managerNote);

    // importing the same pack again is refused as a replay and changes nothing
    await repPage.getByRole('menuitem', { name: '同步' }).click();
    await repPage.getByTestId('sync-import-file').setInputFiles(backPack);
    await repPage.getByRole('button', { name: '导入' }).click();
    await expect(repPage.getByText('同步包未导入，本机数据未做任何更改。')).toBeVisible();

    // a pack from a third computer nobody registered: the manager sees who it claims to be, cancels, and nothing changes
    const strangerDb = path.join(dir, 'stranger.db');
    const strangerPack = path.join(dir, 'stranger.tdsync');
    expect(runCli(strangerDb, ['sync', 'export', strangerPack]).status).toBe(0);
    const strangerId = (JSON.parse(runCli(strangerDb, ['sync', 'status', '--json']).stdout) as { deviceId: string }).deviceId;
    const changesBefore = runCli(app.dbFile, ['sync', 'status', '--json']).stdout;
    await importFromUnknownSender(page, strangerPack, strangerId, '经理');
    await page.getByRole('button', { name: '取 消' }).click();
    await expect(page.getByTestId('sync-import-refused')).toContainText(`未接受设备 ${strangerId} 为同步对象，同步包未导入。`);
    await expect(page.getByTestId('sync-import-refused')).toContainText('本机数据未做任何更改');
    expect(runCli(app.dbFile, ['sync', 'status', '--json']).stdout).toBe(changesBefore);
  } finally {
    await repContext.close();
    rep.process.kill('SIGTERM');
  }
});
