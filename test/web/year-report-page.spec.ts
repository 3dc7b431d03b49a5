import type { Browser } from 'playwright-core';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { accessibilityViolations, launchBrowser, scrollsSideways, signIn } from '../support/browser.js';
import { createStaff, PASSWORD, type Member } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('de pagina /jaarverslag in de browser', () => {
  let t: TestApp;
  let browser: Browser;
  let finance: Member;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await seedDemoData(t.databaseUrl);
    finance = await createStaff(t, 'finance');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('past op een telefoon van 390 (en 320) px, toont 2023 tegenover 2022 en is toegankelijk', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, t.baseUrl, finance.email, PASSWORD);
    await page.getByRole('link', { name: 'Jaarverslag' }).click();
    await page.waitForURL((url) => url.pathname === '/jaarverslag');
    await page.goto(`${t.baseUrl}/jaarverslag?jaar=2023`);

    await page.getByText('zorgcentra namen deel, hoger dan in 2022 (127).').waitFor();
    const row = page.getByRole('row', { name: /^Zorgcentra/ });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('127');
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('hoger dan in 2022');
    expect(await page.getByRole('link', { name: /als pdf/ }).getAttribute('href')).toBe('/jaarverslag/2023/jaarverslag.pdf');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.close();
  });
});
