import { expect, saveScreenshot, test } from './fixtures';

test.describe('models: create, preview, publish and run (browser mode, real book)', () => {
  test('clone a template, change a weight, watch the preview, publish and run it', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '300', '--seed', '5', '--end', '2026-06-30'])).toMatchObject({ status: 0 });
    await page.goto(`${app.url}#/models`);
    await expect(page.getByRole('link', { name: '客户价值评分卡' })).toBeVisible();

    await page.getByRole('button', { name: '新建模型' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('模型名称').fill('华东评分卡');
    await dialog.getByRole('button', { name: '创 建' }).click();
    await expect(page.getByLabel('模型名称')).toHaveValue('华东评分卡');

    const preview = page.getByTestId('model-preview');
    await expect(preview.getByTestId('preview-count-D')).toBeVisible();
    await expect(page.getByTestId('weight-total')).toHaveText('权重合计 100%');
    const before = await preview.locator('[data-testid^=preview-count-]').allInnerTexts();

    // revenue weight 30 % → 70 %: the others shrink to keep 100 %, and the distribution moves
    const revenueWeight = page.getByLabel('销售额 的权重');
    await revenueWeight.fill('70');
    await revenueWeight.press('Tab');
    await expect(page.getByTestId('weight-total')).toHaveText('权重合计 100%');
    await expect.poll(async () => (await preview.locator('[data-testid^=preview-count-]').allInnerTexts()).join('|')).not.toBe(before.join('|'));

    // a broken tier rule shows the core's message on the field and blocks publishing
    const minA = page.getByLabel('A 最低分');
    await minA.fill('40');
    await minA.press('Tab');
    await expect(page.getByRole('button', { name: '发布' })).toBeDisabled();
    await expect(page.locator('.model-issues').first()).toBeVisible();
    await minA.fill('85');
    await minA.press('Tab');
    await expect(page.getByRole('button', { name: '发布' })).toBeEnabled();
    await saveScreenshot(page, 'model-editor-zh');

    await page.getByRole('button', { name: '发布' }).click();
    await expect(page.getByText('已发布为 v1')).toBeVisible();

    await page.getByRole('button', { name: '立即评级' }).click();
    const run = page.getByRole('dialog');
    await run.getByLabel('评级日期').fill('2026-06-30');
    await run.getByLabel('评级日期').press('Enter');
    await run.getByRole('button', { name: '开始评级' }).click();
    await expect(page).toHaveURL(/#\/dashboard/);
    await expect(page.getByTestId('tier-summary')).toBeVisible();
    await expect(page.getByRole('combobox', { name: '评级运行' })).toBeVisible();
    await expect(page.locator('.toolbar')).toContainText('华东评分卡 v1');
  });
});

test.describe('models in English', () => {
  test.use({ language: 'en' });
  test('the model editor reads in English', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '300', '--seed', '5', '--end', '2026-06-30'])).toMatchObject({ status: 0 });
    await page.goto(`${app.url}#/models`);
    await page.getByRole('button', { name: 'Copy' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await expect(page.getByTestId('model-preview').locator('[data-testid^=preview-count-]').first()).toBeVisible();
    await expect(page.getByText('Indicators and weights')).toBeVisible();
    await saveScreenshot(page, 'model-editor-en');
  });
});
