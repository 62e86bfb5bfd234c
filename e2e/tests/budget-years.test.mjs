// The budget by year and by funder (issue 20, item 3): an amount per project year typed with
// the keyboard, a button that spreads the cost evenly to the cent, totals by category and year
// and by funder, the co-funding partner with its commitment, all kept across a reload and
// usable at 360 px (tables scroll inside their own labelled regions, the page does not).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, appReady, axeViolations, shot, seedDraft } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const META = { created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };

const DRAFT = {
  schema_version: 1,
  context: {
    title: 'Retorts by year',
    currency: 'USD',
    amount_requested: 800001,
    duration: { start: '2027-01-01', end: '2029-12-31' },
    donor: { name: 'Example Foundation' },
  },
  partners: [
    { id: 2, name: 'Miners association', commitment: 'confirmed' },
    { id: 3, name: 'District council', commitment: 'in_discussion' },
  ],
  budget: [{
    id: 1, category: 'equipment', description: 'Retorts', unit: 'kit',
    quantity: 1000, unit_cost: 900001, cofunding: 100000, cofunding_source: 'Council',
  }],
  meta: { ...META, next_id: 4 },
};

// Cell text with its no-break spaces read as spaces.
const plain = (s) => s.replace(/\s+/g, ' ').trim();
const year = (page, n) => page.locator(`#f-budget-1-by_year-${n}`);

test('year amounts typed, spread evenly, totalled by year and funder, kept on reload', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  await seedDraft(context, { id: 'd1', rev: 1, saved_at: META.created, proposal: DRAFT });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'budget');

  // One labelled field per project year, in a group named for what it holds.
  const group = page.getByRole('group', { name: 'Cost by project year' });
  await group.waitFor();
  assert.equal(await group.locator('input').count(), 3);
  assert.equal(await page.getByLabel('Year 1 (USD)').getAttribute('id'), 'f-budget-1-by_year-1');
  await group.getByText('Not planned by year yet').waitFor();

  // Typing with the keyboard, field to field.
  await year(page, 1).focus();
  await page.keyboard.type('4000');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-budget-1-by_year-2');
  await page.keyboard.type('3000');
  await page.keyboard.press('Tab');
  assert.equal(await year(page, 1).inputValue(), '4,000.00');
  await group.getByText('The years add up to USD 7,000.00').waitFor();
  // A wrong number is refused beside its field, and nothing is stored.
  await year(page, 3).focus();
  await page.keyboard.type('12.345');
  const error = page.locator('#f-budget-1-by_year-3-error');
  await error.getByText('At most 2 decimal places').waitFor();
  assert.equal(await year(page, 3).getAttribute('aria-invalid'), 'true');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('2500');
  assert.equal(await error.textContent(), '');
  await group.getByText('more than the line').waitFor();

  // Spread evenly: to the cent, the remainder in the last year.
  await page.keyboard.press('Tab');
  const spread = group.getByRole('button', { name: 'Spread the cost evenly over the years' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Spread the cost evenly over the years');
  await page.keyboard.press('Enter');
  await group.getByText("The years add up to the line's cost, USD 9,000.01.").waitFor();
  assert.deepEqual(
    [await year(page, 1).inputValue(), await year(page, 2).inputValue(), await year(page, 3).inputValue()],
    ['3,000.00', '3,000.00', '3,000.01'],
  );
  assert.ok(await spread.isEnabled());

  // The co-funding partner: chosen from the Partners step, with its commitment.
  const partner = page.getByLabel('Co-funding partner');
  await partner.selectOption({ label: 'District council (in discussion)' });
  await page.getByText('District council has not confirmed its commitment yet').waitFor();

  // Totals by category and year, and by funder, with headers.
  const byYear = page.getByRole('region', { name: 'By category and year' });
  const yearTable = byYear.getByRole('table');
  await yearTable.getByRole('columnheader', { name: 'Year 3' }).waitFor();
  const equipment = yearTable.getByRole('row', { name: /^Equipment/ });
  assert.deepEqual(
    (await equipment.getByRole('cell').allTextContents()).map(plain),
    ['USD 3,000.00', 'USD 3,000.00', 'USD 3,000.01', 'USD 9,000.01'],
  );
  const byFunder = page.getByRole('region', { name: 'By funder' }).getByRole('table');
  await byFunder.getByRole('rowheader', { name: 'Requested from Example Foundation' }).waitFor();
  const council = byFunder.getByRole('row', { name: /District council \(in discussion\)/ });
  assert.deepEqual(
    (await council.getByRole('cell').allTextContents()).map(plain),
    ['USD 1,000.00', '11%'],
  );

  // 360 px: the page never scrolls sideways; the tables scroll inside their regions.
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 360, `the page is ${pageWidth} px wide`);
  assert.equal(await byYear.getAttribute('tabindex'), '0');
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'budget-years-360');

  // Reload: what was typed and spread is what the saved draft holds.
  await page.waitForSelector('[data-save-status="Saved"]', { timeout: 30000 });
  await page.reload();
  await appReady(page);
  assert.deepEqual(
    [await year(page, 1).inputValue(), await year(page, 2).inputValue(), await year(page, 3).inputValue()],
    ['3,000.00', '3,000.00', '3,000.01'],
  );
  assert.equal(await page.getByLabel('Co-funding partner').inputValue(), '3');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a year after the project end keeps its amount, marked, at desktop width', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const draft = structuredClone(DRAFT);
  draft.context.duration.end = '2028-12-31';
  draft.budget[0].by_year = [400000, 400001, 100000];
  await seedDraft(context, { id: 'd1', rev: 1, saved_at: META.created, proposal: draft });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'budget');
  await page.getByLabel("Year 3 (after the project's end) (USD)").waitFor();
  assert.equal(await year(page, 3).inputValue(), '1,000.00');
  await page.getByText('Year 3 comes after the project\'s end. Its amount is kept').waitFor();
  const yearTable = page.getByRole('region', { name: 'By category and year' }).getByRole('table');
  await yearTable.getByRole('columnheader', { name: "Year 3 (after the project's end)" }).waitFor();
  // Clearing the later year removes its field and the note; the project's years stay.
  await year(page, 3).fill('');
  await page.getByText('Year 3 comes after').waitFor({ state: 'detached' });
  assert.equal(await page.locator('input[id^="f-budget-1-by_year-"]').count(), 2);
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'budget-years-1280');
  assert.deepEqual(problems, []);
  await context.close();
});
