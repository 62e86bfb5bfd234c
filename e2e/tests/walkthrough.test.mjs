// A new person's walk through the wizard with the keyboard: a blank proposal, its context, a
// priority, an objective traced to it, then the Review step, whose document preview shows what
// they typed and whose findings name what is still missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, axeViolations, focusedId } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function frames(page) {
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
}

async function press(page, name) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await frames(page);
}

test('a new proposal typed with the keyboard shows up in the review', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'drafts');
  await press(page, 'New blank proposal');
  await page.waitForFunction(() => location.hash === '#/context');

  await page.getByLabel('Proposal title').focus();
  await page.keyboard.type('Schools, not pits, in Santa Filomena');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Asociación de Mujeres Mineras');

  // Step 2 by the navigation link, with the keyboard.
  await page.getByRole('link', { name: /^2\s*Priorities/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/priorities');
  await press(page, 'Add a priority');
  const issue = await focusedId(page, /^f-priorities-\d+-issue$/);
  await page.locator(`#${issue}`).selectOption('child_labour');
  await page.keyboard.press('Tab');
  await page.keyboard.type('One child in five carries ore at the mills.');

  await page.getByRole('link', { name: /^3\s*Objectives/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/objectives');
  await press(page, 'Add an objective');
  await focusedId(page, /^f-objectives-\d+-text$/);
  await page.keyboard.type('Children leave the pits for school');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // traced to the priority
  await page.waitForSelector('[data-save-status="Saved"]');

  await page.getByRole('link', { name: /^11\s*Review and export/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/review');
  // What is missing is named: no indicator yet for the objective.
  await page.locator('.finding').first().waitFor();
  const findings = await page.locator('.findings').allTextContents();
  assert.ok(findings.join(' ').length > 0);
  // The preview holds what was typed.
  await page.getByText('Preview the document').focus();
  await page.keyboard.press('Enter');
  const doc = page.locator('article.document');
  await doc.waitFor();
  const text = await doc.textContent();
  for (const typed of ['Schools, not pits, in Santa Filomena', 'Asociación de Mujeres Mineras',
    'One child in five carries ore at the mills.', 'Children leave the pits for school']) {
    assert.ok(text.includes(typed), `the review's document shows "${typed}"`);
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
