// Lighthouse 12.2.3 (mobile profile, the default: simulated slow 4G and a 4x slower CPU) on the
// release build served locally with gzip, RUNS times; keeps the run with the median
// performance score. Writes the scores and the main metrics as JSON.
//   node bench/lighthouse.mjs DIST OUT.json
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startGzipServer } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [dist, outFile] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_LH_RUNS || 3);
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-dev-shm-usage';
const cli = path.join(here, 'node_modules', 'lighthouse', 'cli', 'index.js');

function lighthouse(url, out) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, url, '--quiet', '--output=json', `--output-path=${out}`,
      `--chrome-flags=${FLAGS}`, '--only-categories=performance,accessibility,best-practices'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, maxBuffer: 64 << 20 },
    (err, _stdout, stderr) => (err ? reject(new Error(`lighthouse failed: ${stderr.split('\n').slice(-5).join(' ')}`)) : resolve()));
  });
}

const port = 8600 + Math.floor(Math.random() * 300);
const server = await startGzipServer(dist, port);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asm-lh-'));
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const out = path.join(tmp, `run${i}.json`);
    const t0 = Date.now();
    await lighthouse(`http://127.0.0.1:${port}/`, out);
    const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
    const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
    const metric = (a) => lhr.audits[a]?.numericValue ?? null;
    const failing = (c) => (lhr.categories[c]?.auditRefs || [])
      .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1)
      .map((r) => r.id);
    const run = {
      performance: score('performance'), accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      fcp_ms: metric('first-contentful-paint'), lcp_ms: metric('largest-contentful-paint'),
      tbt_ms: metric('total-blocking-time'), si_ms: metric('speed-index'), cls: metric('cumulative-layout-shift'),
      not_passed: { performance: failing('performance'), accessibility: failing('accessibility'), best_practices: failing('best-practices') },
      runtime_error: lhr.runtimeError?.message || null,
    };
    console.log(`[lighthouse] run ${i + 1}/${RUNS} in ${((Date.now() - t0) / 1000).toFixed(0)} s:`,
      `performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.best_practices},`,
      `FCP ${Math.round(run.fcp_ms)} ms, LCP ${Math.round(run.lcp_ms)} ms, TBT ${Math.round(run.tbt_ms)} ms`);
    if (i === 0) fs.copyFileSync(out, path.join(path.dirname(outFile), 'lighthouse-report.json'));
    runs.push(run);
  }
} finally {
  await new Promise((r) => server.close(r));
  fs.rmSync(tmp, { recursive: true, force: true });
}
runs.sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
const mid = runs[Math.floor(runs.length / 2)];
fs.writeFileSync(outFile, JSON.stringify({ runs: runs.length, ...mid, performance_all: runs.map((r) => r.performance) }, null, 2));
