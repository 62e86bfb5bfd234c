// Wall-clock time of `pandoc in.md -o out.docx` on the Markdown export of the stress fixture,
// median of RUNS, as the yardstick for the app's own DOCX export.
//   node bench/pandoc.mjs IN.md OUT.json
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const [input, outFile] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_PANDOC_RUNS || 5);
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asm-pandoc-')), 'out.docx');
const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
const times = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = process.hrtime.bigint();
  execFileSync('pandoc', [input, '-o', out], { stdio: 'pipe' });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const ms = RUNS % 2 ? times[(RUNS - 1) / 2] : (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
console.log(`[pandoc] ${version}: median ${ms.toFixed(0)} ms over ${RUNS} runs (${fs.statSync(out).size} bytes)`);
fs.writeFileSync(outFile, JSON.stringify({ version, ms, runs: RUNS, bytes: fs.statSync(out).size }));
