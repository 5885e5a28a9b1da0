#!/usr/bin/env node
// Renders build/icon.svg to build/icon.png (512 × 512) with the Chromium the tests use; run after editing the SVG.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const svg = fs.readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
