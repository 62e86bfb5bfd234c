// Writing one proposal together with no server (issue 21): two browser contexts are two people
// on two devices. Amina sends a copy; Bruno opens it in French, offline, and edits the title
// (which Amina also changes) and the applicant (which she does not); his copy comes back, the
// conflict is shown side by side and chosen, the change summary links to its fields, the result
// is exported, and bad files are refused with their reason. axe checks the merge and the
// comparison screens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, guard, openApp, appReady, axeViolations, seedDraft, focusedId, SHOTS } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const example = JSON.parse(fs.readFileSync(new URL('../../data/examples/andean_mercury.json', import.meta.url), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asm-coedit-'));

const saved = (page) => page.waitForSelector('[data-save-status="Saved"]', { timeout: 30000 });

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(tmp, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

/** Waits until the service worker has the whole build in its cache and serves the page: from
 *  then on the app works with no network, as on a device that visited once. */
async function offlineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
}

async function status(page, pattern) {
  await page.locator('.coedit [role="status"]').getByText(pattern).waitFor({ timeout: 30000 });
}

/** Types into a field as a person does, then leaves it, and waits for the save. */
async function retype(page, id, text) {
  const field = page.locator(`#${id}`);
  await field.fill(text);
  await field.press('Tab');
  await saved(page);
}

test('two people edit one proposal offline and merge it back, choosing where they differ', async () => {
  // Amina, on a phone.
  const amina = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  await seedDraft(amina, { id: 'd1', rev: 1, saved_at: example.meta.updated, proposal: example });
  const a = await amina.newPage();
  const aProblems = guard(a, env.origin);
  await openApp(a, env.origin, 'coedit');
  await a.getByRole('heading', { level: 1, name: 'Writing together' }).waitFor();
  // The name is asked before anything is sent.
  await a.getByRole('button', { name: 'Send for co-editing' }).click();
  await status(a, /Write your name first/);
  await focusedId(a, 'coedit-name');
  await a.keyboard.type('Amina');
  await a.keyboard.press('Tab');
  const first = await download(a, () => a.getByRole('button', { name: 'Send for co-editing' }).click());
  assert.match(path.basename(first), /-co-editing-Amina\.asmshare$/);
  await status(a, /Send it to your colleague/);
  assert.deepEqual(await axeViolations(a), []);

  // Bruno, on a laptop, in French: the copy becomes a new draft of his.
  const bruno = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await bruno.addInitScript(() => {
    if (!localStorage.getItem('asmpb.lang')) localStorage.setItem('asmpb.lang', 'fr');
  });
  const b = await bruno.newPage();
  const bProblems = guard(b, env.origin);
  await openApp(b, env.origin, 'coedit');
  await b.getByLabel('Votre nom').fill('Bruno');
  await b.getByLabel('Votre nom').press('Tab');
  await b.locator('#coedit-file').setInputFiles(first);
  // A proposal not on his device yet: nothing happens until he says to open it.
  await status(b, /de Amina n’est pas encore sur cet appareil, et rien n’a changé/);
  await focusedId(b, 'coedit-open-new');
  await b.keyboard.press('Enter');
  await status(b, /de Amina est maintenant un nouveau brouillon/);
  await offlineReady(b);
  await bruno.setOffline(true);
  await openApp(b, env.origin, 'context');
  assert.equal(await b.locator('#f-context-title').inputValue(), example.context.title);
  await retype(b, 'f-context-title', 'Mercury-free gold in the Andes');
  await retype(b, 'f-context-applicant', 'Federación de mineros (FEMA)');
  await openApp(b, env.origin, 'coedit');
  const back = await download(b, () => b.getByRole('button', { name: 'Envoyer pour coédition' }).click());
  assert.match(path.basename(back), /-co-editing-Bruno\.asmshare$/);
  // And a proposal of his own, which Amina has never seen.
  await openApp(b, env.origin, 'drafts');
  await b.getByRole('button', { name: 'Nouvelle proposition vierge' }).click();
  await saved(b);
  await openApp(b, env.origin, 'coedit');
  const another = await download(b, () => b.getByRole('button', { name: 'Envoyer pour coédition' }).click());

  // Meanwhile Amina, offline too, changes the title her way and the problem statement.
  await offlineReady(a);
  await amina.setOffline(true);
  await openApp(a, env.origin, 'context');
  await retype(a, 'f-context-title', 'Clean gold for Andean families');
  const statement = (await a.locator('#f-context-problem-statement').inputValue()) + ' Rivers carry it downstream.';
  await retype(a, 'f-context-problem-statement', statement);

  // Bruno's copy comes back: his applicant lands, the title is a conflict.
  await openApp(a, env.origin, 'coedit');
  await a.locator('#coedit-file').setInputFiles(back);
  await status(a, /The copy from Bruno is merged into this draft/);
  await status(a, /One place was changed differently on both sides/);
  const conflict = a.getByRole('group', { name: 'Proposal title' });
  await conflict.waitFor();
  const mine = conflict.getByRole('radio', { name: 'Yours (Amina)' });
  const theirs = conflict.getByRole('radio', { name: 'Theirs (Bruno)' });
  assert.equal(await mine.isChecked(), false, 'nothing is chosen for the person');
  assert.equal(await theirs.isChecked(), false);
  const sides = await conflict.locator('.side .value').allTextContents();
  assert.deepEqual(sides, ['Clean gold for Andean families', 'Mercury-free gold in the Andes']);
  assert.deepEqual(await axeViolations(a), []);
  fs.mkdirSync(SHOTS, { recursive: true });
  await a.locator('#coedit-result').screenshot({ path: path.join(SHOTS, 'coedit-conflict-360.png') });
  await a.setViewportSize({ width: 1280, height: 900 });
  await a.locator('#coedit-result').screenshot({ path: path.join(SHOTS, 'coedit-conflict-1280.png') });
  await a.setViewportSize({ width: 360, height: 800 });
  const width = await a.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling (${width}px)`);

  // Applying without choosing says so and goes to the place left.
  await a.getByRole('button', { name: 'Apply my choices' }).click();
  await status(a, /Choose a version for every place first/);
  await focusedId(a, 'conflict-0');
  await theirs.check();
  await a.getByRole('button', { name: 'Apply my choices' }).click();
  await status(a, /Your choices are in the draft/);
  await saved(a);
  const changes = a.locator('#coedit-result ul.changes');
  await changes.first().waitFor();
  const lines = await changes.locator('li').allTextContents();
  assert.ok(lines.some((l) => l.startsWith('Applicant organisation') && l.includes('Federación de mineros (FEMA)') && l.includes('by Bruno')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('Proposal title') && l.includes('Mercury-free gold in the Andes')), lines.join('\n'));
  assert.deepEqual(await axeViolations(a), []);
  await a.locator('#coedit-result').screenshot({ path: path.join(SHOTS, 'coedit-changes-360.png') });

  // Each change links to its field.
  await changes.getByRole('link', { name: 'Applicant organisation' }).click();
  await appReady(a);
  await focusedId(a, 'f-context-applicant');
  assert.equal(await a.locator('#f-context-applicant').inputValue(), 'Federación de mineros (FEMA)');
  assert.equal(await a.locator('#f-context-title').inputValue(), 'Mercury-free gold in the Andes');
  assert.equal(await a.locator('#f-context-problem-statement').inputValue(), statement, 'her own edit is kept');

  // The result goes to the donor.
  await openApp(a, env.origin, 'review');
  const md = fs.readFileSync(await download(a, () => a.getByRole('button', { name: 'Markdown (.md)', exact: true }).click()), 'utf8');
  assert.match(md, /Mercury-free gold in the Andes/);
  assert.match(md, /Federación de mineros \(FEMA\)/);
  assert.match(md, /Rivers carry it downstream\./);

  // Bad files change nothing and say why.
  await openApp(a, env.origin, 'coedit');
  const json = path.join(tmp, 'export.json');
  fs.writeFileSync(json, JSON.stringify(example));
  await a.locator('#coedit-file').setInputFiles(json);
  await status(a, /This is a draft file \(a JSON export\), not a co-editing copy/);
  const cut = path.join(tmp, 'cut.asmshare');
  fs.writeFileSync(cut, fs.readFileSync(back).subarray(0, 300));
  await a.locator('#coedit-file').setInputFiles(cut);
  await status(a, /The copy is damaged: it was cut short or changed/);
  const drafts = () => a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('asmpb.draft.')).length);
  const before = await drafts();
  await a.locator('#coedit-file').setInputFiles(another);
  await status(a, /is not on this device yet, and nothing has changed/);
  await a.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await drafts(), before, 'no draft was made');
  await openApp(a, env.origin, 'context');
  assert.equal(await a.locator('#f-context-title').inputValue(), 'Mercury-free gold in the Andes');

  // The merge can be undone: the draft is as it was before it.
  await openApp(a, env.origin, 'coedit');
  await a.getByRole('button', { name: 'Undo the merge' }).click();
  await status(a, /The merge is undone/);
  await saved(a);
  await openApp(a, env.origin, 'context');
  assert.equal(await a.locator('#f-context-title').inputValue(), 'Clean gold for Andean families');
  assert.equal(await a.locator('#f-context-applicant').inputValue(), example.context.applicant);

  // Any two versions of the history can be compared.
  await openApp(a, env.origin, 'drafts');
  const compare = a.locator('.card', { has: a.getByRole('heading', { name: 'Compare two versions' }) });
  await compare.getByLabel('To').selectOption('now');
  const oldest = await compare.getByLabel('From').locator('option').last().getAttribute('value');
  await compare.getByLabel('From').selectOption(oldest);
  await compare.getByRole('button', { name: 'Compare' }).click();
  await focusedId(a, 'compare-result');
  const compared = await compare.locator('ul.changes li').allTextContents();
  // Amina's own edit, late in a long paragraph, shows where it is.
  assert.ok(compared.some((l) => l.startsWith('The problem, in your words') && l.includes('Rivers carry it')), compared.join('\n'));
  assert.ok(await compare.getByRole('link', { name: 'The problem, in your words' }).first().getAttribute('href') === '#/context/context.problem.statement');
  assert.deepEqual(await axeViolations(a), []);
  await compare.screenshot({ path: path.join(SHOTS, 'coedit-compare-360.png') });

  assert.deepEqual(aProblems, []);
  assert.deepEqual(bProblems, []);
  await amina.close();
  await bruno.close();
});
