// Context, priorities and sustainability steps, end to end with the keyboard: fill every
// kind of field, see bad numbers and dates explained, reorder, delete and undo, reload and
// find everything again, run axe, and take screenshots at phone and desktop widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, axeViolations, shot, appReady } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function newPage() {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  return { context, page, problems };
}

/** Focuses a control found by its accessible name, then types with the keyboard. */
async function typeInto(page, locator, text) {
  await locator.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** Presses a button found by role and name with the keyboard. */
async function press(page, name, key = 'Enter') {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press(key);
}

/** Picks a select option by typing its first letters, as a keyboard user does. */
async function pick(page, locator, letters, expected) {
  await locator.focus();
  await page.keyboard.type(letters);
  await page.waitForFunction(
    ([id, v]) => document.getElementById(id)?.value === v,
    [await locator.getAttribute('id'), expected],
  );
}

/** Waits until `read()` gives `expected` (the page updates a frame after a key press). */
async function eventually(read, expected) {
  const end = Date.now() + 5000;
  let last;
  while (Date.now() < end) {
    last = await read();
    try { assert.deepEqual(last, expected); return; } catch { await new Promise((r) => setTimeout(r, 50)); }
  }
  assert.deepEqual(last, expected);
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
/** Waits until the focused element's id matches `pattern` (focus moves a frame later). */
async function focusOn(page, pattern) {
  const re = typeof pattern === 'string' ? `^${pattern}$` : pattern.source;
  await page.waitForFunction((r) => new RegExp(r).test(document.activeElement?.id ?? ''), re, { timeout: 5000 });
  return activeId(page);
}

const saved = (page) => page.waitForSelector('[data-save-status="Saved"]');

async function reload(page) {
  await saved(page);
  await page.reload();
  await appReady(page);
}

async function shots(page, name) {
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('context: community, evidence, dates, money, donor and word limits', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'context');
  await typeInto(page, page.getByLabel('Proposal title'), 'Safer gold and schooling in Chala');
  await typeInto(page, page.getByLabel('Who the community is'), 'Six hamlets of families who mine gold above Chala.');

  // Miner profiles: Space ticks a checkbox; the guidance follows the choice.
  await page.getByLabel('Seasonal miners').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Poverty-driven miners').focus();
  await page.keyboard.press('Space');
  const guide = page.getByRole('complementary', { name: 'Guidance from the report' });
  await guide.getByRole('heading', { name: 'Seasonal miners' }).waitFor();
  await guide.getByRole('heading', { name: 'Transitions the report proposes for these miners' }).waitFor();

  // Numbers: a bad value is kept on screen and explained; a good one is stored.
  const population = page.getByLabel('People in the community');
  await typeInto(page, population, '2,000');
  const women = page.getByLabel('Share of women (%)');
  await typeInto(page, women, '140');
  await page.getByText('A share is between 0 and 100 %.').waitFor();
  assert.equal(await women.getAttribute('aria-invalid'), 'true');
  assert.match(await women.getAttribute('aria-describedby'), /women_percent-error/);
  await typeInto(page, women, '35');
  assert.equal(await women.getAttribute('aria-invalid'), 'false');
  const children = page.getByLabel('Children working in or around the mines');
  await typeInto(page, children, 'many');
  await page.getByText('This is not a number: use digits only.').waitFor();
  await typeInto(page, children, '120');
  await page.keyboard.press('Tab');
  assert.equal(await population.inputValue(), '2000');
  await guide.getByText('≈ 30 %').waitFor();

  await typeInto(page, page.getByLabel('The problem, in your words'), 'Mercury is burned in kitchens and children carry ore.');

  // Evidence: Add moves focus to the new fact; Tab reaches its source.
  const facts = [
    ['Mercury burned at home in 40 of 52 households', 'Household survey, March 2026'],
    ['120 children work at the mills', 'Municipal register 2025'],
    ['No health post within 20 km', 'Regional health office map'],
  ];
  for (const [text, source] of facts) {
    await press(page, 'Add a fact');
    await focusOn(page, /^f-context-problem-evidence-\d+-text$/);
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
    await focusOn(page, /^f-context-problem-evidence-\d+-source$/);
    await page.keyboard.type(source);
  }
  const factTexts = () => page.locator('textarea[id$="-text"][id^="f-context-problem-evidence"]').evaluateAll((els) => els.map((e) => e.value));
  await press(page, 'Move Fact 3 up');
  await eventually(factTexts, [facts[0][0], facts[2][0], facts[1][0]]);
  await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Move Fact 2 up');
  await press(page, 'Delete Fact 1');
  await focusOn(page, 'undo-button');
  await eventually(factTexts, [facts[2][0], facts[1][0]]);
  await page.keyboard.press('Enter');
  await eventually(factTexts, [facts[0][0], facts[2][0], facts[1][0]]);
  await guide.getByText('All 3 of your facts name their source.').waitFor();

  // Dates: an end before the start is explained next to the end date.
  await page.getByLabel('Start date').focus();
  await page.keyboard.type('03012026');
  await page.getByLabel('End date').focus();
  await page.keyboard.type('02012026');
  await page.getByText('The project ends on or before the day it starts: check the dates.').waitFor();
  // Back to the month segment of the end date, then type the right date.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('02282028');
  await page.getByText('About 24 months.').waitFor();

  // Money: the currency decides how many decimals an amount may have.
  const amount = page.getByLabel('Amount requested');
  await typeInto(page, amount, '1000');
  await page.getByText('Choose the currency first: the amount is read in its units.').waitFor();
  await pick(page, page.getByLabel('Currency'), 'USD', 'USD');
  await typeInto(page, amount, '48,500.505');
  await page.getByText('USD amounts have at most 2 decimals.').waitFor();
  await typeInto(page, amount, '48,500.50');
  await page.keyboard.press('Tab');
  assert.equal(await amount.inputValue(), '48,500.50');

  await typeInto(page, page.getByLabel('Donor', { exact: true }), 'Fondation Andes Vivas');
  await pick(page, page.getByLabel('Kind of donor'), 'Foundation', 'foundation');
  await guide.getByText('What they look for:').waitFor();
  await pick(page, page.getByLabel('Document the donor asked for'), 'Concept', 'concept_note');
  await typeInto(page, page.getByLabel('Context and problem'), '900');
  await page.getByText('of 900 words').first().waitFor();

  await reload(page);
  assert.equal(await page.getByLabel('Proposal title').inputValue(), 'Safer gold and schooling in Chala');
  assert.equal(await page.getByLabel('Seasonal miners').isChecked(), true);
  assert.equal(await page.getByLabel('Rush miners').isChecked(), false);
  assert.equal(await page.getByLabel('Share of women (%)').inputValue(), '35');
  assert.equal(await page.getByLabel('Children working in or around the mines').inputValue(), '120');
  assert.deepEqual(await factTexts(), [facts[0][0], facts[2][0], facts[1][0]]);
  assert.equal(await page.getByLabel('Start date').inputValue(), '2026-03-01');
  assert.equal(await page.getByLabel('End date').inputValue(), '2028-02-28');
  assert.equal(await page.getByLabel('Currency').inputValue(), 'USD');
  assert.equal(await page.getByLabel('Amount requested').inputValue(), '48,500.50');
  assert.equal(await page.getByLabel('Kind of donor').inputValue(), 'foundation');
  assert.equal(await page.getByLabel('Document the donor asked for').inputValue(), 'concept_note');
  assert.equal(await page.getByLabel('Context and problem').inputValue(), '900');
  assert.deepEqual(await axeViolations(page), []);
  await shots(page, 'step-context');
  // Leaving the step from a changed number field fires its change event after the step is
  // gone: that must not raise an error.
  await typeInto(page, page.getByLabel('Amount requested'), '48,600');
  await page.getByRole('link', { name: 'Priorities →' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#step-heading')?.textContent === 'Priorities');
  assert.deepEqual(problems, []);
  await context.close();
});

test('priorities: ranked, catalogue or written in, warning past five, delete and undo with links', async () => {
  const { context, page, problems } = await newPage();
  // A draft with one priority that an objective traces to: undoing its deletion must relink it.
  await context.addInitScript(() => {
    if (localStorage.getItem('asmpb.draft.d1')) return;
    const proposal = {
      schema_version: 1,
      context: { title: 'Seeded' },
      priorities: [{ id: 1, issue: { catalogue: 'health' }, why: 'Silicosis and malaria at the camps.' }],
      logframe: { objectives: [{ id: 2, text: 'Fewer miners fall ill', priority_ids: [1] }] },
      meta: { created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', next_id: 3 },
    };
    localStorage.setItem('asmpb.draft.d1', JSON.stringify({ id: 'd1', rev: 1, saved_at: '2026-01-01T00:00:00Z', proposal }));
    localStorage.setItem('asmpb.last', 'd1');
  });
  await openApp(page, env.origin, 'priorities');
  await page.getByText('Objectives that serve this priority: 1.').waitFor();
  const issues = [['Child', 'child_labour'], ['Mercury', 'mercury_environment'], ['Gender', 'gender'],
    ['Legal', 'legal_status'], ['Another', 'custom']];
  for (const [letters, value] of issues) {
    await press(page, 'Add a priority');
    const id = await focusOn(page, /^f-priorities-\d+-issue$/);
    await pick(page, page.locator(`#${id}`), letters, value);
    if (value === 'child_labour') {
      await page.keyboard.press('Tab');
      await page.keyboard.type('One child in five at the mills carries ore.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('“Pencils, not sacks” (assembly, May 2026).');
    }
    if (value === 'custom') {
      // A written-in issue: its title field follows the select.
      await page.keyboard.press('Tab');
      await focusOn(page, /^f-priorities-\d+-issue-custom$/);
      await page.keyboard.type('Water for processing');
    }
  }
  const warning = page.getByText(/You have 6 priorities\. The report warns against an abundance of issues/);
  await warning.waitFor();
  const guide = page.getByRole('complementary', { name: 'Guidance from the report' });
  // The top-ranked chosen issue is unfolded with its figures and goals; the others are folded.
  const issueGuide = (name) => guide.locator('details.issue-guide')
    .filter({ has: page.locator(':scope > summary', { hasText: new RegExp(`^${name}$`) }) });
  const healthGuide = issueGuide('Health');
  assert.equal(await healthGuide.getAttribute('open'), '');
  await healthGuide.getByText(/MDG 6, Combat HIV\/AIDS/).waitFor();
  const childGuide = issueGuide('Child labour');
  assert.equal(await childGuide.getAttribute('open'), null);
  await childGuide.locator('summary').first().focus();
  await page.keyboard.press('Enter');
  await childGuide.getByText(/MDG 2, Achieve universal primary education/).waitFor();

  await page.getByRole('heading', { name: 'Priority 6 — Water for processing' }).waitFor();

  // Ranking: move Priority 3 up; delete Priority 1 (linked to an objective), then undo.
  await press(page, 'Move Priority 3 up');
  await page.getByRole('heading', { name: 'Priority 2 — Mercury and land degradation' }).waitFor();
  await press(page, 'Delete Priority 1');
  await focusOn(page, 'undo-button');
  await warning.waitFor({ state: 'detached' });
  await page.getByText('Objectives that serve this priority: 1.').waitFor({ state: 'detached' });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Priority 1 — Health' }).waitFor();
  await page.getByText('Objectives that serve this priority: 1.').waitFor();
  await warning.waitFor();

  await reload(page);
  const headings = await page.locator('.card-head h2').allTextContents();
  assert.deepEqual(headings, [
    'Priority 1 — Health', 'Priority 2 — Mercury and land degradation', 'Priority 3 — Child labour',
    'Priority 4 — Gender equality', 'Priority 5 — Legal status and formalisation', 'Priority 6 — Water for processing',
  ]);
  assert.equal(await page.getByLabel('Why it matters here').nth(2).inputValue(), 'One child in five at the mills carries ore.');
  assert.equal(await page.getByLabel('How the community named it').nth(2).inputValue(), '“Pencils, not sacks” (assembly, May 2026).');
  assert.equal(await page.getByLabel('Your issue').inputValue(), 'Water for processing');
  assert.deepEqual(await axeViolations(page), []);
  await shots(page, 'step-priorities');
  assert.deepEqual(problems, []);
  await context.close();
});

test('sustainability: transitions, formalisation, reinvestment, livelihoods', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'sustainability');
  const guide = page.getByRole('complementary', { name: 'Guidance from the report' });
  await guide.getByRole('heading', { name: 'The five Rs' }).waitFor();
  await page.getByLabel('Mining → Farming and other businesses').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Artisanal mining → Small-scale mining').focus();
  await page.keyboard.press('Space');
  await guide.getByRole('heading', { name: 'The transitions you chose' }).waitFor();
  await typeInto(page, page.getByLabel('Path to formalisation'), 'Register the association and file for a concession in year one.');
  await typeInto(page, page.getByLabel('How income is reinvested'), 'A revolving fund fed by 5 % of sales pays for retorts.');
  await typeInto(page, page.getByLabel('Alternative livelihoods'), 'Guinea pig farming and a bakery run by the women’s group.');
  await guide.getByText('Still empty').waitFor({ state: 'detached' });
  await reload(page);
  assert.equal(await page.getByLabel('Mining → Farming and other businesses').isChecked(), true);
  assert.equal(await page.getByLabel('Artisanal mining → Small-scale mining').isChecked(), true);
  assert.equal(await page.getByLabel('Gold and gemstones → Industrial minerals').isChecked(), false);
  assert.equal(await page.getByLabel('How income is reinvested').inputValue(), 'A revolving fund fed by 5 % of sales pays for retorts.');
  assert.equal(await page.getByLabel('Alternative livelihoods').inputValue(), 'Guinea pig farming and a bakery run by the women’s group.');
  assert.deepEqual(await axeViolations(page), []);
  await shots(page, 'step-sustainability');
  assert.deepEqual(problems, []);
  await context.close();
});
