// Donor formats (issue 20) as a person sees and sends them: the document preview and the
// downloaded Markdown and Word files follow the donor's format (the UK logframe with its
// milestone columns and inputs; the EU matrix as an annex after the budget), and the preview
// stays readable at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, guard, openApp, axeViolations, seedDraft, SHOTS } from '../lib/harness.mjs';

// Debian's python3 has python3-docx (make setup-test); a python3 earlier on PATH may not.
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const example = (id) => JSON.parse(fs.readFileSync(new URL(`../../data/examples/${id}.json`, import.meta.url), 'utf8'));

async function reviewOf(proposal, width) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    if (!localStorage.getItem('asmpb.lang')) localStorage.setItem('asmpb.lang', 'en');
  });
  await seedDraft(context, { id: 'd1', rev: 1, saved_at: proposal.meta.updated, proposal });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'review');
  await page.locator('details.preview > summary').click();
  await page.locator('details.preview article.document').waitFor();
  return { context, page, problems };
}

const sectionIds = (page) => page.locator('details.preview section.print-section')
  .evaluateAll((els) => els.map((e) => e.id.replace(/^doc-/, '')));

/** The logframe section of the preview, as a person scrolled to it sees it. */
async function logframeShot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.locator('#doc-logframe').screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asm-format-')), file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test('a UK-format proposal previews and downloads the UK logframe in the five-case order', async () => {
  const draft = example('tanzania_health');
  assert.equal(draft.donor.format, 'uk');
  draft.context.template = 'full_proposal';
  const { context, page, problems } = await reviewOf(draft, 1280);
  assert.deepEqual(await sectionIds(page), ['context', 'priorities', 'donor', 'linkages', 'objectives',
    'logframe', 'partners', 'budget', 'workplan', 'risks', 'communication', 'sustainability', 'sources']);
  const table = page.locator('#doc-logframe table');
  const headers = await table.locator('thead th').allTextContents();
  assert.deepEqual(headers, ['Indicator', 'Baseline', 'Milestone 1', 'Milestone 2', 'Target', 'Source']);
  await table.getByRole('cell', { name: /^Inputs \(USD\)$/ }).waitFor();
  // A milestone's value sits over its date, as in Word: the line break shows on screen too.
  const milestone = table.locator('tbody tr').nth(1).locator('td').nth(2);
  assert.equal(await milestone.evaluate((td) => td.innerText), '80\n31\u00a0December\u00a02027');
  assert.deepEqual(await axeViolations(page), []);
  await logframeShot(page, 'donor-format-uk-preview-1280');

  const md = fs.readFileSync(await download(page, 'Markdown (.md)'), 'utf8');
  assert.match(md, /\| Indicator \| Baseline \| Milestone 1 \| Milestone 2 \| Target \| Source \|/);
  assert.ok(md.indexOf('## Logical framework') < md.indexOf('## Partnerships'), 'appraisal before commercial case');
  assert.ok(md.indexOf('## Budget') < md.indexOf('## Workplan'), 'financial before management case');

  // Word, read back by python-docx: the logframe's header row and a milestone cell.
  const docx = await download(page, 'Word document (.docx)');
  const rows = JSON.parse(execFileSync(PYTHON, ['-c', `
import docx, json, sys
d = docx.Document(sys.argv[1])
t = next(t for t in d.tables if t.rows[0].cells[0].text == "Indicator")
print(json.dumps([[c.text for c in r.cells] for r in t.rows[:3]]))
`, docx], { encoding: 'utf8' }));
  assert.deepEqual(rows[0], ['Indicator', 'Baseline', 'Milestone 1', 'Milestone 2', 'Target', 'Source']);
  assert.match(rows[2][0], /^Indicator 1: Deaths/);
  assert.equal(rows[2][2], '80\n31\u00a0December\u00a02027');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an EU-format proposal previews the logical framework matrix as an annex, readable at 360 px', async () => {
  const draft = example('potosi_palliris');
  assert.equal(draft.donor.format, 'eu');
  const { context, page, problems } = await reviewOf(draft, 360);
  const ids = await sectionIds(page);
  assert.deepEqual(ids.slice(-3), ['budget', 'logframe', 'sources']);
  assert.ok(ids.indexOf('donor') < ids.indexOf('objectives'), 'relevance before the description');
  const table = page.locator('#doc-logframe table');
  assert.equal(await table.locator('thead th').first().textContent(), 'Intervention logic');
  await table.getByRole('cell', { name: 'Outcomes (specific objectives)' }).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling of the page (${width}px)`);
  assert.deepEqual(await axeViolations(page), []);
  await logframeShot(page, 'donor-format-eu-preview-360');
  assert.deepEqual(problems, []);
  await context.close();
});
