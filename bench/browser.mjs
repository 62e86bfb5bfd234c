// Browser benchmarks in headless Chromium (playwright-core and the harness of e2e/):
//   1. navigation -> interactive first step, app and a minimal Leptos page (median of RUNS cold
//      loads each, unthrottled and with the CPU slowed 4x as on a cheap phone);
//   2. typing latency in the longest text field of the stress fixture (input event -> next
//      animation frame; and input event -> end of the work it caused), with the minimal page's
//      input as the floor;
//   3. autosave of the stress fixture as the app does it (the debounced timer task that writes
//      the draft), and the localStorage.setItem of the draft inside it;
//   4. every export on #/review: click -> file handed to the browser (in-page), and click ->
//      Playwright's download event (median of 3).
// Writes the numbers as JSON. Never fails on timings; a stage that breaks is recorded as an error.
//   node bench/browser.mjs OUT.json FIXTURE.json MINIMAL_DIST
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { launch } = await import(path.join(here, '..', 'e2e', 'lib', 'harness.mjs'));
const { startServer } = await import(path.join(here, '..', 'e2e', 'serve.mjs'));

const [outFile, fixture, minimalDist] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_LOAD_RUNS || 15);
const KEYS = Number(process.env.BENCH_KEYS || 100);
const SAVES = Number(process.env.BENCH_SAVES || 10);
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS || 3);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const log = (...a) => console.log('[browser]', ...a);

// Instrumentation installed before any page script runs.
function instrument(opts) {
  window.__bench = { ready: null, firstInput: null, saves: [], setItems: [], clicks: [], blobs: [] };
  const b = window.__bench;
  const focusField = () => {
    const el = opts && opts.focus && document.querySelector(`[data-app-ready="true"] ${opts.focus}`);
    if (el && document.activeElement !== el && b.firstInput === null) el.focus();
  };
  const mark = () => {
    if (b.ready === null && document.querySelector('[data-app-ready="true"]')) b.ready = performance.now();
    if (b.ready !== null) focusField();
  };
  // Keep the focus on the field until it has taken a keystroke (the app may move it).
  document.addEventListener('focusin', () => { if (b.ready !== null) setTimeout(focusField, 0); }, true);
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener('input', () => { if (b.firstInput === null) b.firstInput = performance.now(); }, true);
  // Autosave runs in a timer task: time every timer callback, keep those that wrote a draft.
  let inTimer = null;
  const realSetTimeout = window.setTimeout.bind(window);
  window.setTimeout = function (fn, ms, ...args) {
    if (typeof fn !== 'function') return realSetTimeout(fn, ms, ...args);
    return realSetTimeout(function (...a) {
      const t0 = performance.now();
      const outer = inTimer;
      inTimer = { draftBytes: 0 };
      try { return fn.apply(this, a); } finally {
        const took = performance.now() - t0;
        if (inTimer.draftBytes) b.saves.push({ ms: took, bytes: inTimer.draftBytes, delay: ms });
        inTimer = outer;
      }
    }, ms, ...args);
  };
  const realSetItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const t0 = performance.now();
    try { return realSetItem.call(this, key, value); } finally {
      const s = String(key);
      if (s.includes('.draft.')) {
        b.setItems.push({ ms: performance.now() - t0, chars: String(value).length });
        if (inTimer) inTimer.draftBytes = String(value).length;
      }
    }
  };
  // Exports: the click's event time, and when the file reaches URL.createObjectURL.
  document.addEventListener('click', (e) => {
    const btn = e.target instanceof Element && e.target.closest('button');
    if (btn) b.clicks.push({ t: e.timeStamp, name: (btn.textContent || '').trim() });
  }, true);
  const realCreate = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    b.blobs.push({ t: performance.now(), size: blob && blob.size });
    return realCreate.call(this, blob);
  };
}

// One cold load (fresh context, empty cache). As soon as the ready marker appears, the page
// focuses the field (instrument's `focus`); meanwhile the driver presses "x" over and over, so
// the first `input` event is the first keystroke the field accepts, with only a keystroke's
// round trip (a few ms) of driver overhead.
async function coldLoad(browser, url, field, throttle) {
  const context = await browser.newContext();
  await context.addInitScript(instrument, { focus: field });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url, { waitUntil: 'commit' });
  const deadline = Date.now() + 60000;
  let accepted = false;
  while (!accepted && Date.now() < deadline) {
    await page.keyboard.press('x');
    accepted = await page.evaluate(() => window.__bench && window.__bench.firstInput !== null).catch(() => false);
  }
  if (!accepted) throw new Error(`${field} took no keystroke within 60 s`);
  const value = await page.inputValue(field);
  if (!value.includes('x')) throw new Error(`${field} did not take the keystroke (value ${JSON.stringify(value)})`);
  const r = await page.evaluate(() => ({ ready: window.__bench.ready, interactive: window.__bench.firstInput }));
  await context.close();
  return r;
}

async function loadTimes(browser, appUrl, minimalUrl, throttle) {
  const app = []; const min = [];
  // Interleave app and minimal so a busy neighbour on the machine hits both alike.
  const APP = '#f-context-title'; const MIN = '#title';
  await coldLoad(browser, appUrl, APP, throttle); await coldLoad(browser, minimalUrl, MIN, throttle); // warm-up
  for (let i = 0; i < RUNS; i++) {
    app.push(await coldLoad(browser, appUrl, APP, throttle));
    min.push(await coldLoad(browser, minimalUrl, MIN, throttle));
  }
  const summary = (rs) => ({
    ready_ms: median(rs.map((r) => r.ready)),
    interactive_ms: median(rs.map((r) => r.interactive)),
    runs: rs.map((r) => Math.round(r.interactive)),
  });
  return { throttle, app: summary(app), minimal: summary(min) };
}

// Types KEYS characters one at a time (each waits for its measurement), so keystrokes never
// queue behind each other: every number is one keystroke's own cost.
async function typingLatency(page, locator, text = 'the quick brown fox jumps over the lazy dog near the mine site and ') {
  await locator.evaluate((el) => {
    window.__lat = [];
    el.addEventListener('input', (e) => {
      const t0 = e.timeStamp;
      // Posted from the listener, the message runs after this event's task and its microtasks.
      const ch = new MessageChannel();
      const rec = { frame: null, work: null };
      ch.port1.onmessage = () => { rec.work = performance.now() - t0; };
      ch.port2.postMessage(0);
      requestAnimationFrame(() => { rec.frame = performance.now() - t0; window.__lat.push(rec); });
    });
  });
  await locator.click();
  await locator.press('Control+End');
  for (let i = 0; i < KEYS; i++) {
    const ch = text[i % text.length];
    await locator.press(ch === ' ' ? 'Space' : ch);
    await page.waitForFunction((n) => window.__lat.length >= n, i + 1, { polling: 'raf' });
  }
  await page.waitForTimeout(50);
  const lat = await page.evaluate(() => window.__lat);
  const frames = lat.map((r) => r.frame);
  const work = lat.map((r) => r.work).filter((x) => x !== null);
  return {
    keys: lat.length,
    frame_p50: pct(frames, 50), frame_p95: pct(frames, 95),
    work_p50: pct(work, 50), work_p95: pct(work, 95),
  };
}

async function importFixture(page, origin) {
  await page.goto(`${origin}/#/drafts`);
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 60000 });
  await page.getByLabel('Import a draft file (.json)').setInputFiles(fixture);
  await page.waitForFunction(() => location.hash === '#/context', null, { timeout: 60000 });
  await page.getByLabel('Proposal title').waitFor();
}

// Visits every step and returns the longest textarea (where typing costs the most).
async function longestField(page, origin) {
  const slugs = ['context', 'priorities', 'objectives', 'linkages', 'donor', 'partners',
    'communication', 'budget', 'sustainability', 'risks'];
  let best = null;
  for (const slug of slugs) {
    await page.goto(`${origin}/#/${slug}`);
    await page.waitForFunction((s) => location.hash.startsWith(`#/${s}`), slug);
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => [...document.querySelectorAll('textarea')]
      .filter((t) => t.id && t.offsetParent !== null)
      .map((t) => ({ id: t.id, len: t.value.length,
        label: (document.querySelector(`label[for="${t.id}"]`)?.textContent || t.id).trim() }))
      .sort((a, b) => b.len - a.len)[0] || null);
    if (found && (!best || found.len > best.len)) best = { ...found, slug };
  }
  return best;
}

async function main() {
  const results = { errors: {} };
  const env = await launch();
  const minimalPort = new URL(env.origin).port - 0 + 500;
  const minimalServer = await startServer(minimalDist, minimalPort);
  const minimalOrigin = `http://127.0.0.1:${minimalPort}`;
  const only = process.env.BENCH_STAGES ? process.env.BENCH_STAGES.split(',') : null;
  const stage = async (name, f) => {
    if (only && !only.includes(name) && name !== 'import') return;
    const t0 = Date.now();
    try { results[name] = await f(); log(name, JSON.stringify(results[name])); } catch (e) {
      results.errors[name] = String(e && e.message || e).split('\n')[0];
      log(name, 'FAILED:', results.errors[name]);
    }
    log(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  try {
    await stage('load', () => loadTimes(env.browser, `${env.origin}/`, `${minimalOrigin}/`, 1));
    await stage('load_4x', () => loadTimes(env.browser, `${env.origin}/`, `${minimalOrigin}/`, 4));

    await stage('typing_minimal', async () => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${minimalOrigin}/`);
      await page.waitForSelector('[data-app-ready="true"]');
      const r = await typingLatency(page, page.getByLabel('Proposal title'));
      await context.close();
      return r;
    });

    const context = await env.browser.newContext({ acceptDownloads: true });
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await stage('import', async () => {
      const t0 = Date.now();
      await importFixture(page, env.origin);
      return { ms: Date.now() - t0 };
    });
    await stage('typing_title', async () => {
      await page.goto(`${env.origin}/#/context`);
      return { field: 'Proposal title (#/context)', ...(await typingLatency(page, page.getByLabel('Proposal title'))) };
    });
    await stage('typing_long', async () => {
      const best = await longestField(page, env.origin);
      if (!best) throw new Error('no text area found on any step');
      await page.goto(`${env.origin}/#/${best.slug}`);
      await page.waitForTimeout(300);
      const r = await typingLatency(page, page.locator(`#${best.id}`));
      return { field: `${best.label} (#/${best.slug}, ${best.len} chars)`, ...r };
    });
    // The screens of the workplan, the risk register and the budget by year, each on the
    // stress fixture's own items (found by the field ids FieldPath gives them).
    const newScreens = [
      ['typing_risk', 'risks', '[id^="f-risks-"][id$="-mitigation"]', 'risk mitigation'],
      ['typing_milestone', 'objectives', '[id^="f-objectives-milestones-"][id$="-title"]', 'workplan milestone title'],
      ['typing_budget_year', 'budget', 'input[id^="f-budget-"][id*="-by_year"]', 'budget line, amount for year 1'],
    ];
    for (const [key, slug, selector, label] of newScreens) {
      await stage(key, async () => {
        await page.goto(`${env.origin}/#/${slug}`);
        await page.waitForFunction((s) => location.hash.startsWith(`#/${s}`), slug);
        const field = page.locator(selector).first();
        await field.waitFor({ timeout: 60000 });
        const digits = key === 'typing_budget_year';
        const before = await field.inputValue();
        const r = await typingLatency(page, field, digits ? '1234567890' : undefined);
        // Put the amount back, so the later stages export the fixture's budget as it was.
        if (digits) await field.fill(before);
        return { field: `${label} (#/${slug})`, ...r };
      });
    }
    await stage('autosave', async () => {
      await page.waitForSelector('[data-save-status="Saved"]', { timeout: 30000 });
      await page.evaluate(() => { window.__bench.saves = []; window.__bench.setItems = []; });
      const title = page.getByLabel('Proposal title');
      await page.goto(`${env.origin}/#/context`);
      for (let i = 0; i < SAVES; i++) {
        await title.press('End');
        await title.press(String(i % 10));
        await page.waitForSelector('[data-save-status="Pending"]', { timeout: 10000 }).catch(() => {});
        await page.waitForSelector('[data-save-status="Saved"]', { timeout: 30000 });
      }
      const b = await page.evaluate(() => window.__bench);
      return {
        saves: b.saves.length,
        flush_ms: median(b.saves.map((s) => s.ms)),
        set_item_ms: median(b.setItems.map((s) => s.ms)),
        chars: b.setItems.length ? b.setItems[b.setItems.length - 1].chars : null,
      };
    });
    await stage('exports', async () => {
      await page.goto(`${env.origin}/#/review`);
      await page.getByRole('heading', { name: 'Review and export', level: 1 }).waitFor({ timeout: 60000 });
      const names = {
        docx: 'Word document (.docx)', html: 'Web page (.html)', markdown: 'Markdown (.md)',
        json: 'Draft file to share or back up (.json)', iati_xml: 'IATI activity XML (.xml)',
        brief_html: 'One-page advocacy brief (.html)', brief_docx: 'One-page advocacy brief (.docx)',
        xlsx: 'Spreadsheet: logframe, workplan, budget (.xlsx)',
      };
      const out = {};
      for (const [key, name] of Object.entries(names)) {
        // Headless Chromium drops a page's eleventh download (a bare page with one download
        // link does the same): a fresh page for each format keeps every click's file.
        await page.reload();
        await page.getByRole('heading', { name: 'Review and export', level: 1 }).waitFor({ timeout: 60000 });
        const inPage = []; const toDownload = [];
        let error = null;
        for (let i = 0; i < EXPORT_RUNS; i++) {
          for (let attempt = 1; attempt <= 2; attempt++) {
            try {
              await page.evaluate(() => { window.__bench.clicks = []; window.__bench.blobs = []; });
              const t0 = Date.now();
              const [download] = await Promise.all([
                page.waitForEvent('download', { timeout: 10000 }),
                page.getByRole('button', { name, exact: true }).click(),
              ]);
              toDownload.push(Date.now() - t0);
              await download.path();
              const b = await page.evaluate(() => window.__bench);
              if (b.clicks.length && b.blobs.length) inPage.push(b.blobs[0].t - b.clicks[b.clicks.length - 1].t);
              break;
            } catch (e) {
              await page.screenshot({ path: path.join(path.dirname(outFile), `export-${key}-failure.png`), fullPage: true }).catch(() => {});
              const status = await page.locator('main [role="status"]').allTextContents().catch(() => []);
              error = `${e.message.split('\n')[0]} (status: ${status.join(' / ')})`;
              log(`export ${key}, attempt ${attempt}: ${error}`);
            }
          }
        }
        out[key] = { in_page_ms: median(inPage), download_event_ms: median(toDownload), runs: toDownload.length, error: toDownload.length ? null : error };
      }
      return out;
    });
    // Co-editing on the stress fixture: the first send (its time includes fetching the
    // engine's module, so it is done twice), then the merge of a copy a colleague edited.
    await stage('coedit', async () => {
      const sendOnce = async (p) => {
        const t0 = Date.now();
        const [download] = await Promise.all([
          p.waitForEvent('download', { timeout: 120000 }),
          p.getByRole('button', { name: 'Send for co-editing' }).click(),
        ]);
        const ms = Date.now() - t0;
        const file = path.join(path.dirname(outFile), download.suggestedFilename());
        await download.saveAs(file);
        return { ms, file };
      };
      const named = async (p) => {
        await p.goto(`${env.origin}/#/coedit`);
        await p.getByRole('heading', { name: 'Writing together', level: 1 }).waitFor({ timeout: 120000 });
        await p.getByLabel('Your name').fill('Bench');
        await p.getByLabel('Your name').press('Tab');
      };
      await named(page);
      const first = await sendOnce(page);
      const again = await sendOnce(page);
      const other = await env.browser.newContext();
      const p2 = await other.newPage();
      await named(p2);
      await p2.locator('#coedit-file').setInputFiles(again.file);
      await p2.getByRole('button', { name: 'Open it as a new draft' }).click();
      await p2.locator('.coedit [role="status"]').getByText(/is now a new draft/).waitFor({ timeout: 120000 });
      await p2.goto(`${env.origin}/#/context`);
      await p2.locator('#f-context-title').fill('Edited by a colleague');
      await p2.locator('#f-context-title').press('Tab');
      await p2.waitForSelector('[data-save-status="Saved"]', { timeout: 60000 });
      await named(p2);
      const back = await sendOnce(p2);
      await other.close();
      const t0 = Date.now();
      await page.locator('#coedit-file').setInputFiles(back.file);
      await page.locator('.coedit [role="status"]').getByText(/is merged into this draft/).waitFor({ timeout: 120000 });
      const merge_ms = Date.now() - t0;
      return { first_send_ms: first.ms, send_ms: again.ms, merge_ms, file_bytes: fs.statSync(back.file).size };
    });
    await context.close();
  } finally {
    await env.close();
    await new Promise((r) => minimalServer.close(r));
  }
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2));
}

await main();
