// The foundation, end to end: the release build runs under its CSP without errors or requests
// leaving the origin, the context step keeps what was typed across a reload, the language
// choice is remembered and sets <html lang>, and axe finds nothing on the screens visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, guard, openApp, axeViolations, shot, appReady } from '../lib/harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function newPage() {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  return { context, page, problems };
}

test('the page declares a strict Content-Security-Policy and runs under it', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(csp.includes("'wasm-unsafe-eval'"), csp);
  assert.ok(!csp.includes("'unsafe-inline'"), 'no unsafe-inline');
  assert.ok(!/'unsafe-eval'/.test(csp), 'no unsafe-eval');
  for (const d of ["connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(csp.includes(d), `missing ${d}`);
  }
  assert.match(csp, /'sha256-[A-Za-z0-9+/=]+'/, 'the inline loader is allowed by its hash');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('what is typed on the context step comes back after a reload', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'context');
  await page.getByLabel('Proposal title').fill('Clean gold for Santa Filomena');
  await page.getByLabel('Applicant organisation').fill('SOTRAMI');
  await page.getByLabel('Country', { exact: true }).fill('Peru');
  await page.getByLabel('Country code (ISO, two letters)').fill('pe');
  await page.getByLabel('Mine sites and localities').fill('Santa Filomena\nChala');
  await page.getByLabel('Minerals mined').fill('gold');
  await page.waitForSelector('[data-save-status="Saved"]');
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Proposal title').inputValue(), 'Clean gold for Santa Filomena');
  assert.equal(await page.getByLabel('Applicant organisation').inputValue(), 'SOTRAMI');
  assert.equal(await page.getByLabel('Country', { exact: true }).inputValue(), 'Peru');
  assert.equal(await page.getByLabel('Country code (ISO, two letters)').inputValue(), 'PE');
  assert.equal(await page.getByLabel('Mine sites and localities').inputValue(), 'Santa Filomena\nChala');
  assert.equal(await page.getByLabel('Minerals mined').inputValue(), 'gold');
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'foundation-context');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language choice is remembered and sets <html lang>', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByLabel('Language').selectOption('fr');
  await page.getByLabel('Titre de la proposition').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.reload();
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.getByLabel('Titre de la proposition').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'foundation-context-fr');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every step has its own address and the navigation lists them all', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'budget');
  assert.equal(await page.locator('#step-heading').textContent(), 'Budget');
  const links = page.getByRole('navigation', { name: 'Proposal steps' }).getByRole('link');
  assert.equal(await links.count(), 11);
  await links.nth(1).click();
  await page.waitForFunction(() => location.hash === '#/priorities');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#step-heading')?.textContent === 'Budget');
  assert.equal(await links.nth(7).getAttribute('aria-current'), 'step');
  // "My drafts" is not a step: the list marks none as the current one there.
  await openApp(page, env.origin, 'drafts');
  assert.equal(await page.locator('nav.steps [aria-current]').count(), 0);
  assert.equal(await page.locator('nav.steps a.current').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a step opened from the list takes focus to its heading, unless the person already moved on', async () => {
  const { context, page, problems } = await newPage();
  await openApp(page, env.origin, 'context');
  const frames = () => page.evaluate(() => new Promise((r) =>
    requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))));
  // From the list with the keyboard: the new step's heading takes focus, so a screen reader
  // starts reading there.
  await page.getByRole('link', { name: /^2\s*Priorities/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading'
    && document.activeElement.textContent === 'Priorities');
  // Someone quick reaches the new step's first button in the task that draws it, before the
  // frame in which the heading would take focus (otherwise Enter can land on the heading): the
  // button keeps focus.
  await page.evaluate(() => {
    const grab = () => {
      const add = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Add an objective');
      if (add) { add.focus(); window.__grabbed = true; return true; }
      return false;
    };
    const watch = new MutationObserver(() => { if (grab()) watch.disconnect(); });
    watch.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('link', { name: /^3\s*Objectives/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__grabbed === true);
  await frames();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Add an objective');
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 360 px the step list, one sideways row, keeps the current step in sight', async () => {
  const { context, page, problems } = await newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  const inSight = () => page.evaluate(() => {
    const list = document.querySelector('nav.steps ol').getBoundingClientRect();
    const current = document.querySelector('nav.steps a[aria-current="step"]').getBoundingClientRect();
    return current.left >= list.left - 1 && current.right <= list.right + 1;
  });
  await openApp(page, env.origin, 'budget');
  await page.waitForFunction(() => document.querySelector('nav.steps ol').scrollLeft > 0);
  assert.ok(await inSight(), 'Budget is in sight when the page opens on it');
  // Back to the first step: the row follows.
  await page.evaluate(() => { location.hash = '#/context'; });
  await page.waitForFunction(() => document.querySelector('nav.steps ol').scrollLeft === 0);
  assert.ok(await inSight(), 'Context is in sight');
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 360 px no screen is wider than the phone', async () => {
  const { context, page } = await newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  for (const route of ['context', 'objectives', 'linkages', 'budget', 'review', 'drafts']) {
    await openApp(page, env.origin, route);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${route} is ${width} px wide at 360 px`);
  }
  // Filled in, every screen: tables and long names must scroll or wrap inside the page.
  await openApp(page, env.origin, 'drafts');
  const examples = await page.locator('#example-select option').allTextContents();
  assert.ok(examples.length >= 3, 'the worked examples are listed');
  for (const title of examples) {
    await openApp(page, env.origin, 'drafts');
    await page.getByLabel('Worked example').selectOption({ label: title });
    await page.getByRole('button', { name: 'Start from this example' }).click();
    await page.waitForFunction(() => location.hash === '#/context');
    for (const route of ['context', 'priorities', 'objectives', 'linkages', 'donor', 'partners',
      'communication', 'budget', 'sustainability', 'review']) {
      await openApp(page, env.origin, route);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${route} of "${title}" is ${width} px wide at 360 px`);
    }
  }
  await context.close();
});
