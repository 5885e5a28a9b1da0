import ExcelJS from 'exceljs';
import { expect, pickOption, saveScreenshot, test } from './fixtures';

test.describe('customers end to end (browser mode, real SQLite book)', () => {
  test('list, search, filter, sort and page a demo book', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '300', '--seed', '3', '--end', '2026-06-30']).status).toBe(0);
    await page.goto(`${app.url}#/customers`);
    await expect(page.getByTestId('customer-count')).toHaveText('共 300 位客户');
    await expect(page.getByRole('row').nth(1)).toContainText('C000001');

    await page.getByPlaceholder('搜索编号、名称、城市、联系人或电话').fill('C00029');
    await expect(page.getByTestId('customer-count')).toHaveText('共 10 位客户');
    await page.getByPlaceholder('搜索编号、名称、城市、联系人或电话').fill('');
    await expect(page.getByTestId('customer-count')).toHaveText('共 300 位客户');

    // sort by code, descending (second click on the header)
    const codeHeader = page.getByRole('columnheader', { name: '客户编号' });
    await codeHeader.click();
    await expect(page.getByRole('row').nth(1)).toContainText('C000300');

    // next page
    await page.getByRole('listitem', { name: '2' }).click();
    await expect(page.getByRole('row').nth(1)).toContainText('C000250');

    // filter by status: dormant only
    await pickOption(page, '状态', '休眠');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('customer-count')).not.toHaveText('共 300 位客户');
    const count = await page.getByTestId('customer-count').innerText();
    const dormant = Number(count.replace(/\D/g, ''));
    expect(dormant).toBeGreaterThan(0);
    expect(dormant).toBeLessThan(300);
    for (const status of await page.locator('tbody .ant-tag').allInnerTexts()) expect(status).toBe('休眠');
    await saveScreenshot(page, 'customers-zh');

    // export exactly the filtered list, and open the workbook again
    await page.getByRole('button', { name: '导出' }).hover();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: '导出为 Excel (.xlsx)' }).click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    expect(sheet.actualRowCount - 1).toBe(dormant);
  });

  test('create with validation, edit, archive and restore a customer', async ({ page, app }) => {
    await page.goto(`${app.url}#/customers`);
    await expect(page.getByText('还没有客户')).toBeVisible();
    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog.getByText('请填写客户编号')).toBeVisible();
    await expect(dialog.getByText('请填写客户名称')).toBeVisible();

    await dialog.getByLabel('客户编号').fill('SH-001');
    await dialog.getByLabel('客户名称').fill('上海恒达贸易有限公司');
    await dialog.getByLabel('城市').fill('上海');
    await dialog.getByLabel('联系电话').fill('abc');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog.getByText('电话格式不正确')).toBeVisible();
    await dialog.getByLabel('联系电话').fill('021-12345678');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(page.getByRole('heading', { name: /上海恒达贸易有限公司/ })).toBeVisible();

    // a second customer with the same code: the core refuses it on the code field
    await page.goto(`${app.url}#/customers`);
    await page.getByRole('button', { name: '新建' }).click();
    await dialog.getByLabel('客户编号').fill('SH-001');
    await dialog.getByLabel('客户名称').fill('另一家公司');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog.getByText('客户编号 SH-001 已被其他客户使用')).toBeVisible();
    await dialog.getByRole('button', { name: '取 消' }).click();
    await expect(page.getByTestId('customer-count')).toHaveText('共 1 位客户');

    // edit
    await page.getByRole('link', { name: '上海恒达贸易有限公司' }).click();
    await page.getByRole('button', { name: '编辑' }).click();
    await dialog.getByLabel('城市').fill('苏州');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(page.getByText('已保存客户 上海恒达贸易有限公司')).toBeVisible();
    await expect(page.locator('.ant-descriptions')).toContainText('苏州');

    // archive, then it leaves the list; restore brings it back
    await page.getByRole('button', { name: '归档' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '归 档' }).click();
    await expect(page.getByText('该客户已归档')).toBeVisible();
    await page.goto(`${app.url}#/customers`);
    await expect(page.getByTestId('customer-count')).toHaveText('共 0 位客户');
    await page.getByLabel('含已归档').check();
    await expect(page.getByTestId('customer-count')).toHaveText('共 1 位客户');
    await page.getByRole('link', { name: '上海恒达贸易有限公司' }).click();
    await page.getByRole('button', { name: '恢复' }).click();
    await expect(page.getByText('已恢复 上海恒达贸易有限公司')).toBeVisible();
  });

  test('reps are created in Settings and become customer owners', async ({ page, app }) => {
    await page.goto(`${app.url}#/settings`);
    await page.getByRole('tab', { name: '业务员' }).click();
    await expect(page.getByText('还没有业务员')).toBeVisible();
    await page.getByRole('button', { name: '新建业务员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('李娜');
    await dialog.getByLabel('负责地区').fill('华东');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(page.getByRole('cell', { name: '李娜' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '20' })).toBeVisible(); // 4 a day × 5 days

    await page.goto(`${app.url}#/customers`);
    await page.getByRole('button', { name: '新建' }).click();
    await dialog.getByLabel('客户编号').fill('HZ-9');
    await dialog.getByLabel('客户名称').fill('杭州新源科技有限公司');
    await pickOption(dialog, '负责人', '李娜');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(page.locator('.ant-descriptions')).toContainText('李娜');
  });

  test('switching to English is remembered and formats follow the locale', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '120', '--seed', '5', '--end', '2026-06-30']).status).toBe(0);
    await page.goto(`${app.url}#/dashboard`);
    await expect(page.getByText('客户数')).toBeVisible();
    await expect(page.locator('.ant-statistic-content').first()).toHaveText('120');
    await saveScreenshot(page, 'dashboard-unrated-zh');
    await page.getByRole('menuitem', { name: '设置' }).click();
    await pickOption(page, '界面语言', 'English');
    await expect(page.getByRole('menuitem', { name: 'Customers' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('menuitem', { name: 'Customers' })).toBeVisible();
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await expect(page.getByTestId('customer-count')).toHaveText('120 customers');
    await expect(page.getByText('/ page')).toBeVisible(); // antd's own locale follows
    await saveScreenshot(page, 'customers-en');
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await expect(page.getByText('Net revenue')).toBeVisible();
    await expect(page.locator('.ant-statistic-content').nth(2)).toContainText('¥');
  });
});
