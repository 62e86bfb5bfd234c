// Shared end-to-end plumbing: a fresh server and browser per test file, accessibility checks,
// and a guard that records console errors, CSP violations and any request leaving the origin.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST_DIR || path.join(here, '..', '..', 'dist');
export const SHOTS = path.join(here, '..', 'screenshots');
// The official IATI 2.03 schema that `scripts/setup.sh test` fetches into the per-user tools
// folder (from PyPI's pyiati package); IATI_SCHEMA overrides.
const TOOLS = process.env.ASMPB_TOOLS || path.join(os.homedir(), '.cache', 'asm-proposal-tools');
export const IATI_SCHEMA = process.env.IATI_SCHEMA
  || path.join(TOOLS, 'iati-2.03', 'schemas', 'iati-activities-schema.xsd');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let nextPort = 8100 + Math.floor(Math.random() * 400);

/** Starts a server on a fresh port and a browser; returns helpers and a close(). */
export async function launch() {
  const port = nextPort++;
  const server = await startServer(DIST, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin, server, browser,
    async close() { await browser.close(); await new Promise((r) => server.close(r)); },
  };
}

/** Watches a page for console errors, CSP violations and requests to another origin. */
export function guard(page, origin) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))) {
      problems.push(`request left the origin: ${url}`);
    }
  });
  return problems;
}

/** A new page in its own context without the service worker (which would fetch the whole
 *  build to keep it offline), watched by `guard`. */
export async function pageWithoutWorker(env) {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page, problems: guard(page, env.origin) };
}

/** Every wasm module of the build, as one buffer: the first module and those split from it. */
export function buildWasm() {
  return Buffer.concat(fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm'))
    .map((f) => fs.readFileSync(path.join(DIST, f))));
}

/** Stores `envelope` (a saved draft: `{ id: 'd1', rev, saved_at, proposal }`) as the draft the
 *  app opens, in English, before any page of `context` loads; a reload keeps what the app saved
 *  since. */
export async function seedDraft(context, envelope) {
  await context.addInitScript((seed) => {
    if (!localStorage.getItem('asmpb.draft.d1')) {
      localStorage.setItem('asmpb.draft.d1', JSON.stringify(seed));
      localStorage.setItem('asmpb.last', 'd1');
      localStorage.setItem('asmpb.lang', 'en');
    }
  }, envelope);
}

/** Opens the app at a hash route and waits until the wasm app has rendered. */
export async function openApp(page, origin, route = '') {
  await page.goto(`${origin}/${route ? '#/' + route : ''}`);
  await appReady(page);
}

/** Waits until the app has rendered and the screen's own module, if any, is drawn. */
export async function appReady(page) {
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 30000 });
  // Steps other than Context are modules of their own, drawn once fetched.
  await page.waitForSelector('[data-step-loading]', { state: 'detached', timeout: 30000 });
  // A long screen draws its later parts in tasks of their own (src/ui/deferred.rs).
  await page.waitForSelector('[data-drawing]', { state: 'detached', timeout: 30000 });
}

/** Runs axe with the WCAG 2.1 A and AA tags and returns the violations, summarised. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Saves a screenshot under e2e/screenshots so people can look at what the tests saw. */
export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * The focused element's id once it matches `pattern` (a RegExp or an exact id). The app moves
 * focus on the next animation frame (src/ui/list/mod.rs `focus_later`), so reading it at once
 * races with that frame on a busy machine.
 */
export async function focusedId(page, pattern, timeout = 5000) {
  const source = pattern instanceof RegExp ? pattern.source : `^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
  await page.waitForFunction((re) => new RegExp(re).test(document.activeElement?.id ?? ''), source, { timeout })
    .catch(async () => {
      const now = await page.evaluate(() => document.activeElement?.id ?? '(none)');
      throw new Error(`focus never reached ${source}; it is on ${now}`);
    });
  return page.evaluate(() => document.activeElement.id);
}
