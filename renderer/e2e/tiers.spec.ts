import { expect, saveScreenshot, test, type AppServer } from './fixtures';

/** A 300-customer book rated three times: value × potential, then the seed scorecard at two dates. */
function ratedBook(app: AppServer) {
  expect(app.cli(['demo', '--customers', '300', '--seed', '3', '--end', '2026-06-30'])).toMatchObject({ status: 0 });
  expect(app.cli(['score', '--model', 'value-potential', '--as-of', '2026-06-30'])).toMatchObject({ status: 0 });
  expect(app.cli(['score', '--model', 'seed', '--as-of', '2026-03-31'])).toMatchObject({ status: 0 });
  expect(app.cli(['score', '--model', 'seed', '--as-of', '2026-06-30'])).toMatchObject({ status: 0 });
}

test.describe('dashboard and tier matrices (browser mode, real book)', () => {
  test('empty dashboard says what to do next', async ({ page, app }) => {
    expect(app.cli(['demo', '--customers', '50', '--seed', '3', '--end', '2026-06-30'])).toMatchObject({ status: 0 });
    await page.goto(`${app.url}#/dashboard`);
    await expect(page.getByText('还没有评级结果')).toBeVisible();
    await page.getByRole('button', { name: '前往评级模型' }).click();
    await expect(page).toHaveURL(/#\/models/);
  });

  test('dashboard figures, a Sankey link and a transition cell lead to the customers and their reasons', async ({ page, app }) => {
    ratedBook(app);
    await page.goto(`${app.url}#/dashboard`);
    await expect(page.getByTestId('tier-summary')).toContainText('D 一般客户');
    await expect(page.getByTestId('chart-pareto')).toBeVisible();
    await expect(page.getByTestId('stat-churn')).not.toContainText('—');
    await expect(page.getByTestId('migration-links').getByRole('button').first()).toBeVisible();
    await saveScreenshot(page, 'dashboard-zh');

    // a Sankey link (its keyboard-reachable twin below the chart) opens those customers with their reasons
    await page.getByTestId('migration-links').getByRole('button').first().click();
    await expect(page).toHaveURL(/tab=transitions/);
    const drawer = page.locator('.ant-drawer');
    await expect(drawer.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(drawer.getByTestId('transition-reasons').first()).toContainText('总分');
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

    // a matrix cell: an upgrade, coloured green
    const upgrade = page.locator('[data-testid^=tm-cell-].tm-up').first();
    await expect(upgrade).toBeVisible();
    const n = Number((await upgrade.innerText()).replace(/\D/g, ''));
    await upgrade.click();
    await expect(drawer.locator('tbody tr.ant-table-row')).toHaveCount(Math.min(n, 10));
    await expect(drawer.getByTestId('transition-reasons').first()).toBeVisible();
    await saveScreenshot(page, 'tiers-transitions-zh');
  });

  test('a value × potential cell opens its customers', async ({ page, app }) => {
    ratedBook(app);
    await page.goto(`${app.url}#/tiers`);
    const cell = page.getByTestId('vp-cell-high-high');
    await expect(cell).toBeVisible();
    const count = (await cell.locator('.vp-cell-count').innerText()).replace(/\D/g, '');
    await saveScreenshot(page, 'tiers-zh');
    await cell.click();
    await expect(page).toHaveURL(/tab=results/);
    await expect(page.getByTestId('results-count')).toHaveText(`共 ${count} 位客户`);
  });
});

test.describe('dashboard and tiers in English', () => {
  test.use({ language: 'en' });
  test('screens read in English', async ({ page, app }) => {
    ratedBook(app);
    await page.goto(`${app.url}#/dashboard`);
    await expect(page.getByTestId('tier-summary')).toContainText('D · Minor');
    await expect(page.getByText('Tier migration')).toBeVisible();
    await saveScreenshot(page, 'dashboard-en');
    await page.goto(`${app.url}#/tiers`);
    await expect(page.getByTestId('vp-cell-high-high')).toContainText('High value / high potential');
    // the seeded built-in models read in English too (they are stored under their Chinese names)
    await expect(page.getByText('Value × potential matrix v1 ·').first()).toBeVisible();
    await expect(page.getByText('价值 × 潜力矩阵')).toHaveCount(0);
    await saveScreenshot(page, 'tiers-en');
  });
});
