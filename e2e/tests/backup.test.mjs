// Back up everything in one browser, restore it in a fresh one: drafts arrive, a draft edited on
// both sides is kept as two, a foreign file changes nothing, the weekly reminder comes and goes,
// and the screen passes axe in every language, at a phone's width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, guard, openApp, appReady, axeViolations, shot, focusedId } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const PHONE = { width: 360, height: 800 };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asm-backup-'));

async function freshPage(extra = {}) {
  const context = await env.browser.newContext({ viewport: PHONE, acceptDownloads: true, ...extra });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  return { context, page, problems };
}

async function setTitle(page, text) {
  await openApp(page, env.origin, 'context');
  await page.getByLabel('Proposal title').fill(text);
  await page.waitForSelector('[data-save-status="Saved"]');
}

async function backUp(page, name) {
  await openApp(page, env.origin, 'drafts');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up everything (.json)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^asm-proposals-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(tmp, name);
  await download.saveAs(file);
  await page.getByText(/^Backup saved as asm-proposals-backup-/).waitFor();
  // The time as English writes it: "2 December 2026 14:05".
  await page.getByText(/^Last full backup: \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}\.$/).waitFor();
  return file;
}

async function restore(page, file) {
  await openApp(page, env.origin, 'drafts');
  await page.getByLabel('Restore from a backup file (.json)').setInputFiles(file);
}

async function draftTitles(page) {
  return page.locator('.drafts > ul.list').first().locator('h3').allTextContents();
}

test('a backup from one browser restores in a fresh one, and a draft edited on both sides is kept as two', async () => {
  const a = await freshPage();
  await setTitle(a.page, 'Gold sites of Geita');
  const first = await backUp(a.page, 'first.json');
  const text = JSON.parse(fs.readFileSync(first, 'utf8'));
  assert.equal(text.format, 'asm-proposal-backup');
  assert.equal(text.version, 1);
  assert.equal(text.drafts.length, 1);
  assert.equal(text.settings.lang, 'en');

  const b = await freshPage();
  await restore(b.page, first);
  await b.page.getByText('Backup restored.').waitFor();
  await b.page.getByText(/^Added: “Gold sites of Geita”/).waitFor();
  assert.deepEqual(await draftTitles(b.page), ['Gold sites of Geita']);
  await shot(b.page, 'backup-restored-360');

  // Both sides edit the same draft.
  await setTitle(a.page, 'Gold sites of Geita, edited on the laptop');
  await b.page.getByRole('button', { name: 'Open Gold sites of Geita' }).click();
  await b.page.getByLabel('Proposal title').waitFor();
  await b.page.getByLabel('Proposal title').fill('Gold sites of Geita, edited on the phone');
  await b.page.waitForSelector('[data-save-status="Saved"]');

  const second = await backUp(a.page, 'second.json');
  await restore(b.page, second);
  await b.page.getByText(/^Kept side by side .*edited on the laptop/).waitFor();
  const titles = (await draftTitles(b.page)).sort();
  assert.deepEqual(titles, [
    'Gold sites of Geita, edited on the laptop',
    'Gold sites of Geita, edited on the phone',
  ]);
  await shot(b.page, 'backup-side-by-side-360');

  // The same file again adds nothing.
  await restore(b.page, second);
  await b.page.getByText(/^Nothing new/).waitFor();
  assert.equal((await draftTitles(b.page)).length, 2);

  // A file that is not a backup is refused and changes nothing.
  const foreign = path.join(tmp, 'foreign.json');
  fs.writeFileSync(foreign, '{"hello": "world"}');
  await restore(b.page, foreign);
  await b.page.getByText(/^This file was not made by this app's backup\. Nothing was changed\./).waitFor();
  assert.equal((await draftTitles(b.page)).length, 2);

  assert.deepEqual(a.problems, []);
  assert.deepEqual(b.problems, []);
  await a.context.close();
  await b.context.close();
});

test('after a week of edits without a backup a quiet reminder offers one, and can be put aside', async () => {
  const { context, page, problems } = await freshPage();
  await setTitle(page, 'A week of work');
  await openApp(page, env.origin, 'drafts');
  await page.getByText('No full backup of this device has been made yet.').waitFor();
  assert.equal(await page.locator('#backup .reminder').count(), 0, 'no reminder on the first day');
  // Eight days later.
  await page.clock.setFixedTime(new Date(Date.now() + 8 * 24 * 3600 * 1000));
  await page.reload();
  await appReady(page);
  const reminder = page.locator('#backup .reminder');
  await reminder.waitFor();
  assert.equal(await page.locator('[role="dialog"], [role="alertdialog"]').count(), 0, 'never a modal');
  await shot(page, 'backup-reminder-360');
  await page.getByRole('button', { name: 'Remind me next week' }).click();
  await reminder.waitFor({ state: 'detached' });
  await page.getByText('The reminder will come back in a week.').waitFor();
  // Focus stays usable: on the backup button.
  await focusedId(page, 'backup-all');
  await page.reload();
  await appReady(page);
  await page.locator('#backup').waitFor();
  assert.equal(await page.locator('#backup .reminder').count(), 0, 'quiet for a week');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const lang of ['en', 'fr', 'es', 'pt']) {
  test(`the drafts screen with backup and storage passes axe in ${lang} at 360 px`, async () => {
    const { context, page } = await freshPage();
    await context.addInitScript((l) => {
      if (!localStorage.getItem('asmpb.lang')) localStorage.setItem('asmpb.lang', l);
    }, lang);
    await openApp(page, env.origin, 'drafts');
    await page.locator('#backup').waitFor();
    // Whatever languages this build has, the page must pass; the screenshot shows which one.
    assert.deepEqual(await axeViolations(page), []);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling (${width}px)`);
    await shot(page, `backup-drafts-${lang}-360`);
    await context.close();
  });
}
