// Nothing typed is ever lost: a reload right after typing, a tab closed within a second, two
// tabs on one draft, and a full storage quota.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, axeViolations, shot, appReady } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const title = (page) => page.getByLabel('Proposal title');

test('text typed just before a reload is there after it', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await openApp(page, env.origin, 'context');
  await title(page).fill('Typed then reloaded at once');
  await page.reload();
  await appReady(page);
  assert.equal(await title(page).inputValue(), 'Typed then reloaded at once');
  await context.close();
});

test('text typed just before the tab is closed is there in a new tab', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await openApp(page, env.origin, 'context');
  await title(page).fill('Closed within a second');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await openApp(again, env.origin, 'context');
  assert.equal(await title(again).inputValue(), 'Closed within a second');
  await context.close();
});

/** Two tabs on one draft whose text is `base`, in a context that lets the test hold a tab's
 *  saves back (`window.__hold`), so both tabs have unsaved text at once whatever the speed. */
async function twoTabs(base) {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__hold && k.startsWith('asmpb.draft.')) {
        throw new DOMException('held by the test', 'QuotaExceededError');
      }
      return real.call(this, k, v);
    };
  });
  const a = await context.newPage();
  await openApp(a, env.origin, 'context');
  await title(a).fill(base);
  await a.waitForSelector('[data-save-status="Saved"]');
  const b = await context.newPage();
  await openApp(b, env.origin, 'context');
  assert.equal(await title(b).inputValue(), base);
  return { context, a, b };
}

/** A types `mine` but cannot save; B saves `theirs`: A stops and asks (status Conflict). */
async function conflict(a, b, mine, theirs) {
  await a.evaluate(() => { window.__hold = true; });
  await title(a).fill(mine);
  await a.waitForSelector('[data-save-status^="Failed"]');
  await title(b).fill(theirs);
  await b.waitForSelector('[data-save-status="Saved"]');
  await a.waitForSelector('[data-save-status="Conflict"]');
}

test('two tabs on one draft see each other and never silently overwrite', async () => {
  const { context, a, b } = await twoTabs('Start');

  // A saves; B, with nothing pending, follows.
  await title(a).fill('Written in tab A');
  await a.waitForSelector('[data-save-status="Saved"]');
  await b.waitForFunction(() => document.querySelector('#f-context-title')?.value === 'Written in tab A');

  // A types but cannot save yet; B saves: A must stop and ask, not overwrite B.
  await conflict(a, b, 'Unsaved in tab A', 'Saved in tab B');
  await a.evaluate(() => { window.__hold = false; });
  assert.equal(await title(a).inputValue(), 'Unsaved in tab A', 'A still shows its own text');
  assert.deepEqual(await axeViolations(a), []);
  await shot(a, 'two-tabs-conflict');
  await a.getByRole('button', { name: /Use the other tab/ }).click();
  await a.waitForFunction(() => document.querySelector('#f-context-title')?.value === 'Saved in tab B');
  // A's text was kept as its own draft.
  await a.goto(`${env.origin}/#/drafts`);
  await a.getByRole('heading', { name: 'Unsaved in tab A (my copy)' }).waitFor();
  await context.close();
});

test("choosing to keep this tab's version overwrites the other only on request", async () => {
  const { context, a, b } = await twoTabs('Base');
  await conflict(a, b, 'Mine from A', 'Theirs from B');
  await a.evaluate(() => { window.__hold = false; });
  await a.getByRole('button', { name: "Keep this tab's version" }).click();
  await a.waitForSelector('[data-save-status="Saved"]');
  await b.waitForFunction(() => document.querySelector('#f-context-title')?.value === 'Mine from A');
  // The text it replaced stays in the draft's history, below this tab's.
  await a.goto(`${env.origin}/#/drafts`);
  const versions = a.locator('li.version span');
  await versions.first().waitFor();
  const texts = await versions.allTextContents();
  const mine = texts.findIndex((t) => t.endsWith('Mine from A'));
  const theirs = texts.findIndex((t) => t.endsWith('Theirs from B'));
  assert.ok(mine >= 0 && theirs > mine, `history: ${texts.join(' | ')}`);
  await context.close();
});

test('a tab reloaded in the middle of a conflict keeps its text and offers it back', async () => {
  const { context, a, b } = await twoTabs('Base');
  await conflict(a, b, 'Typed in A', 'Saved in B');
  // Still typing while the banner asks, then reloading instead of choosing.
  await title(a).fill('Typed in A, then reloaded');
  await a.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('asmpb.unsaved.')
    && localStorage.getItem(k).includes('Typed in A, then reloaded')));
  await a.evaluate(() => { window.__hold = false; });
  await a.reload();
  await appReady(a);
  assert.equal(await title(a).inputValue(), 'Saved in B', 'the saved draft opens');
  const open = a.getByRole('button', { name: 'Open it as a separate draft' });
  await open.waitFor();
  assert.deepEqual(await axeViolations(a), []);
  await shot(a, 'kept-after-reload');
  await open.click();
  await a.getByText('The kept text is now a separate draft in My drafts.').waitFor();
  assert.equal(await open.count(), 0, 'offered once');
  await a.goto(`${env.origin}/#/drafts`);
  await a.getByRole('heading', { name: 'Typed in A, then reloaded (my copy)' }).waitFor();
  await context.close();
});

test('a full quota keeps the text, says so, offers an export, and saving resumes', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__quotaFull && k.startsWith('asmpb.draft.')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.call(this, k, v);
    };
  });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'context');
  await title(page).fill('Saved before the disk filled');
  await page.waitForSelector('[data-save-status="Saved"]');
  await page.evaluate(() => { window.__quotaFull = true; });
  await title(page).fill('Typed while the disk is full');
  await page.getByText(/storage for the app is full/).waitFor();
  assert.equal(await title(page).inputValue(), 'Typed while the disk is full');
  await shot(page, 'quota-full');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export a copy (.json)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.json$/);
  // The stored copy is the last good one.
  const stored = await page.evaluate(() => localStorage.getItem(`asmpb.draft.${localStorage.getItem('asmpb.last')}`));
  assert.ok(stored.includes('Saved before the disk filled'));
  await page.evaluate(() => { window.__quotaFull = false; });
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await page.waitForSelector('[data-save-status="Saved"]');
  await page.reload();
  await appReady(page);
  assert.equal(await title(page).inputValue(), 'Typed while the disk is full');
  assert.deepEqual(problems, []);
  await context.close();
});
