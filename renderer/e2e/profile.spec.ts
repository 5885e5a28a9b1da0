import { expect, pickOption, saveScreenshot, test } from './fixtures';

test.describe('customer profile (browser mode, real book)', () => {
  test('read the explanation and set an override with reason and expiry', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '300', '--seed', '3', '--end', '2026-06-30'])).toMatchObject({ status: 0 });
    expect(app.cli(['score', '--model', 'seed', '--as-of', '2026-06-30'])).toMatchObject({ status: 0 });
    await page.goto(`${app.url}#/tiers?tab=results`);
    await page.locator('tbody tr.ant-table-row').first().getByRole('link').click();

    const explanation = page.getByTestId('score-explanation');
    await expect(explanation.getByTestId('indicator-revenue')).toContainText('销售额');
    await expect(page.getByTestId('tier-reasons')).toContainText('总分');
    await expect(page.getByTestId('tier-history').locator('tbody tr.ant-table-row')).toHaveCount(1);
    const computed = await page.getByTestId('computed-tier').innerText();

    await page.getByRole('button', { name: '人工调整等级' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog.getByText('请填写调整原因')).toBeVisible();
    await pickOption(dialog, '调整为', 'A 核心客户');
    await dialog.getByLabel('原因').fill('战略合作伙伴，年度框架协议已签署');
    await dialog.getByLabel('有效期至').fill('2030-12-31');
    await dialog.getByLabel('有效期至').press('Enter');
    await dialog.getByRole('button', { name: '保 存' }).click();

    const status = page.getByTestId('override-status');
    await expect(status).toContainText('人工调整：A');
    await expect(status).toContainText('战略合作伙伴');
    await expect(status).toContainText('2030');
    await expect(page.getByTestId('computed-tier')).toHaveText(computed);
    await saveScreenshot(page, 'profile-zh');
  });
});

test.describe('customer profile in English', () => {
  test.use({ language: 'en' });
  test('the explanation reads in English', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '300', '--seed', '3', '--end', '2026-06-30'])).toMatchObject({ status: 0 });
    expect(app.cli(['score', '--model', 'seed', '--as-of', '2026-03-31'])).toMatchObject({ status: 0 });
    expect(app.cli(['score', '--model', 'seed', '--as-of', '2026-06-30'])).toMatchObject({ status: 0 });
    await page.goto(`${app.url}#/tiers?tab=results`);
    await page.locator('tbody tr.ant-table-row').first().getByRole('link').click();
    await expect(page.getByTestId('tier-reasons')).toContainText('Score');
    await expect(page.getByTestId('tier-history').locator('tbody tr.ant-table-row')).toHaveCount(2);
    await saveScreenshot(page, 'profile-en');
  });
});
