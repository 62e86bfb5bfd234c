// Spanish and Portuguese arrive like French: packs of the build (dist/lang/es.json, pt.json),
// fetched when chosen, kept by the service worker. A browser that prefers one of them opens
// in it; every screen of a worked example is drawn in it at 360 px with nothing for axe and no
// English interface text; an export comes out in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, guard, openApp, axeViolations, shot, DIST, buildWasm } from '../lib/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LOCALES = path.join(here, '..', '..', 'locales');

const ROUTES = ['context', 'priorities', 'objectives', 'linkages', 'donor', 'partners',
  'communication', 'budget', 'sustainability', 'review', 'drafts', 'coedit'];

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

/** One language's UI catalogue, merged from locales/<lang>/*.json. */
function catalogue(lang) {
  const dir = path.join(LOCALES, lang);
  return Object.assign({}, ...fs.readdirSync(dir).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
}

/** A matcher for the English texts that the other language says differently: each English
 *  text with enough words of its own (placeholders match anything), as a whole-string regex. */
function englishMatchers(lang) {
  const en = catalogue('en');
  const other = catalogue(lang);
  const theirs = new Set(Object.values(other));
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.entries(en)
    .filter(([key, text]) => text !== other[key] && !theirs.has(text))
    // Short fragments ("{n}", "MDG {n}") say nothing about the language on their own.
    .filter(([, text]) => text.replace(/\{[a-z_]+\}/g, '').replace(/[^A-Za-z]/g, '').length >= 6)
    .map(([key, text]) => ({
      key,
      // Count placeholders hold numbers; the others any text.
      re: new RegExp('^' + text.split(/(\{[a-z_]+\})/).map((part, i) => (i % 2 === 0 ? escape(part)
        : /^\{(n|count|total|done|max|limit|words|chars)\}$/.test(part) ? '[\\d.,\u202f\u00a0]+' : '[\\s\\S]*?')).join('') + '$'),
    }));
}

/** Every English knowledge-base text that `lang` says differently (guidance, goals, profiles,
 *  citations): on a screen in `lang`, one of them is a leak of the English base. */
function knowledgeEnglish(lang) {
  const out = new Map();
  const walk = (v, at) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object') {
      if (typeof v.en === 'string') {
        const en = v.en.replace(/\s+/g, ' ').trim();
        if (v[lang] !== v.en && en.replace(/[^A-Za-z]/g, '').length >= 6) out.set(en, at);
        return;
      }
      Object.entries(v).forEach(([k, x]) => walk(x, `${at}.${k}`));
    }
  };
  const dir = path.join(here, '..', '..', 'data', 'knowledge');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    walk(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')), f);
  }
  return out;
}

/** Visible texts of the page's interface, and its accessible names and hints. */
function visibleTexts(page) {
  return page.evaluate(() => {
    const out = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, template')) continue;
      // The document preview is the exported document: checked by the export below.
      if (el.closest('article.document')) continue;
      const text = n.textContent.replace(/\s+/g, ' ').trim();
      if (text) out.add(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && v.trim()) out.add(v.trim());
      }
    }
    return [...out];
  });
}

test('Spanish and Portuguese ship as precached packs, not inside the wasm', () => {
  const wasm = buildWasm();
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  for (const lang of ['es', 'pt']) {
    const pack = JSON.parse(fs.readFileSync(path.join(DIST, 'lang', `${lang}.json`), 'utf8'));
    assert.equal(pack.lang, lang);
    assert.deepEqual(Object.keys(pack.ui).sort(), Object.keys(catalogue('en')).sort());
    assert.ok(Object.keys(pack.knowledge).includes('mdgs.json'));
    assert.match(sw, new RegExp(`\\["lang/${lang}\\.json", "sha256-`));
    const title = pack.ui['context.title'];
    assert.ok(!wasm.includes(Buffer.from(title)), `${lang} UI text is not in the wasm`);
  }
});

test('a browser preferring es-PE opens in Spanish, and the choice is remembered', async () => {
  const context = await env.browser.newContext({ locale: 'es-PE', serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  const es = catalogue('es');
  await openApp(page, env.origin, 'context');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.getByLabel(es['context.title']).waitFor();
  assert.equal(await page.title(), es['app.title']);
  assert.deepEqual(
    await page.locator('#lang-select option').allTextContents(),
    ['English', 'Français', 'Español', 'Português'],
  );
  // Portuguese chosen: remembered over the browser's preference.
  await page.getByLabel(es['app.language']).selectOption('pt');
  const pt = catalogue('pt');
  await page.getByLabel(pt['context.title']).waitFor();
  await page.reload();
  await page.waitForSelector('[data-app-ready="true"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'pt');
  await page.getByLabel(pt['context.title']).waitFor();
  // Text fields are spell-checked in the document language.
  assert.equal(await page.getAttribute('#f-context-title', 'lang'), 'pt');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [lang, locale] of [['es', 'es-PE'], ['pt', 'pt-MZ']]) {
  test(`every screen in ${lang} at 360 px: no English interface text, nothing for axe; an export in ${lang}`, async () => {
    const context = await env.browser.newContext({
      locale, viewport: { width: 360, height: 800 }, acceptDownloads: true, serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const problems = guard(page, env.origin);
    const ui = catalogue(lang);
    const english = englishMatchers(lang);
    const knowledge = knowledgeEnglish(lang);
    await openApp(page, env.origin, 'drafts');
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    // The worked example written in the run's own language, found by its option's lang.
    const own = page.locator(`#example-select option[lang="${lang}"]`);
    assert.equal(await own.count(), 1, `one worked example in ${lang}`);
    await page.getByLabel(ui['drafts.example']).selectOption({ label: await own.textContent() });
    await page.getByRole('button', { name: ui['drafts.new_from_example'] }).click();
    await page.waitForFunction(() => location.hash === '#/context');

    const found = [];
    const leaks = [];
    for (const route of ROUTES) {
      await openApp(page, env.origin, route);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      if (route === 'review') await page.locator('article.document').waitFor();
      for (const v of await axeViolations(page)) found.push(`${route}: ${v}`);
      // The worked example's own text is what "the person typed".
      for (const text of await visibleTexts(page)) {
        if (knowledge.has(text)) {
          leaks.push(`${route}: "${text}" (knowledge ${knowledge.get(text)})`);
          continue;
        }
        const hit = english.find(({ re }) => re.test(text));
        if (hit) leaks.push(`${route}: "${text}" (${hit.key})`);
      }
      if (route === 'context' || route === 'review') await shot(page, `${lang}-${route}-360`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(leaks, []);

    // An export in the language, chosen apart from the interface as always.
    await openApp(page, env.origin, 'review');
    await page.getByLabel(ui['export.language']).selectOption(lang);
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: ui['export.html'], exact: true }).click();
    const html = fs.readFileSync(await (await downloaded).path(), 'utf8');
    assert.match(html, new RegExp(`<html lang="${lang}"`));
    assert.ok(html.includes(lang === 'es' ? 'Marco lógico' : 'Quadro lógico'), 'labels translated');
    assert.ok(!html.includes('Logical framework'), 'no English label');
    // Amounts as the language writes them: decimal comma, never "1,234.50".
    assert.doesNotMatch(html, /\d,\d{3}\.\d{2}/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
