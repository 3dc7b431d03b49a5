import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it. Playwright's own browser download does not work here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 740 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page against WCAG 2.1 A and AA; returns a readable list of what fails.
 * axe needs JavaScript, so audit pages opened with it on.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  // Code that runs in the page is passed as text: the test build has no DOM types.
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, ${JSON.stringify({ runOnly: { type: 'tag', values: WCAG_21_AA } })}).then((result) => result.violations)`,
  );
  return violations.map(
    (violation) => `${violation.id}: ${violation.help} @ ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** True when the page is wider than the window, which on a phone means sideways scrolling. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
}

/**
 * The rendered font sizes (px on screen) of every text in the elements `selector` matches: SVG
 * text counts at the size its drawing is scaled to, which the computed font size alone hides.
 */
export function renderedTextSizes(page: Page, selector: string): Promise<number[]> {
  return page.evaluate<number[]>(`[...document.querySelectorAll(${JSON.stringify(selector)})]
    .flatMap((box) => [box, ...box.querySelectorAll('*')])
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()))
    .map((element) => parseFloat(getComputedStyle(element).fontSize) * (element.ownerSVGElement?.getScreenCTM()?.a ?? 1))`);
}

/** What has keyboard focus: its id and text. */
export function focused(page: Page): Promise<{ id: string; text: string }> {
  return page.evaluate<{ id: string; text: string }>(
    "({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent ?? '' })",
  );
}

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/aanmelden`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  // Each role lands on its own start page; what matters here is that the login form is gone.
  await page.waitForURL((url) => url.pathname !== '/aanmelden');
}

/** The text of the error message tied to a form control through aria-describedby. */
export async function fieldError(page: Page, label: string): Promise<string> {
  const control = page.getByLabel(label);
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ');
  const errorId = ids.find((id) => id.endsWith('-fout'));
  return errorId ? ((await page.locator(`#${errorId}`).textContent()) ?? '') : '';
}

/** Fills the sign-on form's contact and counts, as a care-centre coordinator would. */
export async function fillSignOnForm(
  page: Page,
  contact: { name: string; email: string; phone: string; screens?: string; viewers: string },
): Promise<void> {
  await page.getByLabel('Naam van de contactpersoon').fill(contact.name);
  await page.getByLabel('E-mailadres van de contactpersoon').fill(contact.email);
  await page.getByLabel('Telefoonnummer van de contactpersoon').fill(contact.phone);
  await page.getByLabel('Aantal schermen of zalen').fill(contact.screens ?? '1');
  await page.getByLabel('Verwacht aantal kijkers').fill(contact.viewers);
}
