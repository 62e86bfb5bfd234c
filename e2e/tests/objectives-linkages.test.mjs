// Objectives and linkages, end to end with the keyboard: fill the logframe (goal, objectives
// traced to priorities, indicators with every field, outputs, activities, assumptions), reorder,
// delete and undo; link objectives to MDG targets and see the matrix, SDGs and guidance follow;
// reload and find everything; axe on each step; screenshots at 360 px and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, axeViolations, shot, appReady } from '../lib/harness.mjs';

let env;
let context;
let page;
let problems;

// Priorities and partners belong to other steps; seed a draft that has some.
const SEED = {
  id: 'd1',
  rev: 1,
  saved_at: '2026-01-01T00:00:00Z',
  proposal: {
    schema_version: 1,
    context: { title: 'Mothers’ fund' },
    priorities: [
      { id: 1, issue: { catalogue: 'gender' }, why: '', community_words: '' },
      { id: 2, issue: { catalogue: 'child_labour' }, why: '', community_words: '' },
    ],
    partners: [{ id: 3, name: 'CooperAcción' }],
    meta: { created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', next_id: 10 },
  },
};

before(async () => {
  env = await launch();
  context = await env.browser.newContext();
  page = await context.newPage();
  problems = guard(page, env.origin);
  await openApp(page, env.origin, 'objectives');
  await page.evaluate((seed) => {
    localStorage.setItem('asmpb.draft.d1', JSON.stringify(seed));
    localStorage.setItem('asmpb.last', 'd1');
  }, SEED);
  await page.reload();
  await appReady(page);
});
after(async () => { await context.close(); await env.close(); });

const kb = (k) => page.keyboard.press(k);
const type = (s) => page.keyboard.type(s);
const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
const activeLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
async function press(name) {
  await page.getByRole('button', { name, exact: true }).focus();
  await kb('Enter');
  // Focus moves after the next frames (the app waits for the DOM); let it land before checking.
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
}
async function saved() {
  await page.waitForSelector('[data-save-status="Saved"]');
}
async function shots(name) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the logframe is filled, reordered, deleted and restored with the keyboard, and survives a reload', async () => {
  assert.equal(await page.locator('#step-heading').textContent(), 'Objectives and indicators');

  // Goal and a goal indicator with every field.
  await page.getByLabel('The long-term change the project contributes to').focus();
  await type('Families of Santa Filomena live from mining without child labour');
  await press('Add an indicator to the goal');
  assert.match(await activeId(), /^f-objectives-goal-indicators-\d+-name$/);
  await type('Children under 14 working at the pits');
  await kb('Tab'); await type('children');
  await kb('Tab'); await kb('Space'); // numeric
  await kb('Tab'); await type('about 150');
  const baseline = page.getByLabel('Baseline value');
  assert.equal(await baseline.getAttribute('aria-invalid'), 'true');
  assert.ok(await page.getByText('Enter a number, such as 35').isVisible());
  await kb('Control+a'); await type('150');
  assert.equal(await baseline.getAttribute('aria-invalid'), 'false');
  await kb('Tab'); await type('20x');
  assert.ok(await page.getByText('Enter a year between 1900 and 2100').isVisible());
  await kb('Control+a'); await type('2024');
  await kb('Tab'); await type('0');
  await page.getByLabel('Target date').fill('2028-12-31');
  await page.getByLabel('Means of verification').focus();
  await type('School and community register');
  await kb('Tab'); await kb('Space'); // by sex
  await kb('Tab'); await kb('Space'); // by age

  // A goal-level assumption.
  await press('Add an assumption to the goal');
  assert.match(await activeId(), /^f-objectives-goal-assumptions-\d+-text$/);
  await type('Gold prices stay high enough to pay for schooling');

  // Two objectives, traced to priorities with Space.
  await press('Add an objective');
  assert.match(await activeId(), /^f-objectives-\d+-text$/);
  await type('Women ore sorters earn more');
  await kb('Tab'); await kb('Space'); // first priority: Gender equality
  await press('Add an objective');
  await type('Children leave the pits for school');
  await kb('Tab'); await kb('Tab'); await kb('Space'); // second priority: Child labour

  // The guidance reacts: women and children are priorities, objectives lack indicators.
  const guidance = page.getByRole('complementary', { name: 'Guidance from the report' });
  assert.ok(await guidance.getByText('Women are a priority').isVisible());
  assert.ok(await guidance.getByText('Objective 1 has no indicator yet.').isVisible());
  assert.ok(await guidance.getByText(/≈ 30 %/).isVisible());

  // Reorder: objective 2 up; focus stays on its arrows.
  await press('Move objective 2 up');
  const headings = page.locator('ol.objectives > li h3');
  await page.waitForFunction(() => document.querySelector('ol.objectives > li h3')?.textContent.includes('Children'));
  assert.match(await headings.nth(1).textContent(), /Women ore sorters/);
  assert.equal(await activeLabel(), 'Move objective 1 down');

  // Under objective 1 (children): an indicator, an output with an activity, an assumption.
  await press('Add an indicator to objective 1');
  await type('Children of member families enrolled in school');
  await press('Add an output to objective 1');
  assert.match(await activeId(), /^f-objectives-\d+-outputs-\d+-text$/);
  await type('A women’s savings and lending fund set up');
  await press('Add an activity to output 1.1');
  assert.match(await activeId(), /-activities-\d+-text$/);
  await type('Train the fund committee');
  await page.getByLabel('Start').fill('2027-03-01');
  await page.getByLabel('End', { exact: true }).fill('2027-02-01');
  assert.ok(await page.getByText('The end comes before the start.').isVisible());
  await page.getByLabel('End', { exact: true }).fill('2027-06-30');
  await page.getByLabel('Partner leading it').selectOption({ label: 'CooperAcción' });
  await press('Add an assumption to objective 1');
  await type('Mothers are willing to join the fund');

  // Delete objective 2 and undo; the Undo button has focus.
  await press('Delete objective 2');
  assert.equal(await headings.count(), 1);
  await page.waitForFunction(() => document.activeElement?.id === 'undo-button');
  await kb('Enter');
  assert.equal(await headings.count(), 2);
  // Delete an indicator and undo.
  await press('Delete indicator 1 of objective 1');
  assert.equal(await page.getByLabel('What is measured').count(), 1);
  await kb('Enter');
  assert.equal(await page.getByLabel('What is measured').count(), 2);

  await saved();
  assert.deepEqual(await axeViolations(page), []);
  await shots('objectives');

  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('The long-term change the project contributes to').inputValue(),
    'Families of Santa Filomena live from mining without child labour');
  assert.equal(await page.getByLabel('What is measured').first().inputValue(), 'Children under 14 working at the pits');
  assert.equal(await page.getByLabel('Baseline value').first().inputValue(), '150');
  assert.equal(await page.getByLabel('Baseline year').first().inputValue(), '2024');
  assert.equal(await page.getByLabel('Target date').first().inputValue(), '2028-12-31');
  assert.ok(await page.getByLabel('for women and men').first().isChecked());
  assert.ok(await page.getByLabel('by age group').first().isChecked());
  assert.match(await headings.nth(0).textContent(), /Children leave the pits/);
  assert.ok(await page.locator('ol.objectives > li').nth(0).getByLabel('2. Child labour').isChecked());
  assert.ok(await page.locator('ol.objectives > li').nth(1).getByLabel('1. Gender equality').isChecked());
  assert.equal(await page.getByLabel('What is done').inputValue(), 'Train the fund committee');
  assert.equal(await page.getByLabel('Partner leading it').locator('option:checked').textContent(), 'CooperAcción');
  assert.deepEqual(problems, []);
});

test('objectives are linked to MDG targets with the keyboard; matrix, SDGs and guidance follow', async () => {
  await openApp(page, env.origin, 'linkages');
  assert.equal(await page.locator('#step-heading').textContent(), 'MDG and SDG linkages');
  const matrix = page.getByRole('table', { name: /Number of targets of each Millennium Development Goal/ });
  assert.ok(await matrix.isVisible());

  await press('Link objective 1 to an MDG target');
  assert.match(await activeId(), /^f-linkages-\d+-mdg_target$/);
  const target1 = page.locator(`#${await activeId()}`);
  await target1.selectOption('3'); // MDG 2: primary schooling
  await kb('Tab'); await type('Children who leave the pits go to primary school.');
  await kb('Tab'); // the checked radio (Direct)
  await kb('ArrowDown'); // Indirect
  assert.ok(await page.getByLabel(/^Indirectly/).first().isChecked());
  assert.ok(await page.getByText('SDG 4.1').first().isVisible());

  await press('Link objective 2 to an MDG target');
  await page.locator(`#${await activeId()}`).selectOption('4'); // MDG 3
  await press('Link objective 2 to an MDG target');
  await page.locator(`#${await activeId()}`).selectOption('1'); // MDG 1
  await kb('Tab'); await type('Women keep more of the value of the ore they sort.');

  // The matrix counts targets per goal.
  const row2 = matrix.getByRole('row', { name: /Objective 2/ });
  assert.equal((await row2.getByRole('cell').allTextContents()).at(-1), '2');
  // Guidance explains each linked goal's lever issue with figures.
  const guidance = page.getByRole('complementary', { name: 'Guidance from the report' });
  assert.ok(await guidance.getByRole('heading', { name: /MDG 2: Achieve universal primary education/ }).isVisible());
  assert.ok(await guidance.getByText('≈ 1 million under 18').isVisible());

  // Reorder objective 2's links, then delete one and undo.
  await press('Move link 2 of objective 2 up');
  assert.equal(await activeLabel(), 'Move link 1 of objective 2 down');
  const links2 = page.locator('li.objective-links').nth(1).locator('select');
  assert.equal(await links2.nth(0).inputValue(), '1');
  await press('Delete link 1 of objective 2');
  assert.equal(await links2.count(), 1);
  await kb('Enter');
  assert.equal(await links2.count(), 2);

  // An extra SDG, through the disclosure.
  const first = page.locator('li.objective-links').nth(0);
  await first.getByText('Other SDGs this link serves (0 chosen)').focus();
  await kb('Enter');
  await first.getByLabel('SDG 5: Gender equality').focus();
  await kb('Space');

  await saved();
  assert.deepEqual(await axeViolations(page), []);
  await shots('linkages');

  await page.reload();
  await appReady(page);
  assert.equal(await first.locator('select').inputValue(), '3');
  assert.equal(await first.getByLabel('Why this objective moves this target').inputValue(),
    'Children who leave the pits go to primary school.');
  assert.ok(await first.getByLabel(/^Indirectly/).isChecked());
  assert.ok(await first.getByLabel('SDG 5: Gender equality').isChecked());
  assert.equal(await page.locator('li.objective-links').nth(1).locator('select').nth(0).inputValue(), '1');
  assert.deepEqual(problems, []);
});
