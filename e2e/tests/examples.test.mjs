// Worked examples, end to end. They are files of the build (dist/examples/<id>.json), not part
// of the wasm: the drafts screen fetches one when the person starts from it, by a relative
// address (so the site works from any folder), with a busy button meanwhile; the service
// worker precaches them, so an example opens offline; and a failed fetch is explained in the
// drafts screen's message area, in the person's language, with nothing saved touched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, guard, openApp, axeViolations, shot, DIST, appReady, pageWithoutWorker, buildWasm } from '../lib/harness.mjs';
import { startServer } from '../serve.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = path.join(ROOT, 'data', 'examples');
const EXAMPLES = '**/examples/*.json';
const START = { name: 'Start from this example' };
const LOADING = { name: 'Loading the example…' };

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

/** The worked examples' ids, from their source files. */
function exampleIds() {
  return fs.readdirSync(SOURCES).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

function example(id) {
  return JSON.parse(fs.readFileSync(path.join(SOURCES, `${id}.json`), 'utf8'));
}

/** Everything the app keeps in localStorage. */
function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
}

function draftCount(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('asmpb.draft.')).length);
}

/** A server of its own (port chosen by the system), so stopping it leaves the others alone. */
async function ownServer(dir) {
  const server = await startServer(dir, 0);
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function stop(server) {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

test('the examples ship as files of the build, precached, and not inside the wasm', () => {
  const ids = exampleIds();
  assert.deepEqual(ids, ['andean_mercury', 'manica_mineiras', 'peru_women_fund', 'potosi_palliris', 'tanzania_health']);
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/\["([^"]+)", "sha256-/g)].map((m) => m[1]);
  // The main module and the modules split from it (the drafts screen is one of them).
  const wasm = buildWasm();
  for (const id of ids) {
    const file = `examples/${id}.json`;
    assert.ok(precached.includes(file), `${file} is precached`);
    assert.equal(fs.readFileSync(path.join(DIST, file), 'utf8'), fs.readFileSync(path.join(SOURCES, `${id}.json`), 'utf8'));
    // The title is metadata the drafts screen lists; the body of the proposal is not compiled in.
    const p = example(id);
    assert.ok(wasm.includes(Buffer.from(p.context.title)), `${id}: its title is in the app's wasm`);
    assert.ok(!wasm.includes(Buffer.from(p.logframe.goal.text)), `${id}: its text is not in the wasm`);
  }
});

test('starting from an example, from any folder: a busy button, then a new draft', async () => {
  // The built site served from a sub-folder, as on a host that is not the domain's root.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asm-examples-'));
  fs.mkdirSync(path.join(tmp, 'some'));
  fs.symlinkSync(DIST, path.join(tmp, 'some', 'folder'), 'dir');
  const { server, origin } = await ownServer(tmp);
  const base = `${origin}/some/folder/`;
  // No service worker here, so every fetch reaches the route below and can be held.
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = guard(page, origin);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const fetched = [];
  await context.route(EXAMPLES, async (route) => {
    fetched.push(route.request().url());
    await held;
    await route.continue();
  });

  await page.goto(`${base}#/drafts`);
  await appReady(page);
  const drafts = await draftCount(page);
  const tanzania = example('tanzania_health');
  await page.getByLabel('Worked example').selectOption({ label: tanzania.context.title });
  const start = page.getByRole('button', START);
  assert.equal(await start.getAttribute('aria-busy'), 'false');
  await start.click();

  const busy = page.getByRole('button', LOADING);
  await busy.waitFor();
  assert.equal(await busy.isDisabled(), true);
  assert.equal(await busy.getAttribute('aria-busy'), 'true');
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'example-loading');
  assert.equal(await page.evaluate(() => location.hash), '#/drafts', 'nothing opens before the file arrives');
  release();

  await page.waitForFunction(() => location.hash === '#/context');
  assert.equal(await page.getByLabel('Proposal title').inputValue(), tanzania.context.title);
  assert.deepEqual(fetched, [`${base}examples/tanzania_health.json`]);
  assert.equal(await draftCount(page), drafts + 1, 'the example became one new draft');
  assert.deepEqual(problems, []);
  await context.close();
  await stop(server);
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('a failed fetch is explained in the drafts message area and touches nothing saved', async () => {
  const { context, page, problems } = await pageWithoutWorker(env);
  await openApp(page, env.origin, 'context');
  await page.getByLabel('Proposal title').fill('Already saved');
  await page.waitForSelector('[data-save-status="Saved"]');
  await page.goto(`${env.origin}/#/drafts`);
  await page.getByRole('heading', { name: 'Already saved' }).waitFor();
  const saved = await storage(page);
  // The drafts screen's message list (the backup card has live regions of its own).
  const messages = page.locator('.drafts [role="status"]').filter({ has: page.locator('ul.messages:not(.summary)') });

  const failures = [
    ['network off', (route) => route.abort('internetdisconnected'), /^The example could not be loaded because the site could not be reached \(are you offline\?\)\./],
    ['not found', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }), /^The example could not be loaded: the site did not send its file\./],
    ['bad file', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "context": ' }), /^The example's file is damaged or belongs to another version of the app/],
  ];
  for (const [what, answer, text] of failures) {
    await context.unroute(EXAMPLES);
    await context.route(EXAMPLES, answer);
    await page.getByRole('button', START).click();
    await messages.getByText(text).waitFor();
    assert.match(await messages.textContent(), /Your drafts are unchanged\./, what);
    const start = page.getByRole('button', START);
    assert.equal(await start.isDisabled(), false, what);
    assert.equal(await start.getAttribute('aria-busy'), 'false', what);
    // Focus comes back on the next frame.
    await page.waitForFunction((b) => b === document.activeElement, await start.elementHandle(), { timeout: 5000 });
    assert.equal(await page.evaluate(() => location.hash), '#/drafts', what);
    assert.deepEqual(await storage(page), saved, `${what}: nothing saved changed`);
  }
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'example-failed');

  // In French too.
  await context.unroute(EXAMPLES);
  await context.route(EXAMPLES, (route) => route.abort('internetdisconnected'));
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('button', { name: 'Partir de cet exemple' }).click();
  await messages.getByText(/^L’exemple n’a pas pu être chargé car le site est injoignable/).waitFor();
  assert.match(await messages.textContent(), /Vos brouillons n’ont pas changé\./);

  // The browser reports each failed load on the console itself; nothing else may appear.
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

test('offline, an example opens from the service worker\'s cache', async () => {
  const { server, origin } = await ownServer(DIST);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, origin);
  await openApp(page, origin, 'drafts');
  // The worker takes charge only once its whole build, examples included, is in the cache.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  const cached = await page.evaluate(async () => {
    const [key] = await caches.keys();
    return (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname);
  });
  for (const id of exampleIds()) assert.ok(cached.includes(`/examples/${id}.json`), `${id} is cached`);

  // Cut the network for real: stop the server (setOffline does not stop the worker's fetches).
  await stop(server);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  const drafts = await draftCount(page);
  const andes = example('andean_mercury');
  await page.getByLabel('Worked example').selectOption({ label: andes.context.title });
  await page.getByRole('button', START).click();
  await page.waitForFunction(() => location.hash === '#/context');
  assert.equal(await page.getByLabel('Proposal title').inputValue(), andes.context.title);
  assert.equal(await draftCount(page), drafts + 1);
  assert.deepEqual(problems, []);
  await context.close();
});
