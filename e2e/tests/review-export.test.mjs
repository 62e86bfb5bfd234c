// Review and export, and the drafts list: a worked example opens from the drafts screen, the
// review lists findings that link to their field, every export downloads a real file (the
// DOCX is a zip with a document part, the IATI XML validates against the official schema),
// a bad import gets a clear message and touches nothing, a good one becomes a new draft, and
// a corrupt stored draft is set aside, never lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, guard, openApp, axeViolations, shot, appReady, IATI_SCHEMA as SCHEMA } from '../lib/harness.mjs';


let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function startFromExample(page, label) {
  await openApp(page, env.origin, 'drafts');
  await page.getByLabel('Worked example').selectOption({ label });
  await page.getByRole('button', { name: 'Start from this example' }).click();
  await page.waitForFunction(() => location.hash === '#/context');
}

test('an example passes the review without blockers and every export downloads', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await startFromExample(page, (await exampleTitles(page))[0]);
  await page.goto(`${env.origin}/#/review`);
  await page.getByRole('heading', { name: 'Review and export', level: 1 }).waitFor();
  // The review follows the draft once typing pauses; the example's summary settles at once.
  await page.getByText(/^0 to fix before sending/).waitFor({ timeout: 5000 });
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'review-example');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asm-exports-'));
  const names = ['Word document (.docx)', 'Web page (.html)', 'Markdown (.md)',
    'Draft file to share or back up (.json)', 'IATI activity XML (.xml)',
    'One-page advocacy brief (.html)', 'One-page advocacy brief (.docx)',
    'Spreadsheet: logframe, workplan, budget (.xlsx)'];
  const files = {};
  for (const name of names) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    const target = path.join(dir, download.suggestedFilename());
    await download.saveAs(target);
    files[name] = target;
    assert.ok(fs.statSync(target).size > 200, `${name} is not empty`);
  }
  const docx = fs.readFileSync(files['Word document (.docx)']);
  assert.equal(docx.subarray(0, 2).toString(), 'PK', 'the docx is a zip');
  assert.ok(docx.includes(Buffer.from('word/document.xml')));
  const xlsx = fs.readFileSync(files['Spreadsheet: logframe, workplan, budget (.xlsx)']);
  assert.equal(xlsx.subarray(0, 2).toString(), 'PK', 'the spreadsheet is a zip');
  assert.ok(xlsx.includes(Buffer.from('xl/workbook.xml')));
  assert.ok(xlsx.includes(Buffer.from('xl/worksheets/sheet3.xml')), 'three sheets');
  const json = JSON.parse(fs.readFileSync(files['Draft file to share or back up (.json)'], 'utf8'));
  assert.equal(json.schema_version, 1);
  const html = fs.readFileSync(files['Web page (.html)'], 'utf8');
  assert.ok(!/<script/i.test(html), 'the HTML export has no script');
  // A donor may open the web page or the brief on a phone: nothing wider than the screen, and
  // axe finds nothing (the wide tables scroll in focusable regions of their own).
  const phone = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  for (const name of ['Web page (.html)', 'One-page advocacy brief (.html)']) {
    const doc = await phone.newPage();
    await doc.goto(`file://${files[name]}`);
    const width = await doc.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${name} is ${width} px wide on a 360 px phone`);
    assert.deepEqual(await axeViolations(doc), [], name);
  }
  await phone.close();
  assert.ok(fs.existsSync(SCHEMA),
    `the IATI schema is missing at ${SCHEMA}: run \`scripts/setup.sh test\` (or \`make setup-test\`)`);
  execFileSync('xmllint', ['--noout', '--schema', SCHEMA, files['IATI activity XML (.xml)']], { stdio: 'pipe' });
  assert.deepEqual(problems, []);
  await context.close();
});

test("printing the Review step from the browser's menu prints the whole document", async () => {
  // Ctrl+P, or the browser menu, skips the app's print button, which opens the preview first.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'drafts');
  const title = (await exampleTitles(page))[0];
  assert.ok(title, 'the drafts screen lists the worked examples');
  await startFromExample(page, title);
  await page.goto(`${env.origin}/#/review`);
  await page.getByRole('heading', { name: 'Review and export', level: 1 }).waitFor();
  const preview = page.locator('details.preview');
  assert.equal(await preview.evaluate((d) => d.open), false, 'the preview starts closed');
  assert.equal(await page.locator('article.document').count(), 0, 'and its document is not drawn');

  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
  // The example's concept note: a title page, then one page or more per section.
  assert.ok(pages >= 4, `the printed document has ${pages} page(s)`);
  assert.equal(await preview.evaluate((d) => d.open), true, 'printing opened the preview');
  assert.equal(await page.locator('article.document .doc-h1').textContent(), title);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a review finding links to its field', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await openApp(page, env.origin, 'drafts');
  await page.getByRole('button', { name: 'New blank proposal' }).click();
  await page.waitForFunction(() => location.hash === '#/context');
  await page.goto(`${env.origin}/#/review`);
  const link = page.locator('.finding a').first();
  await link.waitFor();
  await link.click();
  await page.waitForFunction(() => location.hash.startsWith('#/context'));
  assert.equal(await page.locator('#step-heading').textContent(), 'Context');
  await context.close();
});

test('each finding says, on request, where in the report its rule comes from, in English and French', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'drafts');
  await page.getByRole('button', { name: 'New blank proposal' }).click();
  await page.waitForFunction(() => location.hash === '#/context');
  await page.goto(`${env.origin}/#/review`);
  const first = page.locator('.finding').first();
  await first.waitFor();
  // One disclosure per finding, closed until asked for.
  assert.equal(await page.locator('.finding details.finding-source').count(), await page.locator('.finding').count());
  const summary = first.locator('details.finding-source summary');
  assert.equal((await summary.textContent()).trim(), 'Where this comes from');
  assert.equal(await first.locator('details.finding-source').evaluate((d) => d.open), false);
  await summary.click();
  const source = first.locator('.finding-source p');
  await source.waitFor();
  assert.match(await source.textContent(), /^From the 2005 World Bank \/ CASM conference report: \S/);
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'review-finding-source');

  // The interface language (the Review step also has the document language's list).
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  const frSummary = page.locator('.finding').first().locator('details.finding-source summary');
  await page.waitForFunction(() => (document.querySelector('.finding details.finding-source summary') || {}).textContent === 'D’où vient ce conseil ?');
  await frSummary.click();
  const frSource = page.locator('.finding').first().locator('.finding-source p');
  await frSource.waitFor();
  assert.match(await frSource.textContent(), /^Tiré du rapport de la conférence Banque mondiale \/ CASM de 2005 : \S/);
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'review-finding-source-fr');
  assert.deepEqual(problems, []);
  await context.close();
});

test('findings about list items name the item, and each leads to its own field', async () => {
  // The Andean example has several partners still to approach: one tip each, same advice.
  const example = JSON.parse(fs.readFileSync(path.join('..', 'data', 'examples', 'andean_mercury.json'), 'utf8'));
  const expected = example.partners
    .map((x, i) => ({ n: i + 1, id: x.id, name: x.name.trim(), commitment: x.commitment }))
    .filter((x) => x.commitment === 'to_approach');
  assert.ok(expected.length >= 2, 'the example has partners to approach');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await startFromExample(page, example.context.title);
  await page.goto(`${env.origin}/#/review`);
  const tips = page.locator('.finding a', { hasText: 'has not been approached yet' });
  await tips.first().waitFor();
  const texts = await tips.allTextContents();
  assert.equal(texts.length, expected.length, texts.join('\n'));
  texts.forEach((text, i) => {
    const { n, name } = expected[i];
    const [, shown] = text.match(/^Partner (?:\d+), “([^”]*)”: This partner has not been approached yet/) || [];
    assert.ok(text.startsWith(`Partner ${n}, “`) && shown, text);
    // A long name is cut at a word, with an ellipsis.
    assert.ok(shown === name || (shown.endsWith('…') && name.startsWith(shown.slice(0, -1))), `${shown} / ${name}`);
  });
  assert.equal(new Set(texts).size, texts.length, 'no two findings read the same');

  const last = expected[expected.length - 1];
  await tips.last().click();
  await page.waitForFunction(() => location.hash.startsWith('#/partners'));
  await page.waitForFunction((id) => document.activeElement && document.activeElement.id.startsWith(`f-partners-${id}-commitment`), last.id);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a long unbroken word or web address wraps in the exported web page on a phone', async () => {
  // A worked example with a web address typed where prose, lists, notes, tables and the title
  // block show it (the title, the problem, a source, a partner and a budget line).
  const draft = JSON.parse(fs.readFileSync(new URL('../../data/examples/peru_women_fund.json', import.meta.url), 'utf8'));
  const url = 'https://www.example.org/reports/artisanal-and-small-scale-mining/' + 'mercury'.repeat(12) + '/annex.pdf';
  const word = 'Pallaqueras'.repeat(9);
  draft.context.title = `${word} ${url}`;
  draft.context.problem.statement = `See ${url} and ${word}.`;
  draft.context.problem.evidence[0].source = url;
  draft.partners[0].name = word;
  draft.budget[0].description = url;
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await openApp(page, env.origin, 'drafts');
  await page.getByLabel('Import a draft file (.json)').setInputFiles({
    name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)),
  });
  await page.waitForFunction(() => location.hash === '#/context');
  await page.goto(`${env.origin}/#/review`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asm-long-'));
  for (const name of ['Web page (.html)', 'One-page advocacy brief (.html)']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const doc = await context.newPage();
    await doc.goto(`file://${file}`);
    assert.ok((await doc.content()).includes('mercurymercury'), `${name} holds the long address`);
    const width = await doc.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${name} is ${width} px wide on a 360 px phone`);
    await doc.close();
  }
  await context.close();
});

test('a bad import is explained and a good one becomes a new draft', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'drafts');
  const before = await page.locator('.drafts .card h3').count();
  await page.getByLabel('Import a draft file (.json)').setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema_version": 1, "context": '),
  });
  await page.getByText(/is not a draft file/).waitFor();
  assert.equal(await page.locator('.drafts .card h3').count(), before, 'nothing was added or changed');
  const good = { schema_version: 1, context: { title: 'Imported from a colleague' }, meta: { created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', next_id: 1 } };
  await page.getByLabel('Import a draft file (.json)').setInputFiles({
    name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)),
  });
  await page.waitForFunction(() => location.hash === '#/context');
  assert.equal(await page.getByLabel('Proposal title').inputValue(), 'Imported from a colleague');
  assert.deepEqual(problems, []);
  await context.close();
});

test('drafts can be duplicated, trashed and restored, and a corrupt one is set aside', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, env.origin, 'drafts');
  await page.getByRole('button', { name: 'New blank proposal' }).click();
  await page.getByLabel('Proposal title').fill('Keep this one');
  await page.waitForSelector('[data-save-status="Saved"]');
  await page.goto(`${env.origin}/#/drafts`);
  await page.getByRole('button', { name: 'Adapt for another donor: Keep this one' }).click();
  await page.getByRole('heading', { name: 'Keep this one (copy)' }).waitFor();
  await page.getByRole('button', { name: 'Move to trash: Keep this one (copy)' }).click();
  await page.getByRole('button', { name: 'Restore Keep this one (copy) from the trash' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'drafts');
  await page.getByRole('button', { name: 'Restore Keep this one (copy) from the trash' }).click();
  await page.getByRole('button', { name: 'Move to trash: Keep this one (copy)' }).waitFor();

  // Corrupt the open draft in storage, then reload: the app says so and keeps the bytes aside.
  await page.evaluate(() => {
    const id = localStorage.getItem('asmpb.last');
    localStorage.setItem(`asmpb.draft.${id}`, '{"id": broken');
  });
  await page.reload();
  await appReady(page);
  await page.getByText('A saved draft could not be read').waitFor();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('asmpb.quarantine.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, ['{"id": broken']);
  // My drafts offers the set-aside copy as it is.
  await page.goto(`${env.origin}/#/drafts`);
  await page.getByRole('heading', { name: 'Set-aside copies that could not be read' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download as it is: / }).first().click(),
  ]);
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asm-raw-')), download.suggestedFilename());
  await download.saveAs(saved);
  assert.equal(fs.readFileSync(saved, 'utf8'), '{"id": broken');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

async function exampleTitles(page) {
  return page.locator('#example-select option').allTextContents();
}
