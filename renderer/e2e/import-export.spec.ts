import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures';

/** Writes a hand-made fixture file (the test owns its data) and returns its path. */
function fixture(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-e2e-import-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const GOOD_CUSTOMERS = [
  '客户编号,客户名称,地区,城市,联系电话,备注',
  'KH001,上海华东机电有限公司,华东,上海,021-12345678,老客户',
  'KH002,北京中联科技有限公司,华北,北京,13812345678,',
  'KH003,深圳前海物流有限公司,华南,深圳,0755-1234567,新签',
].join('\r\n');

const BROKEN_CUSTOMERS = ['客户编号,客户名称,城市,联系电话,合作开始日期', 'KH101,杭州西湖茶业,杭州,abc,2020-01-01', 'KH102,,宁波,13912345678,2021年13月40日'].join('\n');

async function pickFile(page: Page, file: string) {
  await page.getByTestId('import-file').setInputFiles(file);
}

test.describe('import wizard and export panel (browser mode, real SQLite book)', () => {
  test('imports a Chinese-header CSV with the suggested mapping, then exports the customer list to xlsx', async ({ page, app }) => {
    await page.goto(`${app.url}#/import-export`);
    await pickFile(page, fixture('客户.csv', `\uFEFF${GOOD_CUSTOMERS}`));
    await page.getByRole('button', { name: '下一步' }).click();

    // mapping suggested from the Chinese headers; the unknown column becomes a custom field
    await expect(page.getByRole('combobox', { name: '客户编号' }).locator('..')).toContainText('A · 客户编号');
    await expect(page.getByRole('combobox', { name: '联系电话' }).locator('..')).toContainText('E · 联系电话');
    await expect(page.getByTestId('unmapped-columns')).toContainText('自定义字段');
    await expect(page.getByTestId('unmapped-columns')).toContainText('备注');
    await page.waitForTimeout(400); // let the steps bar finish its transition
    await saveScreenshot(page, 'import-wizard-zh');
    await page.getByRole('button', { name: '下一步' }).click();

    await expect(page.getByText('预览的 3 行都没有问题')).toBeVisible();
    await page.getByRole('button', { name: '试运行（不写入）' }).click();
    await expect(page.getByTestId('dry-run-result')).toContainText('可导入 3 条新记录');
    await page.getByRole('button', { name: '开始导入' }).click();
    await expect(page.getByTestId('import-result')).toContainText('导入完成');
    await expect(page.getByTestId('import-result').locator('.ant-statistic').first()).toContainText('3');

    await page.getByRole('link', { name: '查看客户' }).click();
    await expect(page.getByTestId('customer-count')).toHaveText('共 3 位客户');
    await expect(page.getByRole('link', { name: '深圳前海物流有限公司' })).toBeVisible();

    // export the customer list to xlsx and open the downloaded file
    await page.goto(`${app.url}#/import-export`);
    await page.getByRole('tab', { name: '导出' }).click();
    const listCard = page.locator('.ant-card').filter({ hasText: '清单导出' });
    const downloading = page.waitForEvent('download');
    await listCard.getByRole('button', { name: /导\s*出/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^客户列表_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-e2e-dl-')), download.suggestedFilename());
    await download.saveAs(saved);
    await expect(page.getByTestId('list-export')).toContainText('已导出 3 行');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.getWorksheet('客户列表')!;
    expect(ws.getRow(1).getCell(1).value).toBe('客户编号');
    const names: string[] = [];
    ws.eachRow((row, i) => i > 1 && names.push(String(row.getCell(2).value)));
    expect(names).toEqual(['上海华东机电有限公司', '北京中联科技有限公司', '深圳前海物流有限公司']);
    expect(ws.getRow(1).values).toContain('备注');
  });

  test('a broken file shows each bad cell and a clear error, and changes nothing', async ({ page, app }) => {
    await page.goto(`${app.url}#/import-export`);
    // a file without a customer-code column: the mapping step says so and will not go on
    await pickFile(page, fixture('no-code.csv', '名称,城市\n某公司,上海\n'));
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText(/缺少必填字段：客户编号/)).toBeVisible();
    await expect(page.getByRole('button', { name: '下一步' })).toBeDisabled();
    await page.getByRole('button', { name: '上一步' }).click();

    await pickFile(page, fixture('broken.csv', BROKEN_CUSTOMERS));
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByTestId('preview-bad')).toContainText('2 / 2 行有问题');
    const badCell = page.getByTestId('bad-cell').filter({ hasText: 'abc' });
    await badCell.hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await saveScreenshot(page, 'import-preview-errors-zh');
    await page.getByRole('button', { name: '开始导入' }).click();
    await expect(page.getByTestId('import-failed')).toContainText('导入失败，没有写入任何数据');
    await expect(page.getByTestId('import-result').locator('tbody tr')).not.toHaveCount(0);
    await expect(page.getByRole('button', { name: /下载错误报告/ })).toBeVisible();

    await page.goto(`${app.url}#/customers`);
    await expect(page.getByTestId('customer-count')).toHaveText('共 0 位客户');
  });
});

test.describe('in English', () => {
  test.use({ language: 'en' });

  test('the wizard maps English labels and imports the file', async ({ page, app }) => {
    await page.goto(`${app.url}#/import-export`);
    await pickFile(page, fixture('customers.csv', ['Customer ID,Customer Name,Region,Notes', 'C-1,Acme Ltd,East,vip', 'C-2,北方贸易,North,'].join('\n')));
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('combobox', { name: 'Customer code' }).locator('..')).toContainText('A · Customer ID');
    await saveScreenshot(page, 'import-wizard-en');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('import-result')).toContainText('Import finished');
    await page.goto(`${app.url}#/customers`);
    await expect(page.getByRole('link', { name: '北方贸易' })).toBeVisible();
  });

  test('exports the tier report of the newest run and the download opens as the four-sheet workbook', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '150', '--seed', '5', '--end', '2024-06-30']).status).toBe(0);
    expect(app.cli(['score', '--as-of', '2024-03-31']).status).toBe(0);
    expect(app.cli(['score', '--as-of', '2024-06-30']).status).toBe(0);
    await page.goto(`${app.url}#/import-export`);
    await page.getByRole('tab', { name: 'Export' }).click();
    const reportCard = page.locator('.ant-card').filter({ hasText: 'Tier report' });
    // the newest run, named in English, dated and counted in the English locale
    await expect(reportCard.getByRole('combobox', { name: 'Rating run' }).locator('..')).toContainText('Customer scorecard v1 · 30 Jun 2024 · 150 customers');
    const downloading = page.waitForEvent('download');
    await reportCard.getByRole('button', { name: 'Export' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Tier report 2024-06-30.xlsx');
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-e2e-dl-')), download.suggestedFilename());
    await download.saveAs(saved);
    await expect(page.getByTestId('report-export')).toContainText('Exported 150 rows');
    await saveScreenshot(page, 'export-panel-en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Customers', 'Tier changes', 'Model']);
    expect(wb.getWorksheet('Customers')!.rowCount).toBe(151);
    expect(wb.getWorksheet('Summary')!.getImages()).toHaveLength(1);
  });
});
