// Steps 5–8 end to end, with the keyboard: donor alignment, partnerships, communication and
// budget are filled in, reordered, deleted and undone, survive a reload, pass axe, and are
// photographed at 360 px and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, axeViolations, shot, appReady, seedDraft } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

// A draft with two objectives, a currency and an amount requested, so the steps have
// something to link to. Seeded once: later reloads keep what the test typed.
const SEED = {
  id: 'd1', rev: 1, saved_at: '2026-01-01T00:00:00Z',
  proposal: {
    schema_version: 1,
    context: { title: 'Clean gold', currency: 'USD', amount_requested: 500000, donor: { name: '', donor_type: null } },
    logframe: {
      goal: { text: 'Safer, legal mining' },
      objectives: [
        { id: 1, text: 'Miners stop burning mercury at home' },
        { id: 2, text: 'Children leave the pits for school' },
      ],
    },
    meta: { created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', next_id: 3 },
  },
};

async function newPage() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await seedDraft(context, SEED);
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  return { context, page, problems };
}

/** Focuses a control and types into it with the keyboard. */
async function type(page, locator, text) {
  await locator.focus();
  await page.keyboard.type(text);
}

/** Focuses a control and presses a key on it (Enter for buttons, Space for checkboxes). */
async function press(page, locator, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

/** Presses a Move button, then lets the app's next frame run: the app puts focus back on the
 * moved item's arrows in that frame, so a key pressed on another button before then would land
 * on an arrow instead (under load the frame can come after the test's next `focus()`). */
async function move(page, locator) {
  await press(page, locator);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Presses an Add button and waits until focus has moved to the new item's first field. */
async function add(page, locator) {
  await press(page, locator);
  await page.waitForFunction(() => /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName));
}

/** Presses Undo, where a delete put the focus. */
async function undo(page) {
  await page.waitForFunction(() => document.activeElement?.id === 'undo-button');
  await page.keyboard.press('Enter');
}

/** Chooses an option of a focused select by typing the start of its label. */
async function choose(page, locator, label) {
  await locator.focus();
  await page.keyboard.type(label);
  await page.waitForFunction(
    ([id, l]) => document.getElementById(id)?.selectedOptions[0]?.textContent.trim().startsWith(l),
    [await locator.getAttribute('id'), label],
  );
}

/** The card (list item) whose heading starts with `name`. */
function card(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
}

async function settle(page) {
  await page.waitForTimeout(50);
  await page.waitForSelector('[data-save-status="Saved"]');
}

async function reload(page) {
  await settle(page);
  await page.reload();
  await appReady(page);
}

async function shots(page, name) {
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 360, height: 800 });
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('donor alignment: type, priorities, fit per objective, strategy, funding cycle', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'donor');
  await type(page, page.getByLabel("Donor's name"), 'Fondation Or Propre');
  await choose(page, page.getByLabel('Kind of donor'), 'Foundation');
  await page.getByRole('heading', { name: 'Foundation', level: 2 }).waitFor();
  await type(page, page.getByLabel("The donor's stated priorities"), 'Health of women\nClean water');
  await add(page, page.getByRole('button', { name: /Explain how Objective 1: Miners stop/ }));
  await page.keyboard.type('Retorts cut mercury exposure of women at home.');
  await type(page, page.getByLabel('National development or poverty-reduction strategy'), 'PRS 2025');
  await type(page, page.getByLabel('How the work fits that strategy'), 'Chapter 4 names mining areas.');
  await add(page, page.getByRole('button', { name: 'Add a date' }));
  await page.keyboard.type('03152026'); // focus moved to the new date field
  await type(page, card(page, 'Event 1').getByLabel('What happens'), 'Call closes');
  await add(page, page.getByRole('button', { name: 'Add a date' }));
  await type(page, card(page, 'Event 2').getByLabel('What happens'), 'Board meets');
  // Reorder: the second date moves up; then delete it and undo.
  await move(page, page.getByRole('button', { name: /^Move event 2 “Board meets” up/ }));
  assert.match(await page.getByRole('heading', { level: 3 }).filter({ hasText: /^Event 1/ }).textContent(), /Board meets/);
  await press(page, page.getByRole('button', { name: /^Delete event 1 “Board meets”/ }));
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: /Board meets/ }).count(), 0);
  await undo(page);
  await page.getByRole('heading', { name: /^Event 1 “Board meets”/ }).waitFor();
  await reload(page);
  assert.equal(await page.getByLabel("Donor's name").inputValue(), 'Fondation Or Propre');
  assert.equal(await page.getByLabel('Kind of donor').inputValue(), 'foundation');
  assert.equal(await page.getByLabel("The donor's stated priorities").inputValue(), 'Health of women\nClean water');
  assert.equal(await page.getByLabel('How this objective meets the donor\'s priorities').inputValue(),
    'Retorts cut mercury exposure of women at home.');
  assert.equal(await page.getByLabel('National development or poverty-reduction strategy').inputValue(), 'PRS 2025');
  const first = card(page, 'Event 1');
  assert.match(await first.getByRole('heading').textContent(), /Board meets/);
  const second = card(page, 'Event 2');
  assert.equal(await second.getByLabel('Date').inputValue(), '2026-03-15');
  assert.equal(await second.getByLabel('What happens').inputValue(), 'Call closes');
  await page.getByText('1 of 2 objectives says how it meets').waitFor();
  await shots(page, 'step-donor');
  assert.deepEqual(problems, []);
  await context.close();
});

test('partners: fields, objectives, summary, reorder, delete and undo', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'partners');
  await add(page, page.getByRole('button', { name: 'Add a partner' }));
  await page.keyboard.type('SOTRAMI cooperative'); // focus moved to the new name field
  let p1 = card(page, 'Partner 1');
  await choose(page, p1.getByLabel('Kind of organisation'), 'Cooperative');
  await choose(page, p1.getByLabel('Level it acts at'), '1. Within');
  await type(page, p1.getByLabel('Role in the project'), 'Runs the retort pilots');
  await type(page, p1.getByLabel('Contribution'), 'Labour and a workshop');
  await choose(page, p1.getByLabel('Commitment'), 'Confirmed');
  await press(page, p1.getByLabel('Champions the cause publicly'), 'Space');
  await press(page, p1.getByLabel(/^Objective 1:/), 'Space');
  await add(page, page.getByRole('button', { name: 'Add a partner' }));
  await page.keyboard.type('District of Chala');
  const p2 = card(page, 'Partner 2');
  await choose(page, p2.getByLabel('Kind of organisation'), 'Local government');
  await choose(page, p2.getByLabel('Level it acts at'), '2. Community');
  await press(page, p2.getByLabel(/^Objective 2:/), 'Space');
  await page.getByText('A partner from the community itself: yes.').waitFor();
  await page.getByText('A local or national government partner: yes.').waitFor();
  await page.getByRole('heading', { name: 'Cooperative', level: 3, exact: true }).waitFor();
  await move(page, page.getByRole('button', { name: /^Move partner 2 “District of Chala” up/ }));
  p1 = card(page, 'Partner 1');
  assert.match(await p1.getByRole('heading').first().textContent(), /District of Chala/);
  await press(page, page.getByRole('button', { name: /^Delete partner 2 “SOTRAMI/ }));
  await page.getByText('A partner from the community itself: not yet.').waitFor();
  await undo(page);
  await page.getByText('A partner from the community itself: yes.').waitFor();
  await reload(page);
  const sotrami = card(page, 'Partner 2');
  assert.equal(await sotrami.getByLabel('Name').inputValue(), 'SOTRAMI cooperative');
  assert.equal(await sotrami.getByLabel('Kind of organisation').inputValue(), 'cooperative');
  assert.equal(await sotrami.getByLabel('Level it acts at').inputValue(), 'community');
  assert.equal(await sotrami.getByLabel('Role in the project').inputValue(), 'Runs the retort pilots');
  assert.equal(await sotrami.getByLabel('Contribution').inputValue(), 'Labour and a workshop');
  assert.equal(await sotrami.getByLabel('Commitment').inputValue(), 'confirmed');
  assert.equal(await sotrami.getByLabel('Champions the cause publicly').isChecked(), true);
  assert.equal(await sotrami.getByLabel(/^Objective 1:/).isChecked(), true);
  assert.equal(await sotrami.getByLabel(/^Objective 2:/).isChecked(), false);
  assert.equal(await card(page, 'Partner 1').getByLabel(/^Objective 2:/).isChecked(), true);
  await shots(page, 'step-partners');
  assert.deepEqual(problems, []);
  await context.close();
});

test('communication: messages per audience, sourced stories, products, calendar, champions, measures', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'communication');
  await type(page, page.getByLabel('General message'), 'Clean gold pays.');
  await add(page, page.getByRole('button', { name: 'Add an audience' }));
  await page.keyboard.type('Ministry of Health');
  const a1 = card(page, 'Audience 1');
  await type(page, a1.getByLabel('What they care about'), 'Mercury and maternal health');
  await add(page, page.getByRole('button', { name: /^Add a message for audience 1/ }));
  await page.keyboard.type('Retorts protect mothers.');
  await add(page, page.getByRole('button', { name: 'Add a success story' }));
  await page.keyboard.type('Santa Filomena');
  const s1 = card(page, 'Story 1');
  await type(page, s1.getByLabel('The story'), 'Six communities got concessions.');
  await page.getByText('This story has no source yet').waitFor();
  await page.getByText('Stories without a source: 1.').waitFor();
  await type(page, s1.getByLabel('Evidence source'), 'CooperAcción report, 2005');
  await page.getByText('Every story names its source.').waitFor();
  await add(page, page.getByRole('button', { name: 'Add a product or channel' }));
  await page.keyboard.type('Fact sheet');
  await page.getByText(/^Good for:/).waitFor();
  const pr = card(page, 'Product 1');
  await type(page, pr.getByLabel('Channel'), 'Ministry meeting');
  await press(page, pr.getByLabel(/^Audience 1/), 'Space');
  await add(page, page.getByRole('button', { name: 'Add an event' }));
  await page.keyboard.type('06052026');
  await type(page, card(page, 'Event 1').getByLabel('What happens'), 'World Environment Day');
  await add(page, page.getByRole('button', { name: 'Add a champion' }));
  await page.keyboard.type('Dr. Rosa Quispe');
  await add(page, page.getByRole('button', { name: 'Add a measure' }));
  await page.keyboard.type('Ministry replies in writing');
  // Deleting the audience takes its message and the product's tick; undo brings both back.
  await press(page, page.getByRole('button', { name: /^Delete audience 1/ }));
  assert.equal(await page.getByLabel('Message', { exact: true }).count(), 0);
  await undo(page);
  await page.getByLabel('Message', { exact: true }).waitFor();
  await reload(page);
  assert.equal(await page.getByLabel('General message').inputValue(), 'Clean gold pays.');
  assert.equal(await page.getByLabel('Who they are').inputValue(), 'Ministry of Health');
  assert.equal(await page.getByLabel('Message', { exact: true }).inputValue(), 'Retorts protect mothers.');
  assert.equal(await page.getByLabel('Evidence source').inputValue(), 'CooperAcción report, 2005');
  assert.equal(await page.getByLabel('Product', { exact: true }).inputValue(), 'Fact sheet');
  assert.equal(await card(page, 'Product 1').getByLabel(/^Audience 1/).isChecked(), true);
  assert.equal(await card(page, 'Event 1').getByLabel('Date').inputValue(), '2026-06-05');
  assert.equal(await page.getByLabel('Person or organisation').inputValue(), 'Dr. Rosa Quispe');
  assert.equal(await page.getByLabel('Measure', { exact: true }).inputValue(), 'Ministry replies in writing');
  await shots(page, 'step-communication');
  assert.deepEqual(problems, []);
  await context.close();
});

test('budget: lines with parse errors beside the field, totals, delete and undo', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'budget');
  await add(page, page.getByRole('button', { name: 'Add a budget line' }));
  let l1 = card(page, 'Line 1');
  await choose(page, l1.getByLabel('Category'), 'Equipment');
  await choose(page, l1.getByLabel('Objective'), 'Objective 1');
  await type(page, l1.getByLabel('What is bought'), 'Mercury retorts');
  await type(page, l1.getByLabel('Unit', { exact: true }), 'retort');
  await type(page, l1.getByLabel('Quantity'), '12');
  const cost = l1.getByLabel('Unit cost (USD)');
  await type(page, cost, '250.505');
  assert.equal(await cost.getAttribute('aria-invalid'), 'true');
  await page.getByText('At most 2 decimal places in this currency.').waitFor();
  await page.keyboard.press('Backspace');
  assert.equal(await cost.getAttribute('aria-invalid'), 'false');
  await type(page, l1.getByLabel('Co-funding (USD)'), '500');
  await type(page, l1.getByLabel('Co-funded by'), 'SOTRAMI');
  await page.getByText('Cost USD 3,006.00; requested from the donor USD 2,506.00.').waitFor();
  await add(page, page.getByRole('button', { name: 'Add a budget line' }));
  const l2 = card(page, 'Line 2');
  await choose(page, l2.getByLabel('Category'), 'Training');
  await type(page, l2.getByLabel('What is bought'), 'Retort workshops');
  await type(page, l2.getByLabel('Quantity'), '4');
  await type(page, l2.getByLabel('Unit cost (USD)'), '623.5');
  await page.getByText('The lines ask for exactly the amount requested, USD 5,000.00.').waitFor();
  await move(page, page.getByRole('button', { name: /^Move line 2 “Retort workshops” up/ }));
  l1 = card(page, 'Line 1');
  assert.match(await l1.getByRole('heading').textContent(), /Retort workshops/);
  await press(page, page.getByRole('button', { name: /^Delete line 2 “Mercury retorts”/ }));
  await page.getByText(/USD\s2,494.00, USD\s2,506.00 less than the amount requested/).waitFor();
  await undo(page);
  await page.getByText('The lines ask for exactly the amount requested, USD 5,000.00.').waitFor();
  await reload(page);
  const retorts = card(page, 'Line 2');
  assert.equal(await retorts.getByLabel('Category').inputValue(), 'equipment');
  assert.equal(await retorts.getByLabel('Objective').inputValue(), '1');
  assert.equal(await retorts.getByLabel('What is bought').inputValue(), 'Mercury retorts');
  assert.equal(await retorts.getByLabel('Unit', { exact: true }).inputValue(), 'retort');
  assert.equal(await retorts.getByLabel('Quantity').inputValue(), '12');
  assert.equal(await retorts.getByLabel('Unit cost (USD)').inputValue(), '250.50');
  assert.equal(await retorts.getByLabel('Co-funding (USD)').inputValue(), '500.00');
  assert.equal(await retorts.getByLabel('Co-funded by').inputValue(), 'SOTRAMI');
  const byObjective = page.getByRole('table', { name: 'By objective' });
  assert.match(await byObjective.getByRole('row', { name: /Not linked/ }).textContent(), /USD\s2,494.00/);
  await shots(page, 'step-budget');
  // In French, amounts read with a decimal comma and the code after the number.
  await press(page, page.getByLabel('Language'), 'F'); // type-ahead picks Français
  await page.getByText('Les lignes demandent exactement le montant demandé, 5 000,00 USD.').waitFor();
  assert.equal(await card(page, 'Ligne 2').getByLabel('Coût unitaire (USD)').inputValue(), '250,50');
  assert.deepEqual(problems, []);
  await context.close();
});
