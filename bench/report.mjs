// Turns what the stages of scripts/bench.sh left in OUT (default bench/out) into one Markdown
// table with the budgets (✓ met, ✗ missed, – not measured), prints it and saves OUT/table.md.
// Budgets are reported, never enforced: this always exits 0.
//   node bench/report.mjs [OUT]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const OUT = process.argv[2] || path.join(here, 'out');
const read = (f) => { try { return fs.readFileSync(path.join(OUT, f), 'utf8'); } catch { return null; } };
const json = (f) => { const t = read(f); try { return t ? JSON.parse(t) : null; } catch { return null; } };
const why = (stage) => (read(`${stage}.skipped`) || 'stage failed, see the log above').trim();

const rows = [];
const row = (measure, value, budget = '', ok = null) =>
  rows.push([measure, value, budget, ok === null ? (budget ? '–' : '') : ok ? '✓' : '✗']);
const ms = (x, d = 1) => (x == null ? 'n/a' : `${x.toFixed(d)} ms`);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

// 1. First-load transfer, per file, and what the wasm is made of.
const sizes = read('sizes.txt');
// The budget is set once, in scripts/sizes.sh, which prints it.
const budgetKb = ((sizes || '').match(/^budget (\d+) KB/m) || [])[1] ?? '?';
if (sizes) {
  for (const line of sizes.split('\n')) {
    const m = line.match(/^(\S+)\s+(\d+)\s+(\d+)$/);
    if (m) row(`first load: ${m[1].replace(/-[0-9a-f]{8,}/, '-…')}`, `${kb(+m[3])} gzip (${kb(+m[2])} raw)`);
    const t = line.match(/^TOTAL first-load transfer\s+(\d+)$/);
    if (t) row('**first load total (gzip -9)**', `**${kb(+t[1])}**`, `≤ ${budgetKb} KB`, +t[1] <= budgetKb * 1024);
  }
  const wasmGz = (sizes.match(/_bg\.wasm\s+\d+\s+(\d+)/) || [])[1];
  contributors(wasmGz ? +wasmGz : null);
} else {
  row('first load total (gzip -9)', `not measured: ${why('sizes')}`, `≤ ${budgetKb} KB`);
}
const minimalSizes = read('minimal-sizes.txt');
const minTotal = minimalSizes && minimalSizes.match(/^TOTAL first-load transfer\s+(\d+)$/m);
if (minTotal) row('minimal Leptos page, first load total (floor)', `${kb(+minTotal[1])} gzip`);

function gz(buffers) {
  const buf = Buffer.concat(buffers);
  return { raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length };
}
function listJson(dir) {
  const d = path.join(root, dir);
  return fs.existsSync(d) ? fs.readdirSync(d, { recursive: true }).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)).sort() : [];
}
// What build.rs embeds of a knowledge file: every bilingual text's French emptied, minified.
function englishOnly(v) {
  if (Array.isArray(v)) return v.map(englishOnly);
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 2 && 'en' in v && 'fr' in v && keys.every((k) => typeof v[k] === 'string')) return { ...v, fr: '' };
    return Object.fromEntries(keys.map((k) => [k, englishOnly(v[k])]));
  }
  return v;
}

function contributors(wasmGz) {
  // Embedded data, gzip'd on its own (inside the wasm it compresses about alike). French is a
  // language pack (dist/lang/fr.json) and the worked examples are files fetched on demand:
  // neither is in the wasm.
  // The first module holds only the part of the knowledge base the Context step reads
  // (FIRST_FILES in src/knowledge/load.rs, and the citations); the rest is the knowledge module.
  const embedded = (f) => Buffer.from(JSON.stringify(englishOnly(JSON.parse(fs.readFileSync(f, 'utf8')))));
  const firstPart = new Set(['miner_profiles.json', 'donors.json', 'communication.json', 'facts.json', 'citations.json']);
  const knowledge = listJson('data/knowledge');
  const data = [
    ['knowledge base, the first screen\'s part, English', knowledge.filter((f) => firstPart.has(path.basename(f))).map(embedded)],
    ['UI strings, English (locales/en)', listJson('locales/en').map((f) => fs.readFileSync(f))],
  ].filter(([, files]) => files.length).map(([name, files]) => [name, gz(files)]);
  for (const [name, s] of data) row(`wasm part: ${name}`, `${kb(s.gz)} gzip (${kb(s.raw)} raw)`);
  const later = gz(knowledge.filter((f) => !firstPart.has(path.basename(f))).map(embedded));
  row('not first load: the rest of the knowledge base, English (in its own module)', `${kb(later.gz)} gzip (${kb(later.raw)} raw)`);
  const dist = path.join(root, 'dist');
  const modules = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => /^(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(f)) : [];
  if (modules.length) {
    const total = modules.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
    const each = modules.filter((f) => f.startsWith('split_'))
      .map((f) => `${f.replace(/^split_|-[0-9a-f]+\.wasm$/g, '')} ${kb(zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length)}`);
    row(`not first load: screens' modules (${modules.length} files, fetched when a screen opens), gzip'd one by one`, `${kb(total)} in all; ${each.join(', ')}`);
  }
  const pack = path.join(root, 'dist', 'lang', 'fr.json');
  if (fs.existsSync(pack)) {
    const s = gz([fs.readFileSync(pack)]);
    row('not first load: French language pack (dist/lang/fr.json, fetched when chosen)', `${kb(s.gz)} gzip (${kb(s.raw)} raw)`);
  }
  // Code: twiggy's per-function sizes of the wasm before wasm-opt, summed per crate (and per
  // module of this crate), spread over the gzip size of the wasm that is not embedded data.
  const items = json('twiggy.json');
  if (!items || !wasmGz) {
    row('wasm code by crate', `not measured: ${why('twiggy')}`);
    return;
  }
  const dataGz = data.reduce((a, [, s]) => a + s.gz, 0);
  const codeGz = Math.max(0, wasmGz - dataGz);
  const sums = new Map();
  let codeRaw = 0;
  for (const it of items) {
    const name = it.name;
    if (/names" subsection|^data segment|^data\[|custom section|^"/.test(name) || /^(table|elem|export|import|type|global|memory)\b/.test(name)) continue;
    let key;
    const m = name.match(/\b([a-z_][a-z0-9_]*)::([a-z_][a-z0-9_]*)?/);
    if (!m) key = /^code\[/.test(name) ? '(unnamed code)' : /^__wbg|wasm_bindgen/.test(name) ? 'wasm_bindgen' : '(other)';
    else if (m[1] === 'asm_proposal') key = `asm_proposal::${m[2] || ''}`;
    else if (['core', 'alloc', 'std', 'str', 'slice', 'char', 'bool', 'usize', 'isize', 'u8', 'u16', 'u32', 'u64', 'i32', 'i64', 'f64', 'f32'].includes(m[1])) key = 'core/alloc/std';
    else if (m[1] === 'serde_json') key = 'serde_json (with its generic code for the app\'s types)';
    else key = m[1];
    sums.set(key, (sums.get(key) || 0) + it.shallow_size);
    codeRaw += it.shallow_size;
  }
  const top = [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
  for (const [key, raw] of top) {
    row(`wasm code: ${key}`, `≈ ${kb((codeGz * raw) / codeRaw)} gzip (${(100 * raw / codeRaw).toFixed(1)} % of code)`);
  }
}

// 2. Navigation -> interactive first step.
const browser = json('browser.json');
const berr = (stage) => (browser?.errors?.[stage] ? `failed: ${browser.errors[stage]}` : `not measured: ${why('browser')}`);
for (const key of ['load', 'load_4x']) {
  const l = browser?.[key];
  const label = key === 'load' ? '' : ', CPU slowed 4×';
  if (!l) { row(`interactive first step${label}`, berr(key), key === 'load' ? '≤ 1.5 × minimal' : ''); continue; }
  const ratio = l.app.interactive_ms / l.minimal.interactive_ms;
  row(`interactive first step, app${label} (median of ${l.app.runs.length})`,
    `${ms(l.app.interactive_ms, 0)} (ready marker ${ms(l.app.ready_ms, 0)})`);
  row(`interactive, minimal Leptos page${label}`, `${ms(l.minimal.interactive_ms, 0)} (ready marker ${ms(l.minimal.ready_ms, 0)})`);
  row(`**interactive ratio app / minimal${label}**`, `**${ratio.toFixed(2)} ×** (ready marker alone: ${(l.app.ready_ms / l.minimal.ready_ms).toFixed(2)} ×)`, '≤ 1.5 ×', ratio <= 1.5);
}

// 3. Typing.
for (const [key, label] of [['typing_long', 'longest text field'], ['typing_title', 'title field'],
  ['typing_risk', 'risk register'], ['typing_milestone', 'workplan milestones'], ['typing_budget_year', 'budget by year'],
  ['typing_minimal', 'minimal page input (floor)']]) {
  const t = browser?.[key];
  if (!t) { row(`typing, ${label}`, berr(key), key === 'typing_minimal' ? '' : 'p95 ≤ 16 ms'); continue; }
  const where = t.field ? ` — ${t.field}` : '';
  row(`typing, ${label}${where}: input → next frame, p50 / p95 (${t.keys} keys)`,
    `${ms(t.frame_p50)} / ${ms(t.frame_p95)}`, key === 'typing_minimal' ? '' : 'p95 ≤ 16 ms', key === 'typing_minimal' ? null : t.frame_p95 <= 16);
}

// 4. Autosave.
const core = json('core.json');
if (core) {
  row(`autosave, native Drafts::save on MemoryStore (median of ${core.save_runs})`,
    `${ms(core.save_ms, 2)} (${kb(core.proposal_json_bytes)} JSON)`, '≤ 10 ms', core.save_ms <= 10);
  row('autosave + history version, native (what the app flush does)', ms(core.save_history_ms, 2));
  if (core.review_ms != null) {
    row(`readiness review, native (runs 250 ms after typing stops; median of ${core.review_runs})`, ms(core.review_ms, 2));
  }
  const h = core.history;
  if (h) {
    row('a worked example\'s draft with 30 history versions, as localStorage counts it (UTF-16)',
      `${kb(h.draft_bytes)} (as 31 full copies: ${kb(h.full_copies_bytes)})`);
    row('20 such drafts with their history', kb(h.library20_bytes), '< 5 MB with room to spare', h.library20_bytes < 4 * 1024 * 1024);
    row('the stress fixture\'s draft with 30 history versions', kb(h.stress_draft_bytes));
  }
  const b = core.backup;
  if (b) {
    row(`back up / restore ${b.drafts} stress-fixture drafts with their history, native (file ${kb(b.file_bytes)})`,
      `${ms(b.backup_ms, 0)} / ${ms(b.restore_ms, 0)}`, '< 2 s each', b.backup_ms < 2000 && b.restore_ms < 2000);
  }
} else {
  row('autosave, native', `not measured: ${why('core')}`, '≤ 10 ms');
}
const a = browser?.autosave;
if (a) {
  row(`autosave in the browser: the debounced save task (median of ${a.saves})`, ms(a.flush_ms), '≤ 10 ms', a.flush_ms <= 10);
  row('… of which localStorage.setItem of the draft', `${ms(a.set_item_ms, 2)} (${kb(a.chars)} string)`);
} else {
  row('autosave in the browser', berr('autosave'), '≤ 10 ms');
}

// 5. Exports.
const names = { docx: 'Word', html: 'HTML', markdown: 'Markdown', json: 'JSON', iati_xml: 'IATI XML', brief_html: 'brief HTML', brief_docx: 'brief Word', xlsx: 'spreadsheet' };
const ex = browser?.exports;
for (const [key, label] of Object.entries(names)) {
  const n = core?.exports?.[key];
  row(`export ${label}, native (median of ${core?.export_runs ?? 20})`,
    n ? `${ms(n.ms, 2)} (${kb(n.bytes)})` : 'not measured', '≤ 300 ms', n ? n.ms <= 300 : null);
  const b = ex?.[key];
  row(`export ${label}, browser: click → file handed over / → download event (median of ${b?.runs ?? 3})`,
    b && b.runs ? `${ms(b.in_page_ms, 0)} / ${ms(b.download_event_ms, 0)}` : b?.error ? `failed: ${b.error}` : berr('exports'), '≤ 300 ms', b && b.in_page_ms != null ? b.in_page_ms <= 300 : null);
}

// The same exports in the donor formats (their logframe layouts and section orders).
for (const fmt of ['eu', 'uk']) {
  for (const [key, label] of [['docx', 'Word'], ['html', 'HTML'], ['xlsx', 'spreadsheet']]) {
    const n = core?.exports?.[`${key}_${fmt}`];
    row(`export ${label}, ${fmt.toUpperCase()} format, native (median of ${core?.export_runs ?? 20})`,
      n ? `${ms(n.ms, 2)} (${kb(n.bytes)})` : 'not measured', '≤ 300 ms', n ? n.ms <= 300 : null);
  }
}

// Co-editing: sending a copy and merging one back, on the stress fixture.
const co = browser?.coedit;
row('co-editing, native: first send / merge of a returned copy',
  core?.coedit ? `${ms(core.coedit.send_ms, 0)} / ${ms(core.coedit.merge_ms, 0)} (file ${kb(core.coedit.returned_bytes)})` : 'not measured');
row('co-editing, browser: send (first, with the module) / send / click → merged',
  co ? `${ms(co.first_send_ms, 0)} / ${ms(co.send_ms, 0)} / ${ms(co.merge_ms, 0)}` : berr('coedit'));

// 6. DOCX vs pandoc.
const pandoc = json('pandoc.json');
if (pandoc && core?.exports?.docx) {
  const d = core.exports.docx.ms;
  row(`pandoc stress.md -o out.docx, wall clock (median of ${pandoc.runs}; ${pandoc.version})`, ms(pandoc.ms, 0));
  row('**DOCX export / pandoc** (native; browser)',
    `**${(d / pandoc.ms).toFixed(3)} ×**${ex?.docx?.in_page_ms != null ? `; ${(ex.docx.in_page_ms / pandoc.ms).toFixed(3)} ×` : ''}`);
} else {
  row('DOCX export vs pandoc', `not measured: ${why('pandoc')}`);
}

// 7. Lighthouse.
const lh = json('lighthouse.json');
if (lh && lh.performance != null) {
  const np = (c) => (lh.not_passed?.[c]?.length ? ` (not passed: ${lh.not_passed[c].join(', ')})` : '');
  row(`Lighthouse 12.2.3 performance, mobile (median of ${lh.runs}: ${lh.performance_all.join(', ')})`,
    `${lh.performance}${np('performance')}`, '≥ 95', lh.performance >= 95);
  row('… FCP / LCP / TBT / Speed Index (simulated slow 4G, 4× CPU)',
    `${ms(lh.fcp_ms, 0)} / ${ms(lh.lcp_ms, 0)} / ${ms(lh.tbt_ms, 0)} / ${ms(lh.si_ms, 0)}`);
  row('Lighthouse accessibility', `${lh.accessibility}${np('accessibility')}`, '100', lh.accessibility === 100);
  row('Lighthouse best practices', `${lh.best_practices}${np('best_practices')}`, '≥ 95', lh.best_practices >= 95);
} else {
  row('Lighthouse', `not measured: ${lh?.runtime_error || why('lighthouse')}`, '≥ 95 / 100 / ≥ 95');
}

const esc = (s) => String(s).replace(/\|/g, '\\|');
const table = ['| measure | value | budget | |', '|---|---|---|---|',
  ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
const meta = read('meta.txt');
const text = `${meta ? meta.trim() + '\n\n' : ''}${table}\n`;
fs.writeFileSync(path.join(OUT, 'table.md'), text);
console.log(text);
