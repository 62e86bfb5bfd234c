// Changing the currency never drops amounts silently (issue 20, item 3): when the new currency
// has fewer decimals and an amount would be rounded, the app says which amounts and how, and
// changes nothing until the person chooses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, axeViolations, shot, seedDraft } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const META = { created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };

test('a currency with fewer decimals asks before rounding, and Keep changes nothing', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  await seedDraft(context, {
    id: 'd1', rev: 1, saved_at: META.created,
    proposal: {
      schema_version: 1,
      context: { title: 'Amounts', currency: 'USD', amount_requested: 500050 },
      budget: [{ id: 1, description: 'Retorts', quantity: 1000, unit_cost: 1999 }],
      meta: { ...META, next_id: 2 },
    },
  });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'context');
  const currency = page.getByLabel('Currency', { exact: true });
  const amount = page.getByLabel('Amount requested');
  assert.equal(await amount.inputValue(), '5,000.50');

  await currency.selectOption('JPY');
  const notice = page.locator('#currency-rounding');
  await notice.getByText('JPY has fewer decimal places than USD: 2 amounts would be rounded. Nothing has changed yet.').waitFor();
  await notice.getByText('Amount requested: 5,000.50 would become 5,001').waitFor();
  await notice.getByText('Retorts, unit cost: 19.99 would become 20').waitFor();
  assert.equal(await currency.inputValue(), 'USD', 'the list still shows the currency in force');
  assert.equal(await amount.inputValue(), '5,000.50');
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'currency-rounding-360');

  await notice.getByRole('button', { name: 'Keep USD' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.equal(await currency.inputValue(), 'USD');
  assert.equal(await amount.inputValue(), '5,000.50');
  await page.waitForFunction(() => document.activeElement?.id === 'f-context-currency');

  await currency.selectOption('JPY');
  await notice.getByRole('button', { name: 'Change to JPY and round' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.equal(await currency.inputValue(), 'JPY');
  assert.equal(await amount.inputValue(), '5,001');

  // More decimals never round: no question, the figures read the same.
  await currency.selectOption('EUR');
  assert.equal(await amount.inputValue(), '5,001.00');
  assert.equal(await notice.count(), 0);
  await openApp(page, env.origin, 'budget');
  assert.equal(await page.getByLabel('Unit cost (EUR)').inputValue(), '20.00');
  assert.deepEqual(problems, []);
  await context.close();
});
