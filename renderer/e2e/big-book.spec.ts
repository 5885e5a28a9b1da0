import { expect, pickOption, saveScreenshot, test } from './fixtures';

/**
 * The 100,000-customer demo book in browser mode: the list opens, scrolls, searches, filters and sorts.
 * Timings are measured and attached to the report (targets live in benchmarks, not in tests).
 */
test('a 100,000-customer book lists, scrolls, searches, filters and sorts', async ({ page, app }, testInfo) => {
  test.setTimeout(420_000);
  const demo = app.cli(['demo', '--customers', '100000', '--seed', '1', '--end', '2026-06-30']);
  expect(demo.status, demo.stderr).toBe(0);
  const timings: Record<string, number> = {};
  const time = async (label: string, work: () => Promise<void>) => {
    const started = Date.now();
    await work();
    timings[label] = Date.now() - started;
  };
  const count = page.getByTestId('customer-count');

  await time('open list', async () => {
    await page.goto(`${app.url}#/customers`);
    await expect(count).toHaveText('共 100,000 位客户');
    await expect(page.getByRole('row').nth(1)).toContainText('C000001');
  });
  await time('scroll the page of rows', async () => {
    const body = page.locator('.ant-table-body');
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(page.getByRole('row', { name: /C000050/ })).toBeInViewport();
  });
  await time('jump to page 1,000', async () => {
    await page.locator('.ant-pagination-options-quick-jumper input').fill('1000');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('row').nth(1)).toContainText('C049951');
  });
  await time('search a code', async () => {
    await page.getByPlaceholder('搜索编号、名称、城市、联系人或电话').fill('C09999');
    await expect(count).toHaveText('共 10 位客户');
  });
  await page.getByPlaceholder('搜索编号、名称、城市、联系人或电话').fill('');
  await expect(count).toHaveText('共 100,000 位客户');
  await time('filter by status', async () => {
    await pickOption(page, '状态', '休眠');
    await page.keyboard.press('Escape');
    await expect(count).not.toHaveText('共 100,000 位客户');
  });
  await time('sort by name, descending', async () => {
    const header = page.getByRole('columnheader', { name: '客户名称' });
    await header.click();
    await header.click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
  });
  const dormant = Number((await count.innerText()).replace(/\D/g, ''));
  expect(dormant).toBeGreaterThan(1000);
  expect(dormant).toBeLessThan(20_000);
  await saveScreenshot(page, 'customers-100k-zh');
  testInfo.annotations.push({ type: 'timings (ms)', description: JSON.stringify(timings) });
  console.log(`100k customer list timings (ms): ${JSON.stringify(timings)}`);
});
