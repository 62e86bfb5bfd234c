// Every screen of a filled-in proposal, with every disclosure open (guidance, the document
// preview), passes axe's WCAG 2.1 A and AA rules: on a phone and a desktop, in English and in
// French. The other files check their own screens as they test them; this one catches what
// only real content shows (wide tables that scroll, long names, the preview's tables).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, axeViolations } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const ROUTES = ['context', 'priorities', 'objectives', 'linkages', 'donor', 'partners',
  'communication', 'budget', 'sustainability', 'review', 'drafts', 'coedit'];

for (const [width, lang] of [[360, 'en'], [360, 'fr'], [1280, 'en']]) {
  test(`axe finds nothing on any screen of a worked example at ${width} px in ${lang}`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems = guard(page, env.origin);
    await openApp(page, env.origin, 'drafts');
    const titles = await page.locator('#example-select option').allTextContents();
    assert.ok(titles.length >= 1);
    await page.getByLabel('Worked example').selectOption({ label: titles[titles.length - 1] });
    await page.getByRole('button', { name: 'Start from this example' }).click();
    await page.waitForFunction(() => location.hash === '#/context');
    if (lang === 'fr') {
      await page.selectOption('#lang-select', 'fr');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
    }
    const found = [];
    for (const route of ROUTES) {
      await openApp(page, env.origin, route);
      // The preview draws its document when opened (a toggle event): wait for it.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      if (route === 'review') await page.locator('article.document').waitFor();
      for (const v of await axeViolations(page)) found.push(`${route}: ${v}`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
