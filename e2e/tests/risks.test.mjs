// The risk register (issue 20, item 2): a risk added and filled in with the keyboard, its
// score and the likelihood × impact grid following at once, the assumption it answers ticked,
// the guidance's list of uncovered assumptions shrinking, all kept across a reload and usable
// at 360 px with nothing for axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, appReady, axeViolations, shot, seedDraft, focusedId } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const META = { created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };

const DRAFT = {
  schema_version: 1,
  context: { title: 'Safer gold in the valley' },
  logframe: {
    goal: { text: 'Miners earn more from safer gold' },
    objectives: [{
      id: 1,
      text: 'Families stop burning amalgam at home',
      assumptions: [{ id: 2, text: 'The district council keeps the mining zone open' }],
    }],
  },
  meta: { ...META, next_id: 3 },
};

// Cell text with its no-break spaces read as spaces.
const plain = (s) => s.replace(/\s+/g, ' ').trim();

test('a risk typed with the keyboard is scored, counted on the grid and kept on reload', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  await seedDraft(context, { id: 'd1', rev: 1, saved_at: META.created, proposal: DRAFT });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'risks');
  assert.equal(await page.locator('#step-heading').textContent(), 'Risks');
  await page.getByText(/^No risk yet\./).waitFor();
  // The uncovered assumption is named in the guidance.
  const guide = page.locator('.guidance');
  await guide.getByText('The district council keeps the mining zone open').waitFor();

  await page.getByRole('button', { name: 'Add a risk' }).press('Enter');
  // Focus lands on the new risk's first field: its kind.
  const kind = await focusedId(page, /^f-risks-\d+-category$/);
  const id = kind.match(/^f-risks-(\d+)-/)[1];
  await page.locator(`#${kind}`).selectOption('tenure');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The council closes the zone to artisanal miners.');
  await page.locator(`#f-risks-${id}-likelihood`).selectOption('high');
  await page.locator(`#f-risks-${id}-impact`).selectOption('high');
  await page.getByText('Score: 9 of 9 (high)').waitFor();

  // The grid counts it in the high × high cell.
  const grid = page.getByRole('region', { name: 'Risks by likelihood and impact' }).getByRole('table');
  const highRow = grid.getByRole('row', { name: /^High/ });
  assert.deepEqual((await highRow.getByRole('cell').allTextContents()).map(plain), ['0', '0', '1']);

  await page.locator(`#f-risks-${id}-mitigation`).fill('Apply for the zone with the mining office in year one.');
  await page.locator(`#f-risks-${id}-owner`).fill('Cooperative chair');
  const threat = page.locator(`#f-risks-${id}-threatens-2`);
  await threat.focus();
  await page.keyboard.press('Space');
  assert.equal(await threat.isChecked(), true);
  // Once a risk answers it, the assumption leaves the guidance's list.
  await guide.getByText('The district council keeps the mining zone open').waitFor({ state: 'detached' });

  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 360, `the page is ${pageWidth} px wide`);
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'risks-360');

  await page.waitForSelector('[data-save-status="Saved"]', { timeout: 30000 });
  await page.reload();
  await appReady(page);
  assert.equal(
    await page.locator(`#f-risks-${id}-text`).inputValue(),
    'The council closes the zone to artisanal miners.',
  );
  assert.equal(await page.locator(`#f-risks-${id}-likelihood`).inputValue(), 'high');
  assert.equal(await page.locator(`#f-risks-${id}-owner`).inputValue(), 'Cooperative chair');
  assert.equal(await page.locator(`#f-risks-${id}-threatens-2`).isChecked(), true);
  assert.deepEqual(problems, []);
  await context.close();
});
