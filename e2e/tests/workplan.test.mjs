// The workplan under the logframe (issue 20, item 1): every output and activity with its dates
// in words for screen readers and the keyboard, bars for the eye, readable at 360 px (the chart
// scrolls in its own focusable region, the page does not) and on a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, guard, openApp, axeViolations, shot, seedDraft } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const example = JSON.parse(fs.readFileSync(new URL('../../data/examples/manica_mineiras.json', import.meta.url), 'utf8'));

async function open(width) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  await seedDraft(context, { id: 'd1', rev: 1, saved_at: example.meta.updated, proposal: example });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'objectives');
  return { context, page, problems };
}

test('the workplan lists every activity with its dates and draws bars by quarter', async () => {
  for (const width of [360, 1280]) {
    const { context, page, problems } = await open(width);
    await page.getByRole('heading', { name: 'Workplan', level: 2 }).waitFor();
    const chart = page.getByRole('region', { name: 'Outputs, activities and milestones by quarter' });
    await chart.waitFor();
    const table = chart.getByRole('table');
    const activities = example.logframe.objectives.flatMap((o) => o.outputs.flatMap((x) => x.activities));
    const outputs = example.logframe.objectives.flatMap((o) => o.outputs);
    // A row header per output and activity, then its dates in words.
    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), activities.length + outputs.length + example.logframe.milestones.length);
    const first = activities[0];
    const row = table.getByRole('row', { name: new RegExp(`^Activity 1\\.1\\.1: ${first.text.slice(0, 20)}`) });
    await row.getByRole('cell', { name: '1 February 2027 to 31 December 2028' }).waitFor();
    // Bars are for the eye only; twelve quarters from January 2027 to December 2029.
    assert.equal(await table.locator('thead .scale span').count(), 12);
    assert.equal(await table.locator('tbody .bars').first().getAttribute('aria-hidden'), 'true');
    // The region takes focus (keyboard scrolling) and the page itself never scrolls sideways.
    await chart.focus();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'region');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= width, `the page is ${pageWidth} px wide at ${width} px`);
    await chart.scrollIntoViewIfNeeded();
    assert.deepEqual(await axeViolations(page), []);
    await shot(page, `workplan-${width}`);
    await chart.screenshot({ path: new URL(`../screenshots/workplan-chart-${width}.png`, import.meta.url).pathname });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('changing an activity date moves its bar and its words at once', async () => {
  const { context, page, problems } = await open(1280);
  const chart = page.getByRole('region', { name: 'Outputs, activities and milestones by quarter' });
  const row = chart.getByRole('row', { name: /^Activity 1\.1\.1:/ });
  const before = await row.locator('.bar').getAttribute('style');
  await page.locator('#f-objectives-' + example.logframe.objectives[0].id + '-outputs-'
    + example.logframe.objectives[0].outputs[0].id + '-activities-'
    + example.logframe.objectives[0].outputs[0].activities[0].id + '-end').fill('2027-06-30');
  await row.getByRole('cell', { name: '1 February 2027 to 30 June 2027' }).waitFor();
  assert.notEqual(await row.locator('.bar').getAttribute('style'), before);
  assert.deepEqual(problems, []);
  await context.close();
});
