// The release build in another engine than Chromium (ENGINE=firefox or webkit, see
// lib/engine.mjs): a smoke suite of what differs most between engines, not the Chromium suite
// again. The tests run in order in one browser session; each starts from empty storage, and the
// offline one, which stops the server, comes last.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ENGINE, Key, launch, openApp, appReady, byLabel, button, type, saved, sees, until,
} from './lib/engine.mjs';

const TITLE = 'Clean gold for Santa Filomena';
let env, driver;

before(async () => {
  env = await launch();
  driver = env.driver;
  console.log(`# ${ENGINE}: ${env.browser}`);
});
after(async () => { if (env) await env.close(); });

/** Empty storage, then the app at `route`; page errors are recorded from then on. */
async function fresh(route = 'context') {
  await openApp(env, route);
  await driver.executeScript('localStorage.clear()');
  await openApp(env, route);
  await watchErrors();
}

/** Records uncaught errors and rejections in the current document (window.__errors). */
async function watchErrors() {
  await driver.executeScript(`
    window.__errors = [];
    addEventListener('error', (e) => window.__errors.push('error: ' + e.message));
    addEventListener('unhandledrejection', (e) => window.__errors.push('rejection: ' + e.reason));`);
}

async function errors() {
  return driver.executeScript('return window.__errors || []');
}

/** A reload as a person makes it (WebDriver's own refresh is a hard one in Firefox, which
 *  bypasses the service worker). */
async function reload() {
  await driver.executeScript('window.__before_reload = true; setTimeout(() => location.reload(), 0)');
  await until(driver, 'return window.__before_reload === undefined', 'the reloaded page');
  await appReady(driver);
}

async function value(label) {
  return (await byLabel(driver, label)).getAttribute('value');
}

test('the first screen opens and takes typing', async () => {
  await fresh('context');
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'en');
  assert.equal(await driver.executeScript("return document.querySelectorAll('nav.steps li').length"), 11);
  await type(driver, 'Proposal title', TITLE);
  await type(driver, 'Applicant organisation', 'SOTRAMI');
  assert.equal(await value('Proposal title'), TITLE);
  await saved(driver);
  assert.deepEqual(await errors(), []);
});

test('what was typed comes back after a reload', async () => {
  await fresh('context');
  await type(driver, 'Proposal title', `${TITLE} (reloaded)`);
  await type(driver, 'Mine sites and localities', `Santa Filomena${Key.ENTER}Chala`);
  await saved(driver);
  await reload();
  assert.equal(await value('Proposal title'), `${TITLE} (reloaded)`);
  assert.equal(await (await byLabel(driver, 'Mine sites and localities')).getAttribute('value'),
    'Santa Filomena\nChala');
});

test('two tabs on one draft see each other', async () => {
  await fresh('context');
  await type(driver, 'Proposal title', 'Start');
  await saved(driver);
  const first = await driver.getWindowHandle();
  await driver.switchTo().newWindow('tab');
  const second = await driver.getWindowHandle();
  try {
    await driver.get(`${env.origin}/#/context`);
    await appReady(driver);
    assert.equal(await value('Proposal title'), 'Start');
    await type(driver, 'Proposal title', 'Written in the second tab');
    await saved(driver);
    await driver.switchTo().window(first);
    // The storage event brings the other tab's save into this one, without a reload.
    await until(driver, `return document.getElementById('f-context-title')?.value === 'Written in the second tab'`,
      'the first tab to follow the second');
  } finally {
    await driver.switchTo().window(second);
    await driver.close();
    await driver.switchTo().window(first);
  }
});

test("a full storage quota, with this engine's own error, keeps the text and says so", async () => {
  await fresh('context');
  await type(driver, 'Proposal title', 'Saved before the disk filled');
  await saved(driver);
  // Fill localStorage for real, from 1 MB pieces down to 256 byte ones, so the engine itself throws
  // its quota error (its name differs between engines; src/storage/browser.rs knows each).
  const thrown = await driver.executeScript(`
    let name = null, i = 0;
    for (let size = 1 << 20; size >= 256; size >>= 2) {
      const piece = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem('asmpb-test-fill-' + i++, piece); } catch (e) { name = e.name; break; }
      }
    }
    return name;`);
  assert.ok(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(thrown),
    `the engine threw ${thrown} when storage was full, a name src/storage/browser.rs must know`);
  // A title longer than the room left (under 256 characters): this save cannot fit. Set at
  // once, then one key typed: WebDriver types a long text a key at a time, slowly in WebKit.
  const long = `${'Typed while the disk is full '.repeat(40)}!`;
  const field = await byLabel(driver, 'Proposal title');
  await driver.executeScript(`arguments[0].value = arguments[1];
    arguments[0].dispatchEvent(new Event('input', { bubbles: true }))`, field, long.slice(0, -1));
  await field.sendKeys('!');
  await sees(driver, "this device's storage for the app is full");
  assert.equal(await value('Proposal title'), long);
  const stored = await driver.executeScript(
    "return localStorage.getItem('asmpb.draft.' + localStorage.getItem('asmpb.last'))");
  assert.ok(stored.includes('Saved before the disk filled'), 'the stored copy is the last good one');
  await driver.executeScript(`for (const k of Object.keys(localStorage)) {
    if (k.startsWith('asmpb-test-fill-')) localStorage.removeItem(k); }`);
  await (await button(driver, 'Try saving again')).click();
  await saved(driver);
  await reload();
  assert.equal(await value('Proposal title'), long);
  console.log(`# ${ENGINE}: the quota error is ${thrown}`);
});

test('a screen split into a module of its own opens, and the draft stays', async () => {
  await fresh('context');
  await type(driver, 'Proposal title', 'Kept across screens');
  await saved(driver);
  // Through the step list, as a person would: a same-document change of the hash.
  await driver.executeScript(`[...document.querySelectorAll('nav.steps a')]
    .find((a) => a.textContent.includes('Priorities')).click()`);
  await button(driver, 'Add a priority');
  await appReady(driver);
  const modules = await driver.executeScript(`return performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname.slice(1)).filter((f) => f.endsWith('.wasm'))`);
  assert.ok(modules.some((f) => f.startsWith('split_priorities_step-')), modules.join(' '));
  assert.ok(!modules.some((f) => f.startsWith('split_budget_step-')), 'not the other steps');
  await driver.executeScript(`[...document.querySelectorAll('nav.steps a')]
    .find((a) => a.textContent.includes('Context')).click()`);
  await appReady(driver);
  assert.equal(await value('Proposal title'), 'Kept across screens');
  assert.deepEqual(await errors(), []);
});

test('an export downloads as a Blob under its own name; share and print take their path', async () => {
  await fresh('context');
  await type(driver, 'Proposal title', 'Mercury-free gold');
  await saved(driver);
  await driver.executeScript("location.hash = '#/review'");
  await until(driver, "return document.querySelector('h1')?.textContent === 'Review and export'", 'the review step');
  await appReady(driver);
  // What the app hands the engine: the anchor's file name and the Blob behind its object URL
  // (kept as the app made it: the page's CSP lets no fetch read a blob: address back).
  await driver.executeScript(`
    window.__downloads = [];
    const blobs = new Map();
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob) => { const url = createObjectURL(blob); blobs.set(url, blob); return url; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const entry = { name: this.download, href: this.href };
      window.__downloads.push(entry);
      blobs.get(this.href)?.text().then((t) => { entry.text = t; });
      ${ENGINE === 'webkit' ? '' : 'return click.call(this);'}
    };`);
  // Web Share: a Share button only where the engine can share files.
  const canShare = await driver.executeScript(`return typeof navigator.canShare === 'function'
    && navigator.canShare({ files: [new File(['x'], 'x.txt', { type: 'text/plain' })] })`);
  const shares = await driver.executeScript(
    "return [...document.querySelectorAll('.export-list button')].filter((b) => b.textContent.trim() === 'Share').length");
  assert.equal(shares > 0, canShare, `share buttons: ${shares}, engine can share files: ${canShare}`);
  await (await button(driver, 'Draft file to share or back up (.json)')).click();
  const download = await until(driver, 'return window.__downloads.find((d) => d.text !== undefined)', 'the download');
  assert.equal(download.name, 'Mercury-free-gold.json');
  assert.match(download.href, /^blob:/);
  assert.equal(JSON.parse(download.text).context.title, 'Mercury-free gold');
  if (ENGINE === 'firefox') {
    // Firefox saves it without asking (lib/engine.mjs): the file on disk has that name.
    const file = path.join(env.downloads, 'Mercury-free-gold.json');
    await driver.wait(() => fs.existsSync(file) && fs.statSync(file).size > 0, 15000, 'the file on disk');
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).context.title, 'Mercury-free gold');
  }
  assert.equal(await driver.executeScript("return document.querySelector('.export-status').textContent.trim() !== ''"), true);

  // The print button opens the preview, draws the document, then asks the engine to print
  // (stubbed: a real print dialog would wait for a person).
  await driver.executeScript('window.__printed = 0; window.print = () => { window.__printed += 1; }');
  await (await button(driver, 'Print or save as PDF')).click();
  await until(driver, 'return window.__printed === 1', 'window.print');
  assert.equal(await driver.executeScript("return document.querySelector('details.preview').open"), true);
  assert.equal(await driver.executeScript("return document.querySelector('article.document .doc-h1')?.textContent"),
    'Mercury-free gold');
  assert.deepEqual(await errors(), []);
});

test('the language switch changes the interface and is remembered', async () => {
  await fresh('context');
  const select = await byLabel(driver, 'Language');
  await select.findElement({ css: 'option[value="fr"]' }).click();
  await byLabel(driver, 'Titre de la proposition');
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'fr');
  await reload();
  await byLabel(driver, 'Titre de la proposition');
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'fr');
  await driver.executeScript("localStorage.clear()");
});

test('the service worker keeps the app: with the server gone, a reload opens it with the draft', async () => {
  await fresh('context');
  await type(driver, 'Proposal title', 'Written before going offline');
  await saved(driver);
  // Registered once the page is idle (src/ui/deferred.rs: a timeout where the engine has no
  // requestIdleCallback, as WebKit), then in charge of this page through clients.claim().
  await until(driver, 'return navigator.serviceWorker.controller !== null', 'the service worker to take charge', 60000);
  const idle = await driver.executeScript("return typeof requestIdleCallback === 'function'");
  console.log(`# ${ENGINE}: requestIdleCallback ${idle ? 'present' : 'missing'}`);
  await env.stopServer();
  try {
    await reload();
    assert.equal(await value('Proposal title'), 'Written before going offline');
    await driver.executeScript("location.hash = '#/budget'");
    await button(driver, 'Add a budget line');
  } finally {
    await env.startServer();
  }
});
