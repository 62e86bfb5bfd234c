// The release wasm is split (scripts/split_wasm.py): the first load carries the shell and the
// Context step; every other screen, and the rest of the knowledge base, is a module fetched
// when it is first needed. These tests watch the network to check what is fetched when, and
// what a person sees when a module cannot be fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, axeViolations, shot, pageWithoutWorker } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

/** A page without the service worker, and the paths it fetches. */
async function freshPage() {
  const { context, page, problems } = await pageWithoutWorker(env);
  const fetched = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname.slice(1)));
  return { context, page, problems, fetched };
}

/** The step navigation's link to a step. */
const stepLink = (page, name) =>
  page.getByRole('navigation', { name: 'Proposal steps' }).getByRole('link', { name });

const isModule = (f) => /^(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(f);

test('the first screen loads only the first module; a step fetches its own when opened', async () => {
  const { context, page, problems, fetched } = await freshPage();
  await openApp(page, env.origin, 'context');
  await page.getByLabel('Proposal title').fill('Clean gold for Santa Filomena');
  await page.waitForTimeout(500);
  assert.ok(fetched.some((f) => /^asm_proposal-[0-9a-f]+_bg\.wasm$/.test(f)), 'main module fetched');
  assert.ok(fetched.some((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f)), 'loader fetched');
  assert.deepEqual(fetched.filter(isModule), [], 'no screen module on the first screen');

  await stepLink(page, /Priorities/).click();
  await page.getByRole('button', { name: 'Add a priority' }).waitFor();
  const now = fetched.filter(isModule);
  assert.ok(now.some((f) => f.startsWith('split_priorities_step-')), 'the step module');
  assert.ok(now.some((f) => f.startsWith('split_knowledge-')), 'the rest of the knowledge base');
  assert.ok(!now.some((f) => f.startsWith('split_budget_step-')), 'not the other steps');

  await stepLink(page, /Context/).click();
  assert.equal(await page.getByLabel('Proposal title').inputValue(), 'Clean gold for Santa Filomena');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a module that cannot be fetched says so, keeps the draft, and loads on Try again', async () => {
  const { context, page } = await freshPage();
  await openApp(page, env.origin, 'context');
  await page.getByLabel('Proposal title').fill('Kept while offline');
  await page.route(/split_budget_step-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await stepLink(page, /Budget/).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This step could not be loaded' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Your proposal is saved on this device/);
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'split-module-failed');

  await page.unroute(/split_budget_step-[0-9a-f]+\.wasm$/);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Add a budget line' }).waitFor();
  assert.equal(await alert.count(), 0);
  await stepLink(page, /Context/).click();
  assert.equal(await page.getByLabel('Proposal title').inputValue(), 'Kept while offline');
  await context.close();
});
