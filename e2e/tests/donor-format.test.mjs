// Picking the donor's format and giving indicators milestones (issue 20), with the keyboard:
// the choice and the milestones survive a reload, a deleted milestone comes back with Undo, and
// both screens pass axe at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, guard, openApp, appReady, axeViolations, seedDraft, focusedId, SHOTS } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const example = JSON.parse(fs.readFileSync(new URL('../../data/examples/andean_mercury.json', import.meta.url), 'utf8'));

async function open(route) {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addInitScript(() => {
    if (!localStorage.getItem('asmpb.lang')) localStorage.setItem('asmpb.lang', 'en');
  });
  await seedDraft(context, { id: 'd1', rev: 1, saved_at: example.meta.updated, proposal: example });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, route);
  return { context, page, problems };
}

const saved = (page) => page.waitForSelector('[data-save-status="Saved"]', { timeout: 30000 });

test('the donor format is picked with the keyboard, says what it changes, and is kept', async () => {
  assert.equal(example.donor.format, undefined, 'the example starts in the app\'s own format');
  const { context, page, problems } = await open('donor');
  const group = page.getByRole('group', { name: "The donor's document format" });
  const standard = group.getByRole('radio', { name: "The app's own layout" });
  assert.equal(await standard.isChecked(), true);
  // Arrow keys move between the options of a radio group, and choose.
  await standard.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const uk = group.getByRole('radio', { name: 'United Kingdom: logframe with milestones' });
  assert.equal(await uk.isChecked(), true);
  const hint = await uk.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${hint}`).textContent(), /dated milestones/);
  assert.deepEqual(await axeViolations(page), []);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling (${width}px)`);
  fs.mkdirSync(SHOTS, { recursive: true });
  await group.screenshot({ path: path.join(SHOTS, 'donor-format-360.png') });
  await saved(page);
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole('radio', { name: 'United Kingdom: logframe with milestones' }).isChecked(), true);
  // The review asks for milestones on every indicator now.
  await openApp(page, env.origin, 'review');
  await page.getByText(/has no milestone\. The UK logframe reads each indicator/).first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('an indicator milestone is added, typed, kept, deleted and brought back', async () => {
  const { context, page, problems } = await open('objectives');
  const goalIndicator = example.logframe.goal.indicators[0];
  const item = page.locator(`#item-${goalIndicator.id}`);
  const add = item.getByRole('button', { name: /^Add a milestone to / });
  await add.scrollIntoViewIfNeeded();
  await add.focus();
  await page.keyboard.press('Enter');
  const dateId = await focusedId(page, new RegExp(`^f-objectives-goal-indicators-${goalIndicator.id}-milestones-\\d+-date$`));
  const mid = dateId.match(/milestones-(\d+)-date/)[1];
  // A date input's typed order depends on the browser's locale; fill sets the value itself.
  await page.locator(`#${dateId}`).fill('2027-12-31');
  // Tab walks a date input's parts (day, month, year) before leaving it.
  const valueId = `f-objectives-goal-indicators-${goalIndicator.id}-milestones-${mid}-value`;
  for (let i = 0; i < 4 && await page.evaluate(() => document.activeElement?.id) !== valueId; i++) {
    await page.keyboard.press('Tab');
  }
  await focusedId(page, valueId);
  await page.keyboard.type('35');
  assert.equal(await page.getByLabel('Expected value').first().inputValue(), '35');
  assert.deepEqual(await axeViolations(page), []);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling (${width}px)`);
  fs.mkdirSync(SHOTS, { recursive: true });
  await item.locator('.ind-milestones').screenshot({ path: path.join(SHOTS, 'indicator-milestones-360.png') });

  await saved(page);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator(`#${dateId}`).inputValue(), '2027-12-31');
  assert.equal(await page.locator(`#f-objectives-goal-indicators-${goalIndicator.id}-milestones-${mid}-value`).inputValue(), '35');

  await page.locator(`#f-objectives-goal-indicators-${goalIndicator.id}-milestones`)
    .getByRole('button', { name: /^Delete milestone 1 of / }).click();
  await page.locator(`#${dateId}`).waitFor({ state: 'detached' });
  await focusedId(page, 'undo-button');
  await page.keyboard.press('Enter');
  await page.locator(`#${dateId}`).waitFor();
  await focusedId(page, dateId);
  assert.equal(await page.locator(`#f-objectives-goal-indicators-${goalIndicator.id}-milestones-${mid}-value`).inputValue(), '35');
  assert.deepEqual(problems, []);
  await context.close();
});
