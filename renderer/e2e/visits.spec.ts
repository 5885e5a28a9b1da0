import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures';

/** A 300-customer demo book up to the suite's today (a Saturday), rated with the seed scorecard (tiers A–D). */
function ratedDemoBook(app: { cli(args: string[]): { status: number | null; stderr: string } }) {
  const demo = app.cli(['demo', '--customers', '300', '--end', E2E_TODAY]);
  expect(demo.status, demo.stderr).toBe(0);
  const score = app.cli(['score', '--as-of', E2E_TODAY]);
  expect(score.status, score.stderr).toBe(0);
}

test.describe('visit plans end to end (browser mode, real SQLite book)', () => {
  test('plan two weeks, follow the week, log a visit, see compliance, edit a policy', async ({ page, app }) => {
    await page.goto(`${app.url}#/visits`);
    await expect(page.getByText('还没有业务员')).toBeVisible(); // an honest empty state first
    ratedDemoBook(app);
    await page.reload();
    await expect(page.getByText('还没有业务员')).toHaveCount(0);

    await page.getByRole('button', { name: '生成计划' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('spinbutton', { name: '周数' })).toHaveValue('2');
    await dialog.getByRole('button', { name: '生成计划' }).click();
    await expect(dialog.getByTestId('plan-result')).toContainText('共排出');
    await expect(dialog.getByText(/未能排入的客户：\d+ 位/)).toBeVisible();
    await expect(dialog.getByText(/业务员的拜访名额已排满/).first()).toBeVisible();
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关 闭' }).click();

    const cards = page.getByTestId('visit-card');
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThan(5);

    // move a visit by drag and drop to the next day with room (the calendar shows the rep's working days)
    const fromColumn = page.locator('.visit-day').filter({ has: page.getByTestId('visit-card') }).first();
    const fromDay = await fromColumn.getAttribute('data-testid');
    const firstCard = fromColumn.getByTestId('visit-card').first();
    const days = await page.locator('.visit-day:not(.visit-day-off)').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    const target = days.find((d) => d !== fromDay) as string;
    const targetCards = page.getByTestId(target).getByTestId('visit-card');
    const before = await targetCards.count();
    await firstCard.dragTo(page.getByTestId(target));
    await expect(page.getByText(/已改期到/)).toBeVisible();
    await expect(targetCards).toHaveCount(before + 1);
    const moved = targetCards.first();
    const name = await moved.locator('.visit-card-name').innerText();

    // mark it done with an outcome and a note
    await moved.getByRole('button', { name: /完\s?成/ }).click();
    const done = page.getByRole('dialog');
    await done.getByRole('combobox', { name: '拜访结果' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '成交' }).click();
    await done.getByLabel('备注').fill('客户下了试用订单');
    await done.getByLabel('下一步').fill('两周后回访');
    await done.getByRole('button', { name: '保 存' }).click();
    await expect(page.getByText(`已记录拜访 ${name}`)).toBeVisible();
    await expect(page.locator('.visit-card-done', { hasText: name })).toContainText('成交');
    await page.locator('.ant-layout-content').evaluate((el) => el.scrollTo(0, 0));
    await saveScreenshot(page, 'visits-zh');

    // the compliance report counts it as done and on time
    await page.getByRole('tab', { name: '执行率' }).click();
    const totalRow = page.getByTestId('compliance-by-tier').getByRole('row', { name: /合计/ });
    await expect(totalRow.getByRole('cell').nth(3)).toHaveText('1');
    await expect(totalRow.getByRole('cell').nth(4)).toHaveText('1');

    // the list view finds it as done
    await page.getByRole('tab', { name: '拜访列表' }).click();
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已完成' }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('客户下了试用订单');

    // edit the C tier's interval; the CLI sees the audited change
    await page.getByRole('tab', { name: '等级拜访政策' }).click();
    const interval = page.getByRole('spinbutton', { name: '拜访间隔（天） C' });
    await expect(interval).toHaveValue('30');
    await interval.fill('21');
    await page.getByRole('button', { name: '保存 C' }).click();
    await expect(page.getByText('已保存 C 级政策')).toBeVisible();
    const policies = JSON.parse(app.cli(['--json', 'policies', 'list']).stdout) as { policies: { tier: string; visitIntervalDays: number }[] };
    expect(policies.policies.find((p) => p.tier === 'C')?.visitIntervalDays).toBe(21);
  });
});

test.describe('visit plans in English', () => {
  test.use({ language: 'en' });
  test('the week view and the plan result speak English', async ({ page, app }) => {
    ratedDemoBook(app);
    await page.goto(`${app.url}#/visits`);
    await page.getByRole('button', { name: 'Generate plan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Generate plan' }).click();
    await expect(dialog.getByTestId('plan-result')).toContainText('visits planned');
    await expect(dialog.getByText(/Customers that did not fit: \d+/)).toBeVisible();
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('visit-card').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print week' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await saveScreenshot(page, 'visits-en');
  });
});
