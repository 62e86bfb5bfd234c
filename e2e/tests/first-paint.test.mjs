// The first seconds: index.html shows a loading message until the wasm app replaces it, and
// the Context screen is drawn in parts, one task each (src/ui/deferred.rs), so the first paint and
// the first keystroke do not wait for the whole form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, appReady, axeViolations, shot, pageWithoutWorker } from '../lib/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const catalogue = (lang, area = 'app') =>
  JSON.parse(fs.readFileSync(path.join(here, '..', '..', 'locales', lang, `${area}.json`), 'utf8'));

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('while the app loads, the page says so in every language; the app then takes its place', async () => {
  const { context, page, problems } = await pageWithoutWorker(env);
  // Hold the main module back until the loading page has been checked.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/asm_proposal-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${env.origin}/`);
  const boot = page.locator('#boot');
  await boot.waitFor();
  const texts = await boot.locator('p[data-i18n="boot.opening"]').allTextContents();
  assert.deepEqual(texts, ['en', 'fr', 'es', 'pt'].map((lang) => catalogue(lang)['boot.opening']));
  assert.equal(await page.getByRole('status').first().textContent(), catalogue('en')['boot.opening']);
  assert.deepEqual(await axeViolations(page), [], 'the loading page is accessible');
  await shot(page, 'first-paint-loading');
  assert.equal(await page.locator('[data-app-ready]').count(), 0, 'the app has not started');

  release();
  await appReady(page);
  assert.equal(await page.locator('#boot').count(), 0, 'the loading message is gone');
  assert.equal(await page.locator('main').count(), 1, 'one main landmark');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Context form is drawn part by part, in order, and takes typing from the start', async () => {
  const { context, page, problems } = await pageWithoutWorker(env);
  await page.goto(`${env.origin}/#/context`);
  // Type as soon as the title is there, while the rest of the form may still be drawing.
  const title = page.getByLabel('Proposal title');
  await title.waitFor();
  await title.pressSequentially('Mercury-free gold');
  await appReady(page);
  assert.equal(await title.inputValue(), 'Mercury-free gold');
  // Once drawn, the step did not take the focus away to its heading.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-context-title');
  // Every part is drawn, in the document's order, and no marker is left.
  const headings = await page.locator('form h2').allTextContents();
  const en = catalogue('en', 'context');
  const expected = ['context.about_heading', 'context.community_heading', 'context.terms_heading', 'context.donor_heading']
    .map((k) => en[k]);
  const order = expected.map((h) => headings.indexOf(h));
  assert.ok(order.every((i) => i >= 0), `every section heading is drawn: ${headings.join(' | ')}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'in order');
  assert.equal(await page.locator('[data-drawing]').count(), 0);
  // The step states in the navigation follow once the form is drawn.
  await page.locator('nav.steps li.state-started, nav.steps li.state-complete').first().waitFor();
  // The draft kept the text.
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Proposal title').inputValue(), 'Mercury-free gold');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link to a field drawn in a later part focuses that field', async () => {
  const { context, page, problems } = await pageWithoutWorker(env);
  await page.goto(`${env.origin}/#/context/context.donor.name`);
  await appReady(page);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'f-context-donor-name');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the service worker is registered only once the first screen is drawn', async () => {
  // Installing the worker fetches and stores every file of the app: it must not compete with
  // drawing the form and taking the first keystrokes.
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__registered = null;
    const real = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__registered = {
        title: !!document.getElementById('f-context-title'),
        drawing: document.querySelectorAll('[data-drawing]').length,
      };
      return real.apply(this, args);
    };
  });
  const page = await context.newPage();
  await page.goto(`${env.origin}/`);
  await appReady(page);
  await page.waitForFunction(() => window.__registered !== null, null, { timeout: 10000 });
  assert.deepEqual(await page.evaluate(() => window.__registered), { title: true, drawing: 0 },
    'registered after every part of the form was drawn');
  // And it still installs: the app works offline after this first visit.
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true), null, { timeout: 15000 });
  await context.close();
});

test('the loading message is painted before the app replaces it, even when the wasm comes first', async () => {
  // On a fast or cached load the wasm can be ready before the page's first frame. A script
  // marked blocking="render" that arrives only after the wasm makes that certain, without
  // holding the app's own scripts: the app must still wait until the loading message has
  // been painted, so the page is not blank until the app is drawn, and the message, not the
  // app, is the first and largest paint.
  const { context, page, problems } = await pageWithoutWorker(env);
  await context.addInitScript(() => {
    window.__bootGone = null;
    let seen = false;
    new MutationObserver(() => {
      const boot = document.getElementById('boot');
      if (boot) seen = true;
      else if (seen && window.__bootGone === null) window.__bootGone = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  let wasmServed = false;
  await page.route(/asm_proposal-[0-9a-f]+_bg\.wasm$/, async (route) => { await route.continue(); wasmServed = true; });
  await page.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace('</head>', '<script async blocking="render" src="hold-render.js"></script></head>');
    await route.fulfill({ response, body: html });
  });
  await page.route(/hold-render\.js$/, async (route) => {
    // Until the wasm has been served, and a little more for it to compile.
    const until = Date.now() + 10000;
    while (!wasmServed && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 300));
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.goto(`${env.origin}/`);
  await appReady(page);
  const t = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    gone: window.__bootGone,
  }));
  assert.ok(wasmServed, 'the wasm was served while rendering was held');
  assert.ok(t.paint !== null && t.gone !== null && t.paint < t.gone,
    `first paint (${t.paint} ms) before the loading message was replaced (${t.gone} ms)`);
  assert.deepEqual(problems, []);
  await context.close();
});
