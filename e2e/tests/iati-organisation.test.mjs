// The applicant's IATI identifier and organisation type, beside the exports: a malformed
// identifier is explained as it is typed and never written; a well-formed one names the
// reporting organisation of the IATI file, which validates against the official schema.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, guard, openApp, axeViolations, shot, IATI_SCHEMA as SCHEMA } from '../lib/harness.mjs';


let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function iatiFile(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'IATI activity XML (.xml)', exact: true }).click(),
  ]);
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asm-iati-')), download.suggestedFilename());
  await download.saveAs(target);
  return target;
}

test('the IATI file names the organisation by the identifier typed beside the exports', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const problems = guard(page, env.origin);
  await openApp(page, env.origin, 'context');
  await page.getByLabel('Applicant organisation').fill('Cooperativa Minera Santa Filomena');
  await openApp(page, env.origin, 'review');
  const field = page.getByLabel("Your organisation's IATI identifier");
  await field.fill('gb chc 1234567');
  await page.getByText('An IATI identifier has no spaces or accented letters', { exact: false }).waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  // Not written: the file keeps the placeholder.
  let xml = fs.readFileSync(await iatiFile(page), 'utf8');
  assert.doesNotMatch(xml, /gb chc/);
  assert.match(xml, /<reporting-org ref="XX-ASM-[^"]+" type="24">/);

  await field.fill('GB-CHC-1234567');
  await page.getByText('The IATI file will name your organisation GB-CHC-1234567.').waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), null);
  await page.getByLabel('Kind of organisation').selectOption({ label: 'National NGO' });
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'iati-organisation-360');
  const file = await iatiFile(page);
  xml = fs.readFileSync(file, 'utf8');
  assert.match(xml, /<reporting-org ref="GB-CHC-1234567" type="22">/);
  assert.match(xml, /<iati-identifier>GB-CHC-1234567-/);
  execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' });

  // Kept with the draft.
  await page.reload();
  await page.waitForSelector('[data-app-ready="true"]');
  assert.equal(await page.getByLabel("Your organisation's IATI identifier").inputValue(), 'GB-CHC-1234567');
  assert.deepEqual(problems, []);
  await context.close();
});
