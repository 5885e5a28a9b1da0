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
    await expect(dialog.getByLabel('原因')).toBeVisible(); // the form is mounted, not mid-animation
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

  test('see a customer’s orders, add an assessment through the form and see it listed', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '60', '--end', '2026-06-30'])).toMatchObject({ status: 0 });
    await page.goto(`${app.url}#/customers`);
    await page.locator('tbody tr.ant-table-row').first().getByRole('link').click();

    const activity = page.getByTestId('customer-activity');
    const orders = activity.getByTestId('customer-orders');
    await expect(orders.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(orders).toContainText('销售');
    await expect(activity).toContainText(/共 \d+ 张单据/);

    await activity.getByRole('tab', { name: '评估' }).click();
    const assessments = activity.getByTestId('customer-assessments');
    await expect(assessments).toBeVisible();
    const before = await assessments.locator('tbody tr.ant-table-row').count();
    await activity.getByRole('button', { name: '添加评估' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog.getByText('请至少填写一项评估值')).toBeVisible();
    await dialog.getByLabel('满意度（1–5）').fill('4');
    await dialog.getByLabel('推荐意愿（0–10）').fill('9');
    await dialog.getByLabel('影响力（1–5）').fill('5');
    await pickOption(dialog, '关系类型', '伙伴');
    await dialog.getByLabel('评估人').fill('王经理');
    await dialog.getByLabel('备注').fill('年度回访问卷');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByTestId('assessment-next-run')).toContainText('下次运行评级时会使用它');
    await expect(assessments.locator('tbody tr.ant-table-row')).toHaveCount(before + 1);
    const added = assessments.locator('tbody tr.ant-table-row', { hasText: '王经理' });
    await expect(added).toContainText('伙伴');
    await expect(added).toContainText('年度回访问卷');

    await activity.getByRole('tab', { name: '拜访' }).click();
    await expect(activity.getByTestId('customer-visits')).toBeVisible();
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
