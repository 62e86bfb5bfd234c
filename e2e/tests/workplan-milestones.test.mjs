// Workplan milestones (issue 20): added from the keyboard under the chart, shown as a diamond in
// their quarter (for the eye only) and as a row that says the same in words ("Milestone:
// Mid-term review", "15 June 2028"), kept across a reload, axe clean and readable at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, guard, openApp, appReady, axeViolations, seedDraft, SHOTS } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const example = JSON.parse(fs.readFileSync(new URL('../../data/examples/tanzania_health.json', import.meta.url), 'utf8'));

async function open(width, proposal) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  await seedDraft(context, { id: 'd1', rev: 1, saved_at: proposal.meta.updated, proposal });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'objectives');
  return { context, page, problems };
}

test('a milestone added by keyboard shows as a marker and a row, and survives a reload', async () => {
  const draft = structuredClone(example);
  draft.logframe.milestones = [];
  const { context, page, problems } = await open(360, draft);
  const add = page.getByRole('button', { name: 'Add a milestone', exact: true });
  await add.scrollIntoViewIfNeeded();
  await add.focus();
  await page.keyboard.press('Enter');
  // The new milestone's first field takes focus.
  const title = page.getByLabel('What happens').last();
  await title.waitFor();
  await page.waitForFunction((el) => el === document.activeElement, await title.elementHandle(), { timeout: 5000 });
  await page.keyboard.type('Mid-term review');
  await page.keyboard.press('Tab');
  const date = page.getByLabel('Date', { exact: true }).last();
  assert.equal(await date.evaluate((el) => el === document.activeElement), true);
  // A date input's typed order depends on the browser's locale; fill sets the value itself.
  await date.fill('2028-06-15');

  const chart = page.getByRole('region', { name: 'Outputs, activities and milestones by quarter' });
  const row = chart.getByRole('row', { name: /^Milestone: Mid-term review/ });
  await row.getByRole('cell', { name: '15 June 2028' }).waitFor();
  // The diamond sits in the second quarter of 2028 (the sixth of the grid), hidden from
  // assistive technology like the bars.
  const mark = row.locator('.mark');
  assert.equal(await mark.textContent(), '\u25c6');
  assert.match(await mark.getAttribute('style'), /grid-column: 6 \/ 7/);
  assert.equal(await row.locator('td.bars').getAttribute('aria-hidden'), 'true');

  // 360 px: the page never scrolls sideways and axe finds nothing.
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 360, `the page is ${pageWidth} px wide`);
  assert.deepEqual(await axeViolations(page), []);

  await page.waitForSelector('[data-save-status="Saved"]', { timeout: 30000 });
  await page.reload();
  await appReady(page);
  const again = page.getByRole('region', { name: 'Outputs, activities and milestones by quarter' })
    .getByRole('row', { name: /^Milestone: Mid-term review/ });
  await again.getByRole('cell', { name: '15 June 2028' }).waitFor();
  assert.equal(await page.getByLabel('What happens').last().inputValue(), 'Mid-term review');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a review link to the milestones list (the review-milestone tip) focuses its heading', async () => {
  const draft = structuredClone(example);
  draft.logframe.milestones = [];
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await seedDraft(context, { id: 'd1', rev: 1, saved_at: draft.meta.updated, proposal: draft });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'objectives/objectives.milestones');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'f-objectives-milestones');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Milestones');
  assert.deepEqual(problems, []);
  await context.close();
});

test('deleting a milestone takes its row away and undo brings it back', async () => {
  const { context, page, problems } = await open(1280, example);
  const chart = page.getByRole('region', { name: 'Outputs, activities and milestones by quarter' });
  const rows = chart.getByRole('row', { name: /^Milestone: / });
  await rows.first().waitFor();
  assert.equal(await rows.count(), example.logframe.milestones.length);
  const first = example.logframe.milestones[0];
  await page.locator(`#item-${first.id}`).getByRole('button', { name: /^Delete/ }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.gantt tr.milestone').length === n,
    example.logframe.milestones.length - 1);
  await page.locator('#undo-button').click();
  await chart.getByRole('row', { name: `Milestone: ${first.title}` }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the document preview of a full proposal draws the workplan as a shaded grid', async () => {
  const draft = structuredClone(example);
  draft.context.template = 'full_proposal';
  const { context, page, problems } = await open(1280, draft);
  await openApp(page, env.origin, 'review');
  await page.locator('details.preview > summary').click();
  const grid = page.locator('details.preview table.grid');
  await grid.waitFor();
  assert.ok(await grid.locator('td.on').count() > 20, 'shaded periods');
  assert.equal(await grid.locator('td', { hasText: /^\u25c6$/ }).count(), example.logframe.milestones.length);
  await grid.getByRole('cell', { name: '\u25c6 Milestone: Mid-term review' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots of the workplan with a worked example at 360 and 1280 px', async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [360, 1280]) {
    const { context, page, problems } = await open(width, example);
    const section = page.locator('section.workplan');
    await section.getByRole('row', { name: /^Milestone: Mid-term review/ }).waitFor();
    if (width < 600) {
      // On a phone the chart scrolls sideways; the row names stay in view beside the bars.
      const scroller = section.locator('.gantt-scroll');
      await scroller.evaluate((el) => { el.scrollLeft = 200; });
      const name = section.getByRole('rowheader').first();
      const box = await name.boundingBox();
      const region = await scroller.boundingBox();
      assert.ok(Math.abs(box.x - region.x) < 2, 'the row names stay at the left edge');
    }
    await section.screenshot({ path: `${SHOTS}/workplan-${width}.png` });
    await section.locator('.gantt-scroll').screenshot({ path: `${SHOTS}/workplan-chart-${width}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  }
});
