//! Native benchmarks of the core on the stress fixture: autosave (`Drafts::save` on a
//! `MemoryStore`, median of 50), the readiness review (and its slowest rules, the text scan
//! and word count they rest on), and every export format (`export::render`, median of 20).
//!
//!     cargo run --release --example bench_core [OUT_DIR]
//!
//! Prints a table and writes to OUT_DIR (default `bench/out`): `core.json` (the numbers, read
//! by `bench/report.mjs`), `stress.json` (the fixture as a draft file, imported by the browser
//! bench), `stress.md` and `stress.docx` (the Markdown and Word exports, for the pandoc
//! comparison). Plain `std::time::Instant`; never fails on timings.

use asm_proposal::export::{self, ExportOptions, Format};
use asm_proposal::i18n::Lang;
use asm_proposal::model::{load_example, stress_fixture, to_json_compact, DonorFormat, Proposal};
use asm_proposal::review::scan::{word_count, Mask, Phrase, PhraseSet};
use asm_proposal::review::{self, ReviewContext, RULES};
use asm_proposal::storage::backup::{make_backup, restore};
use asm_proposal::storage::{Drafts, Library, MemoryStore, Saved};
use asm_proposal::storage::{KeyValueStore, HISTORY_LEN};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

const SAVE_RUNS: usize = 50;
const EXPORT_RUNS: usize = 20;
const REVIEW_RUNS: usize = 20;

/// Median of `runs` timings of `f`, in milliseconds (after one warm-up call).
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    let mid = times.len() / 2;
    if times.len().is_multiple_of(2) {
        (times[mid - 1] + times[mid]) / 2.0
    } else {
        times[mid]
    }
}

fn format_key(f: Format) -> &'static str {
    match f {
        Format::Docx => "docx",
        Format::Html => "html",
        Format::Markdown => "markdown",
        Format::Json => "json",
        Format::IatiXml => "iati_xml",
        Format::BriefHtml => "brief_html",
        Format::BriefDocx => "brief_docx",
        Format::Xlsx => "xlsx",
    }
}

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "bench/out".into()),
    );
    std::fs::create_dir_all(&out).expect("create the output folder");
    let p = stress_fixture();
    let opts = ExportOptions::for_proposal(&p, Lang::En);

    // Autosave: what the app's debounced flush does, on a store that already holds the draft
    // (so the read of the stored revision parses a full envelope, as in the browser).
    let store = MemoryStore::new();
    let drafts = Drafts::new(&store);
    let mut rev = 0;
    let mut save = || match drafts.save("bench", rev, &p, "2026-06-30T12:00:00Z") {
        Ok(Saved::Done { rev: r }) => rev = r,
        other => panic!("save failed: {other:?}"),
    };
    let save_ms = median_ms(SAVE_RUNS, &mut save);
    // The app's flush also records a history version (best effort).
    let library = Library::new(&store);
    let mut n = 0u32;
    let save_history_ms = median_ms(SAVE_RUNS, || {
        save();
        n += 1;
        // A time a minute apart each run, as typing over a session would give.
        let now = format!("2026-06-30T{:02}:{:02}:00Z", 12 + n / 60, n % 60);
        let _ = library.record_version("bench", &p, &now);
    });

    // The readiness review: the app runs it a quarter of a second after typing stops, and
    // on opening a draft. Per rule too, so a slow rule shows (the slowest are printed); a rule
    // run alone pays for the text scan that `review` shares among all of them.
    let ctx = ReviewContext::new("2026-06-30");
    let review_ms = median_ms(REVIEW_RUNS, || {
        std::hint::black_box(review::review(&p, &ctx));
    });
    let mut per_rule: Vec<(&str, f64)> = RULES
        .iter()
        .map(|rule| {
            let ms = median_ms(REVIEW_RUNS, || {
                std::hint::black_box((rule.check)(&p, &ctx));
            });
            (rule.id, ms)
        })
        .collect();
    per_rule.sort_by(|a, b| b.1.total_cmp(&a.1));
    // The text scan under the phrase rules and the word counts, on 750 KB of prose.
    let prose = "Mining families in the district sort ore by hand and burn amalgam at home; "
        .repeat(10_000);
    let phrases = PhraseSet::new(&[&[Phrase::word("tbd"), Phrase::word("always")]]);
    let scan_ms = median_ms(REVIEW_RUNS, || {
        std::hint::black_box(phrases.scan(std::hint::black_box(&prose), Mask::MAX));
    });
    let count_ms = median_ms(REVIEW_RUNS, || {
        std::hint::black_box(word_count(std::hint::black_box(&prose)));
    });

    // History and backup: drafts edited 30 times, three minutes apart (a sentence more and a
    // revised title each time), as a person's autosaves leave them.
    let fill = |store: &MemoryStore, id: &str, base: &Proposal| {
        let drafts = Drafts::new(store);
        let library = Library::new(store);
        let mut q = base.clone();
        for i in 0..HISTORY_LEN {
            q.context.title = format!("{} (rev {i})", base.context.title);
            q.context.problem.statement.push_str(&format!(
                " Revision {i} adds a sentence about the miners' wishes."
            ));
            let now = format!(
                "2026-06-{:02}T{:02}:{:02}:00Z",
                1 + i / 20,
                (i * 3) / 60,
                (i * 3) % 60
            );
            let rev = drafts.stored_rev(id).expect("reads");
            drafts.save(id, rev, &q, &now).expect("saves");
            library
                .record_version(id, &q, &now)
                .expect("keeps a version");
        }
    };
    // Bytes per draft with its history, as localStorage counts them (UTF-16), for an example
    // draft, against what 31 full copies (the draft and 30 versions, the earlier format) cost.
    let example = load_example("peru_women_fund").expect("example");
    let one = MemoryStore::new();
    fill(&one, "d1", &example);
    let per_draft_bytes = one.used_bytes().expect("measures");
    let full_copies_bytes =
        (HISTORY_LEN + 1) * to_json_compact(&example).encode_utf16().count() * 2;
    let library20 = MemoryStore::new();
    for i in 0..20 {
        let name = ["andean_mercury", "peru_women_fund", "tanzania_health"][i % 3];
        fill(
            &library20,
            &format!("d{i}"),
            &load_example(name).expect("example"),
        );
    }
    let library20_bytes = library20.used_bytes().expect("measures");
    // Backup and restore of 50 stress-fixture drafts with their history.
    let big = MemoryStore::new();
    for i in 0..50 {
        fill(&big, &format!("d{i}"), &p);
    }
    let stress_per_draft_bytes = big.used_bytes().expect("measures") / 50;
    let start = Instant::now();
    let file = make_backup(&big, "2026-07-01T00:00:00Z").expect("backs up");
    let backup_ms = start.elapsed().as_secs_f64() * 1000.0;
    let fresh = MemoryStore::new();
    let start = Instant::now();
    let summary = restore(&fresh, file.text.as_bytes()).expect("restores");
    let restore_ms = start.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(summary.added.len(), 50);
    let backup_bytes = file.text.len();

    let json_text = export::json(&p).expect("json export");
    let envelope_bytes = asm_proposal::model::to_json_compact(&p).len();

    let mut exports = Vec::new();
    for format in Format::ALL {
        let file = export::render(&p, format, &opts).expect("export");
        let ms = median_ms(EXPORT_RUNS, || {
            let f = export::render(&p, format, &opts).expect("export");
            std::hint::black_box(f);
        });
        match format {
            Format::Markdown => std::fs::write(out.join("stress.md"), &file.bytes),
            Format::Docx => std::fs::write(out.join("stress.docx"), &file.bytes),
            _ => Ok(()),
        }
        .expect("write an export");
        exports.push((format, ms, file.bytes.len()));
    }
    std::fs::write(out.join("stress.json"), &json_text).expect("write stress.json");

    // The donor formats change the logframe's layout and the sections of the Word, HTML and
    // spreadsheet exports: each is timed on the same fixture.
    let mut by_format = Vec::new();
    for donor_format in [DonorFormat::Eu, DonorFormat::Uk] {
        let mut q = p.clone();
        q.donor.format = donor_format;
        for format in [Format::Docx, Format::Html, Format::Xlsx] {
            let ms = median_ms(EXPORT_RUNS, || {
                let f = export::render(&q, format, &opts).expect("export");
                std::hint::black_box(f);
            });
            let bytes = export::render(&q, format, &opts)
                .expect("export")
                .bytes
                .len();
            let key = format!("{}_{}", format_key(format), donor_format.as_str());
            by_format.push((key, ms, bytes));
        }
    }

    let coedit = coedit_bench(&p);

    println!("native core benchmarks on the stress fixture (release build)");
    println!("{:<34} {:>10} {:>12}", "what", "median ms", "bytes");
    println!(
        "{:<34} {:>10.3} {:>12}",
        format!("autosave Drafts::save (n={SAVE_RUNS})"),
        save_ms,
        envelope_bytes
    );
    println!(
        "{:<34} {:>10.3} {:>12}",
        "autosave + history version", save_history_ms, ""
    );
    println!(
        "{:<34} {:>10.3} {:>12}",
        format!("readiness review (n={REVIEW_RUNS})"),
        review_ms,
        ""
    );
    for (id, ms) in per_rule.iter().take(3) {
        println!(
            "{:<34} {:>10.3} {:>12}",
            format!("  rule {id}, alone"),
            ms,
            ""
        );
    }
    println!(
        "{:<34} {:>10.3} {:>12}",
        "phrase scan of prose",
        scan_ms,
        prose.len()
    );
    println!(
        "{:<34} {:>10.3} {:>12}",
        "word count of prose",
        count_ms,
        prose.len()
    );
    println!(
        "{:<34} {:>10} {:>12}",
        "example draft + 30 versions", "", per_draft_bytes
    );
    println!(
        "{:<34} {:>10} {:>12}",
        "  as 31 full copies (before)", "", full_copies_bytes
    );
    println!(
        "{:<34} {:>10} {:>12}",
        "20 example drafts + history", "", library20_bytes
    );
    println!(
        "{:<34} {:>10} {:>12}",
        "stress draft + 30 versions", "", stress_per_draft_bytes
    );
    println!(
        "{:<34} {:>10.1} {:>12}",
        "backup of 50 stress drafts", backup_ms, backup_bytes
    );
    println!(
        "{:<34} {:>10.1} {:>12}",
        "restore of 50 stress drafts", restore_ms, ""
    );
    for (format, ms, bytes) in &exports {
        println!(
            "{:<34} {:>10.3} {:>12}",
            format!("export {} (n={EXPORT_RUNS})", format_key(*format)),
            ms,
            bytes
        );
    }

    for (key, ms, bytes) in &by_format {
        println!(
            "{:<34} {:>10.3} {:>12}",
            format!("export {key} (n={EXPORT_RUNS})"),
            ms,
            bytes
        );
    }

    println!(
        "{:<34} {:>10.1} {:>12}",
        "co-editing: first send", coedit.send_ms, coedit.file_bytes
    );
    println!(
        "{:<34} {:>10.1} {:>12}",
        "co-editing: merge a returned copy", coedit.merge_ms, coedit.returned_bytes
    );

    let mut json = String::new();
    let _ = write!(
        json,
        "{{\"save_ms\":{save_ms:.4},\"save_history_ms\":{save_history_ms:.4},\"proposal_json_bytes\":{envelope_bytes},\"save_runs\":{SAVE_RUNS},\"review_ms\":{review_ms:.4},\"review_runs\":{REVIEW_RUNS},\"export_runs\":{EXPORT_RUNS},\"exports\":{{"
    );
    for (i, (format, ms, bytes)) in exports.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        let _ = write!(
            json,
            "{sep}\"{}\":{{\"ms\":{ms:.4},\"bytes\":{bytes}}}",
            format_key(*format)
        );
    }
    for (key, ms, bytes) in &by_format {
        let _ = write!(json, ",\"{key}\":{{\"ms\":{ms:.4},\"bytes\":{bytes}}}");
    }
    json.push_str("},");
    let _ = writeln!(
        json,
        "\"history\":{{\"draft_bytes\":{per_draft_bytes},\"full_copies_bytes\":{full_copies_bytes},\"library20_bytes\":{library20_bytes},\"stress_draft_bytes\":{stress_per_draft_bytes}}},\"backup\":{{\"drafts\":50,\"backup_ms\":{backup_ms:.1},\"restore_ms\":{restore_ms:.1},\"file_bytes\":{backup_bytes}}},\"coedit\":{{\"send_ms\":{:.1},\"merge_ms\":{:.1},\"file_bytes\":{},\"returned_bytes\":{}}}}}",
        coedit.send_ms, coedit.merge_ms, coedit.file_bytes, coedit.returned_bytes
    );
    std::fs::write(out.join("core.json"), json).expect("write core.json");
}

/// Co-editing timings on the stress fixture.
struct CoeditBench {
    send_ms: f64,
    merge_ms: f64,
    file_bytes: usize,
    returned_bytes: usize,
}

/// The first send of the stress fixture (the engine document made from nothing), and the merge
/// of a returned copy when both sides edited twenty fields and added an item meanwhile.
fn coedit_bench(p: &Proposal) -> CoeditBench {
    use asm_proposal::coedit::{self, Person};
    const RUNS: usize = 5;
    let (amina, bruno) = (Person::new("Amina"), Person::new("Bruno"));
    let now = "2026-12-04T10:00:00Z";
    let send_ms = median_ms(RUNS, || {
        std::hint::black_box(coedit::send(None, p, &amina, now, 0).expect("sent"));
    });
    let sent = coedit::send(None, p, &amina, now, 0).expect("sent");
    let copy = coedit::read_copy(&sent.file, &bruno).expect("read");
    let (mut b, doc_b) = coedit::start_from_copy(copy, now).expect("opened");
    let mut a = p.clone();
    for (i, o) in a.logframe.objectives.iter_mut().take(20).enumerate() {
        o.text.push_str(&format!(" (Amina {i})"));
    }
    a.add_risk();
    for (i, r) in b.risks.iter_mut().take(20).enumerate() {
        r.mitigation.insert_str(0, &format!("Bruno {i}: "));
    }
    b.add_partner();
    let back = coedit::send(Some(&doc_b), &b, &bruno, now, 1).expect("sent back");
    let merge_ms = median_ms(RUNS, || {
        let copy = coedit::read_copy(&back.file, &amina).expect("read");
        std::hint::black_box(coedit::merge(&sent.doc, &a, copy, &amina, 2).expect("merged"));
    });
    CoeditBench {
        send_ms,
        merge_ms,
        file_bytes: sent.file.len(),
        returned_bytes: back.file.len(),
    }
}
