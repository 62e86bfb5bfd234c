// French is a language pack (dist/lang/fr.json), not part of the wasm: it is fetched when a
// person picks French (interface or export language) or starts in French, precached by the
// service worker so French works offline, and a failed load keeps the current language and
// says why, touching nothing saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, guard, openApp, axeViolations, shot, DIST, appReady, pageWithoutWorker, buildWasm } from '../lib/harness.mjs';
import { startServer } from '../serve.mjs';

const PACK = '**/lang/fr.json';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
}

test('French ships as a precached pack and is not inside the wasm', () => {
  const pack = JSON.parse(fs.readFileSync(path.join(DIST, 'lang', 'fr.json'), 'utf8'));
  assert.equal(pack.lang, 'fr');
  assert.equal(pack.ui['context.title'], 'Titre de la proposition');
  assert.ok(Object.keys(pack.knowledge).includes('mdgs.json'));
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  assert.match(sw, /\["lang\/fr\.json", "sha256-/);
  // Every module: the first one and those split from it.
  const wasm = buildWasm();
  assert.ok(wasm.includes(Buffer.from('Proposal title')), 'English is built in');
  assert.ok(!wasm.includes(Buffer.from('Titre de la proposition')), 'French UI text is not');
  const frenchGoal = pack.knowledge['mdgs.json'].mdgs[0].title.fr;
  assert.ok(frenchGoal.length > 10 && !wasm.includes(Buffer.from(frenchGoal)), 'nor French knowledge');
});

test('a failed load keeps the language in use, says why, and changes nothing saved', async () => {
  const { context, page, problems } = await pageWithoutWorker(env);
  await openApp(page, env.origin, 'context');
  await page.getByLabel('Proposal title').fill('Kept as typed');
  await page.waitForSelector('[data-save-status="Saved"]');
  const saved = await storage(page);

  await context.route(PACK, (route) => route.abort('internetdisconnected'));
  await page.getByLabel('Language').selectOption('fr');
  const alert = page.getByRole('alert').filter({ hasText: 'Français could not be loaded' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /are you offline\?/);
  assert.equal(await page.getByLabel('Language').inputValue(), 'en', 'the list shows English again');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getByLabel('Proposal title').inputValue(), 'Kept as typed');
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'language-pack-failed');

  await context.unroute(PACK);
  await context.route(PACK, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"lang":"fr","ui":{}}' }));
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('alert').filter({ hasText: 'does not belong to this version' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(await storage(page), saved, 'nothing saved changed');

  // Then, with the site back, French loads and the page switches.
  await context.unroute(PACK);
  await page.getByLabel('Language').selectOption('fr');
  await page.getByLabel('Titre de la proposition').waitFor();
  await page.getByLabel('Mineurs permanents').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.getByRole('alert').count(), 0, 'the message is gone');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lang-select', 'focus stays on the list');
  assert.equal(await page.getByLabel('Titre de la proposition').inputValue(), 'Kept as typed');
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

test('French guidance and a French export document from an English interface', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  const pack = JSON.parse(fs.readFileSync(path.join(DIST, 'lang', 'fr.json'), 'utf8'));
  await openApp(page, env.origin, 'context');
  const profile = pack.knowledge['miner_profiles.json'].miner_profiles[0].name.fr;
  await page.getByLabel('Permanent miners').waitFor();

  // Export language French while the interface stays English. The export is asked for while
  // the French pack is still on its way (held here): the document waits for it rather than
  // coming out in English.
  await page.goto(`${env.origin}/#/review`);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/lang/fr.json', async (route) => { await held; await route.continue(); });
  await page.getByLabel('Document language').selectOption('fr');
  await page.waitForFunction(() => document.querySelector('#export-lang').value === 'fr');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Web page (.html)', exact: true }).click();
  release();
  const html = fs.readFileSync(await (await downloaded).path(), 'utf8');
  assert.match(html, /<html lang="fr"/);
  await context.unroute('**/lang/fr.json');

  // The interface in French: the screen in view is drawn again with the French knowledge
  // texts (already loaded for the document), and focus stays on the language list.
  await page.goto(`${env.origin}/#/context`);
  await page.getByLabel('Permanent miners').waitFor();
  await page.getByLabel('Language').selectOption('fr');
  await page.getByLabel(profile).waitFor();
  await page.goto(`${env.origin}/#/linkages`);
  await page.goto(`${env.origin}/#/context`);
  await page.getByLabel(profile).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('offline, French comes from the service worker\'s cache, also at start', async () => {
  const server = await startServer(DIST, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, origin);
  await openApp(page, origin, 'context');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await context.setOffline(true);

  await page.getByLabel('Language').selectOption('fr');
  await page.getByLabel('Titre de la proposition').waitFor();
  // Starting in French (remembered) loads the pack before the first screen.
  await page.reload();
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.getByLabel('Titre de la proposition').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
