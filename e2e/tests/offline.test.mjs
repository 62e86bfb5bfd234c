// Offline and updates, end to end, against the release build with its real service worker.
// The network is cut for real by stopping the server (setOffline alone does not stop a service
// worker's own fetches; it is added only so that navigator.onLine and the indicator follow).
// A "new deployment" is a copy of dist/ with one file changed and scripts/post_dist.sh run over
// it again, served on the same port, exactly as a host would serve the next build.
// The tests run in order and share one browser profile, like one person over several days.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch, guard, openApp, axeViolations, shot, DIST, appReady } from '../lib/harness.mjs';
import { startServer } from '../serve.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TITLE = 'Clean gold for Santa Filomena';
const OFFLINE_TEXT = 'You are offline. Everything still works';
const UPDATE_BUTTON = { name: 'Use the new version' };

let env, port, server, context, page, problems, tmp;

/** The version and file list that post_dist.sh wrote into DIR/sw.js. */
function build(dir) {
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const version = sw.match(/const VERSION = "([0-9a-f]{16})"/)[1];
  const files = [...sw.matchAll(/\["([^"]+)", "sha256-/g)].map((m) => m[1]).sort();
  return { version, cache: `asm-proposal-${version}`, files };
}

/** A next deployment: dist/ copied, index.html marked, post_dist.sh run again. */
function nextDeployment(from, name, mark) {
  const dir = path.join(tmp, name);
  fs.cpSync(from, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace(
    '<meta charset="utf-8">', `<meta charset="utf-8"><meta name="asm-test-build" content="${mark}">`));
  execFileSync(path.join(ROOT, 'scripts', 'post_dist.sh'), [dir], { stdio: 'pipe' });
  return dir;
}

async function stopServer() {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

async function serve(dir) {
  server = await startServer(dir, port);
}

/** A full navigation (not a same-document hash change), so the service worker answers it. */
async function visit(url) {
  await page.goto('about:blank');
  await page.goto(url);
  await appReady(page);
}

async function heading() {
  return page.locator('#step-heading').textContent();
}

async function cacheState() {
  return page.evaluate(async () => {
    const keys = (await caches.keys()).sort();
    const contents = {};
    for (const key of keys) {
      const cache = await caches.open(key);
      contents[key] = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    }
    return { keys, contents };
  });
}

before(async () => {
  env = await launch();
  server = env.server;
  port = Number(new URL(env.origin).port);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asm-offline-'));
  context = await env.browser.newContext();
  page = await context.newPage();
  problems = guard(page, env.origin);
});

after(async () => {
  await context.close();
  if (server !== env.server && server.listening) await stopServer();
  await env.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the first visit installs the whole build under its versioned cache and takes charge', async () => {
  const first = build(DIST);
  await openApp(page, env.origin, 'context');
  // clients.claim() lets the first worker control this page without a reload.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  const { keys, contents } = await cacheState();
  assert.deepEqual(keys, [first.cache]);
  assert.deepEqual(contents[first.cache], first.files);
  for (const f of ['index.html', 'manifest.webmanifest', 'icon.svg', 'icons/icon-192.png',
    'icons/icon-512.png', 'icons/icon-maskable-512.png']) {
    assert.ok(first.files.includes(f), `${f} is precached`);
  }
  assert.ok(first.files.some((f) => f.endsWith('.wasm')) && first.files.some((f) => f.endsWith('.js')));

  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.name, 'ASM Proposal Builder');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.theme_color, '#7a4b12');
  assert.ok(manifest.short_name && manifest.background_color && manifest.lang);
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  for (const s of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(s), s);
  await page.getByLabel('Proposal title').waitFor();
  assert.equal(await page.locator('[data-offline]').count(), 0, 'no offline notice while online');
  assert.deepEqual(problems, []);
});

test('with the server gone, every address opens the app and says calmly that it is offline', async () => {
  await stopServer();
  await context.setOffline(true);
  await page.getByText(OFFLINE_TEXT).waitFor();

  await page.reload();
  await appReady(page);
  await page.getByText(OFFLINE_TEXT).waitFor();

  await visit(`${env.origin}/#/budget`);
  assert.equal(await heading(), 'Budget');
  await visit(`${env.origin}/index.html#/partners`);
  assert.equal(await heading(), 'Partnerships');
  // Any other path is sent to the app's root; the step in the hash survives the redirect.
  await visit(`${env.origin}/an/old/link?from=mail#/priorities`);
  assert.equal(await heading(), 'Priorities');
  assert.equal(page.url(), `${env.origin}/#/priorities`);

  await page.getByText(OFFLINE_TEXT).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'offline-indicator');
  assert.deepEqual(problems, []);
});

test('typing offline makes no request and survives an offline reload', async () => {
  await visit(`${env.origin}/#/context`);
  const requests = [];
  const record = (r) => requests.push(r.url());
  page.on('request', record);
  await page.getByLabel('Proposal title').fill(TITLE);
  await page.getByLabel('Applicant organisation').fill('SOTRAMI');
  await page.waitForSelector('[data-save-status="Saved"]');
  page.off('request', record);
  assert.deepEqual(requests, [], 'editing makes no request at all');

  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Proposal title').inputValue(), TITLE);
  assert.equal(await page.getByLabel('Applicant organisation').inputValue(), 'SOTRAMI');
  assert.deepEqual(problems, []);
});

test('a new deployment waits for the person, then takes over with the draft intact', async () => {
  const first = build(DIST);
  const nextDir = nextDeployment(DIST, 'second', 'second');
  const second = build(nextDir);
  assert.notEqual(second.version, first.version, 'a changed file changes the version');

  await serve(nextDir);
  await context.setOffline(false);
  await page.getByText(OFFLINE_TEXT).waitFor({ state: 'detached' });
  await page.evaluate(() => { window.__sameDocument = true; });

  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
  });
  const button = page.getByRole('button', UPDATE_BUTTON);
  await button.waitFor({ timeout: 30000 });
  await page.getByText('A new version of the app is ready.').waitFor();

  // Nothing switched under the person: same document, same text, old build still in charge.
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.equal(await page.getByLabel('Proposal title').inputValue(), TITLE);
  assert.equal(await page.locator('meta[name="asm-test-build"]').count(), 0);
  const waiting = await cacheState();
  assert.deepEqual(waiting.keys, [first.cache, second.cache].sort());
  assert.deepEqual(waiting.contents[second.cache], second.files);

  // Reloading on one's own does not switch builds either: the old one still answers, and the
  // waiting build is offered again (found through registration.waiting this time).
  await page.reload();
  await appReady(page);
  await button.waitFor({ timeout: 30000 });
  assert.equal(await page.locator('meta[name="asm-test-build"]').count(), 0);
  assert.equal(await page.getByLabel('Proposal title').inputValue(), TITLE);
  assert.deepEqual((await cacheState()).keys, [first.cache, second.cache].sort());
  await page.evaluate(() => { window.__sameDocument = true; });
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'offline-update-prompt');

  // A change still inside the autosave debounce must be written before the switch.
  await page.getByLabel('Proposal title').fill(`${TITLE} (v2)`);
  await Promise.all([page.waitForEvent('load', { timeout: 30000 }), button.click()]);
  await appReady(page);

  assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'the page reloaded');
  assert.equal(await page.getAttribute('meta[name="asm-test-build"]', 'content'), 'second');
  assert.equal(await page.getByLabel('Proposal title').inputValue(), `${TITLE} (v2)`);
  assert.equal(await page.getByLabel('Applicant organisation').inputValue(), 'SOTRAMI');
  assert.equal(await page.locator('[data-update]').count(), 0, 'no prompt after the update');
  const after = await cacheState();
  assert.deepEqual(after.keys, [second.cache], 'the old build\'s cache is gone');
  assert.deepEqual(problems, []);
});

test('a deployment with a missing or altered file never installs', async () => {
  const current = build(path.join(tmp, 'second'));
  const missing = nextDeployment(path.join(tmp, 'second'), 'missing', 'missing');
  fs.rmSync(path.join(missing, 'icons', 'icon-192.png'));
  // A stale or half-uploaded copy: the right name, other bytes.
  const altered = nextDeployment(path.join(tmp, 'second'), 'altered', 'altered');
  const glue = fs.readdirSync(altered).find((f) => /^asm_proposal-[0-9a-f]+\.js$/.test(f));
  fs.appendFileSync(path.join(altered, glue), '\n/* another build */\n');

  for (const dir of [missing, altered]) {
    await stopServer();
    await serve(dir);
    const outcome = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const states = [];
      const settled = new Promise((resolve) => {
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker.addEventListener('statechange', () => {
            states.push(worker.state);
            if (worker.state === 'redundant' || worker.state === 'installed') resolve();
          });
        }, { once: true });
      });
      await registration.update().catch(() => states.push('update rejected'));
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 20000))]);
      return { states, waiting: registration.waiting !== null };
    });
    assert.ok(outcome.states.includes('redundant'), `${path.basename(dir)}: ${outcome.states}`);
    assert.equal(outcome.waiting, false);
    assert.deepEqual((await cacheState()).keys, [current.cache], 'no partial cache is left');
    assert.equal(await page.locator('[data-update]').count(), 0, 'nothing is offered');
  }
  // The build in charge still opens whole.
  await visit(`${env.origin}/#/context`);
  assert.equal(await page.getAttribute('meta[name="asm-test-build"]', 'content'), 'second');
  assert.equal(await page.getByLabel('Proposal title').inputValue(), `${TITLE} (v2)`);
  assert.deepEqual(problems, []);
});
