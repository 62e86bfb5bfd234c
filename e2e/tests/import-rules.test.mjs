// Imports obey the form's rules and speak to people (issue 24, items 5, 6 and 8): a second bad
// file gets its message said again, a draft holding values the form refuses opens with them
// marked and the donor exports wait for them, and a typed amount comes back as typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, appReady, seedDraft } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const META = { created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };

function file(name, text) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

test('two bad files in a row: each message is emptied and said again, in words', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'drafts');
  const status = page.locator('.drafts > .card').first().locator('[role="status"]');
  // Every text the live region shows, in order: an emptied region shows as ''.
  await status.evaluate((el) => {
    window.seen = [];
    new MutationObserver(() => window.seen.push(el.textContent))
      .observe(el, { childList: true, subtree: true, characterData: true });
  });
  const input = page.getByLabel('Import a draft file (.json)');
  const bad = file('colleague.json', '{"schema_version": 1, "context": {"title": 5}, "meta": {}}');
  await input.setInputFiles(bad);
  await status.getByText('“colleague.json” was not imported.').waitFor();
  await status.getByText(/Context, Proposal title: this should be a text/).waitFor();
  const first = await page.evaluate(() => window.seen.length);
  await input.setInputFiles(bad);
  await page.waitForFunction((n) => {
    const later = window.seen.slice(n);
    return later.includes('') && later.at(-1).includes('“colleague.json” was not imported.');
  }, first);
  await input.setInputFiles(file('other.json', '[]'));
  await status.getByText('“other.json” was not imported.').waitFor();
  const text = await status.textContent();
  assert.ok(!text.includes('colleague.json'), text);
  for (const jargon of ['schema_version', '`', 'u32', 'invalid type', 'missing field']) {
    assert.ok(!text.includes(jargon), `${jargon} in ${text}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a draft with values the form refuses opens marked, and donor exports wait', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'drafts');
  const draft = {
    schema_version: 1,
    context: { title: 'Marked values', currency: 'BTC', amount_requested: -500 },
    budget: [{ id: 1, description: 'Retorts', quantity: 2000, unit_cost: -100 }],
    meta: { ...META, next_id: 2 },
  };
  await page.getByLabel('Import a draft file (.json)')
    .setInputFiles(file('marked.json', JSON.stringify(draft)));
  await page.waitForFunction(() => location.hash === '#/context');
  await page.getByText(/This imported draft holds values the form does not accept/).waitFor();
  await appReady(page);
  assert.equal(await page.getByLabel('Currency', { exact: true }).getAttribute('aria-invalid'), 'true');
  const amount = page.getByLabel('Amount requested');
  assert.equal(await amount.getAttribute('aria-invalid'), 'true');
  await page.goto(`${env.origin}/#/budget`);
  await appReady(page);
  assert.equal(await page.getByLabel('Unit cost (BTC)').getAttribute('aria-invalid'), 'true');
  await page.goto(`${env.origin}/#/review`);
  await appReady(page);
  await page.getByText(/“BTC” is not a currency code the app knows/).first().waitFor();
  await page.getByRole('button', { name: 'Word document (.docx)' }).click();
  await page.getByText(/The donor documents were not made/).waitFor();
  await page.locator('ul.messages').getByText(/Budget line 1, “Retorts”: Unit cost is below zero/).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a typed amount comes back as typed after a reload, on both money fields', async () => {
  const context = await env.browser.newContext();
  await seedDraft(context, {
    id: 'd1', rev: 1, saved_at: META.created,
    proposal: {
      schema_version: 1,
      context: { title: 'Amounts', currency: 'USD' },
      budget: [{ id: 1, description: 'Retorts', quantity: 1000 }],
      meta: { ...META, next_id: 2 },
    },
  });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'context');
  const amount = page.getByLabel('Amount requested');
  await amount.fill('85,000.00');
  await amount.blur();
  await openApp(page, env.origin, 'budget');
  const cost = page.getByLabel('Unit cost (USD)');
  await cost.fill('85,000.00');
  await cost.blur();
  await page.waitForTimeout(50);
  await page.waitForSelector('[data-save-status="Saved"]');
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Unit cost (USD)').inputValue(), '85,000.00');
  await openApp(page, env.origin, 'context');
  assert.equal(await page.getByLabel('Amount requested').inputValue(), '85,000.00');
  assert.deepEqual(problems, []);
  await context.close();
});
