//! The Word exports as LibreOffice lays them out (A4): the worked examples' budgets keep every
//! amount whole on one line and every header word unbroken, in all four languages; the
//! concept note fits the pages the export page promises, and the one-page brief one page.
//!
//! Needs `soffice` (LibreOffice Writer) and poppler's `pdftotext`/`pdfinfo`, which
//! `scripts/setup.sh test` installs; without them this test fails, it does not skip. All files
//! are converted in one `soffice` call (it starts slowly; the machine is shared).

use asm_proposal::export::ir::{Block, Document};
use asm_proposal::export::{self, document, ExportOptions};
use asm_proposal::i18n::Lang;
use asm_proposal::model::{self, DonorTemplate, Proposal};
use std::path::{Path, PathBuf};
use std::process::Command;

fn tool(name: &str) -> String {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        found,
        "`{name}` is not installed: run `scripts/setup.sh test` (LibreOffice Writer and \
         poppler-utils from Debian), then run this test again"
    );
    name.to_string()
}

struct Rendered {
    /// `pdftotext -layout` output, no-break spaces made plain.
    text: String,
    pages: u32,
}

impl Rendered {
    /// How many times `s` is whole on one line. Spaces are ignored: pdftotext guesses them
    /// from gaps, and drops the narrow ones French sets in numbers ("4 %" comes out "4%").
    fn on_one_line(&self, s: &str) -> usize {
        let needle = compact(s);
        self.text
            .lines()
            .map(|l| compact(l).matches(needle.as_str()).count())
            .sum()
    }
}

fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Converts the given .docx files to PDF in one LibreOffice run and reads each back.
fn render_all(dir: &Path, files: &[PathBuf]) -> Vec<Rendered> {
    let soffice = tool("soffice");
    let (pdftotext, pdfinfo) = (tool("pdftotext"), tool("pdfinfo"));
    let profile = dir.join("lo-profile");
    let status = Command::new(soffice)
        .arg("--headless")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .args(files)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "soffice failed: {status:?}");
    files
        .iter()
        .map(|f| {
            let pdf = f.with_extension("pdf");
            assert!(pdf.exists(), "LibreOffice wrote no {}", pdf.display());
            let out = Command::new(&pdftotext)
                .arg("-layout")
                .arg(&pdf)
                .arg("-")
                .output()
                .expect("pdftotext runs");
            let info = Command::new(&pdfinfo).arg(&pdf).output().expect("pdfinfo");
            let info = String::from_utf8_lossy(&info.stdout).to_string();
            let pages = info
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))
                .and_then(|n| n.trim().parse().ok())
                .expect("pdfinfo prints the page count");
            Rendered {
                text: plain_spaces(&String::from_utf8_lossy(&out.stdout)),
                pages,
            }
        })
        .collect()
}

fn plain_spaces(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
}

/// Every cell of the budget section's numeric columns, and every header word.
fn budget_cells(doc: &Document) -> (Vec<String>, Vec<String>) {
    let mut numbers = Vec::new();
    let mut words = Vec::new();
    let section = doc.sections.iter().find(|s| s.id == "budget").unwrap();
    for b in &section.blocks {
        let Block::Table(t) = b else { continue };
        for (i, c) in t.columns.iter().enumerate() {
            words.extend(c.header.split_whitespace().map(plain_spaces));
            if !c.numeric {
                continue;
            }
            for r in &t.rows {
                if let Some(v) = r.cells.get(i).filter(|v| !v.is_empty()) {
                    numbers.push(plain_spaces(v));
                }
            }
        }
    }
    (numbers, words)
}

fn write(dir: &Path, name: &str, p: &Proposal, lang: Lang, template: DonorTemplate) -> PathBuf {
    let opts = ExportOptions { lang, template };
    let bytes = if name.ends_with("-brief") {
        export::brief_docx(p, &opts).unwrap()
    } else {
        export::docx(p, &opts).unwrap()
    };
    let path = dir.join(format!("{name}.docx"));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn libreoffice_keeps_amounts_whole_and_the_concept_note_short() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("render");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let examples: Vec<(String, Proposal)> = model::examples()
        .iter()
        .map(|e| (e.id.to_string(), model::load_example(e.id).unwrap()))
        .collect();
    assert!(examples.len() >= 3, "the worked examples are there");

    // Every example's full proposal in English and French, one in Spanish and Portuguese;
    // every concept note and brief in English and French.
    let mut budgets = Vec::new();
    let mut notes = Vec::new();
    let mut briefs = Vec::new();
    let mut files = Vec::new();
    for (i, (id, p)) in examples.iter().enumerate() {
        let mut langs = vec![Lang::En, Lang::Fr];
        if i == 0 {
            langs.extend([Lang::Es, Lang::Pt]);
        }
        for lang in langs {
            let name = format!("{id}-{}-full", lang.code());
            files.push(write(&dir, &name, p, lang, DonorTemplate::FullProposal));
            budgets.push((name, document::build(p, DonorTemplate::FullProposal, lang)));
        }
        for lang in [Lang::En, Lang::Fr] {
            let name = format!("{id}-{}-concept", lang.code());
            files.push(write(&dir, &name, p, lang, DonorTemplate::ConceptNote));
            notes.push(name);
            let name = format!("{id}-{}-brief", lang.code());
            files.push(write(&dir, &name, p, lang, DonorTemplate::ConceptNote));
            briefs.push(name);
        }
    }
    let rendered = render_all(&dir, &files);
    let by_name = |name: &str| {
        let i = files
            .iter()
            .position(|f| f.file_stem().unwrap() == name)
            .unwrap();
        &rendered[i]
    };

    for (name, doc) in &budgets {
        let r = by_name(name);
        let (numbers, words) = budget_cells(doc);
        assert!(numbers.len() > 10, "{name}: the budget has amounts");
        for n in &numbers {
            let want = numbers.iter().filter(|x| *x == n).count();
            let found = r.on_one_line(n);
            assert!(
                found >= want,
                "{name}: `{n}` is in the budget {want} time(s) but whole on one line only \
                 {found} time(s) in the PDF (a number wrapped?)"
            );
        }
        for w in &words {
            assert!(
                r.on_one_line(w) > 0,
                "{name}: the header word `{w}` is not whole in the PDF (broken mid-word?)"
            );
        }
    }
    for name in &notes {
        let pages = by_name(name).pages;
        assert!(
            pages <= export::template::CONCEPT_NOTE_PAGES,
            "{name}: the concept note prints on {pages} pages, it promises {}",
            export::template::CONCEPT_NOTE_PAGES
        );
    }
    for name in &briefs {
        let pages = by_name(name).pages;
        assert_eq!(
            pages, 1,
            "{name}: the one-page brief prints on {pages} pages"
        );
    }
}
