//! Maintainer check of the knowledge base (`data/knowledge`) against the conference report it
//! is drawn from. The report is not part of the repository, so this is not a test:
//!
//!     make check-sources REPORT=path/to/report.txt
//!     cargo run --example check_sources -- path/to/report.txt
//!
//! Runs every check in [`CHECKS`], prints what each one checked, and ends with a line
//! `N passed, M failed`; the exit status is non-zero when a check failed (2 when the report
//! cannot be read). A new check is a function from the report and the knowledge base to a
//! [`Outcome`], added to [`CHECKS`] (for instance: that the line ranges cited exist in the
//! report and contain the figures quoted from them).

use asm_proposal::knowledge::{self, KnowledgeBase};
use serde_json::Value;
use std::collections::HashSet;
use std::process::ExitCode;

/// The report, read once, with what several checks need.
struct Report {
    text: String,
    /// Lower-case alphanumeric words (see [`words`]).
    words: Vec<String>,
}

impl Report {
    fn new(text: String) -> Self {
        let words = words(&text);
        Report { text, words }
    }
}

/// What a check found: a one-line summary of what it checked, and the problems.
struct Outcome {
    checked: String,
    problems: Vec<String>,
}

struct Check {
    name: &'static str,
    run: fn(&Report, &KnowledgeBase) -> Outcome,
}

/// Every check, in the order they run.
const CHECKS: &[Check] = &[
    Check {
        name: "the report is the whole conference report",
        run: report_is_whole,
    },
    Check {
        name: "no twelve-word run of the report is copied into the knowledge base",
        run: no_copied_run,
    },
    Check {
        name: "cited report lines exist and hold the figures quoted",
        run: cited_lines_hold,
    },
];

fn cited_lines_hold(report: &Report, kb: &KnowledgeBase) -> Outcome {
    let cited = kb_as_json(kb).to_string().matches("\"lines\":[").count();
    Outcome {
        checked: format!("{cited} citations with report lines"),
        problems: asm_proposal::knowledge::check_cited_lines(&report.text),
    }
}

/// Fewer words than this and the file is not the whole report (it has about 23,000).
const MIN_REPORT_WORDS: usize = 20_000;

fn report_is_whole(report: &Report, _: &KnowledgeBase) -> Outcome {
    let n = report.words.len();
    let lines = report.text.lines().count();
    Outcome {
        checked: format!("{n} words on {lines} lines (at least {MIN_REPORT_WORDS} words expected)"),
        problems: if n < MIN_REPORT_WORDS {
            vec![format!("only {n} words: the report looks truncated")]
        } else {
            Vec::new()
        },
    }
}

/// Words in a row that count as copying: the texts are written in our own words, so a
/// shared run this long is a copy, never a coincidence.
const RUN: usize = 12;

/// Lower-case alphanumeric words, so punctuation, quotes and line breaks do not hide a copy.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The first run of [`RUN`] words of `text` that is also a run of the report's words.
fn copied_run(runs: &HashSet<&[String]>, text: &str) -> Option<String> {
    words(text)
        .windows(RUN)
        .find(|run| runs.contains(run))
        .map(|run| run.join(" "))
}

fn no_copied_run(report: &Report, kb: &KnowledgeBase) -> Outcome {
    let runs: HashSet<&[String]> = report.words.windows(RUN).collect();
    let texts = all_texts(kb);
    let mut problems = Vec::new();
    let mut strings = 0;
    for (path, lang, text) in &texts {
        // A citation names the report's section by its own title, on purpose.
        if path.ends_with(".section") {
            continue;
        }
        strings += 1;
        if let Some(run) = copied_run(&runs, text) {
            problems.push(format!("{path} ({lang}): \"{run}\""));
        }
    }
    Outcome {
        checked: format!(
            "{strings} texts (all four languages; section titles aside) against {} runs of {RUN} words",
            runs.len()
        ),
        problems,
    }
}

/// The knowledge base as JSON, to walk it whatever its types.
fn kb_as_json(kb: &KnowledgeBase) -> Value {
    serde_json::to_value(kb).expect("the knowledge base serialises")
}

/// Every translated text of the knowledge base (an object of an `en` string and other
/// languages' strings), with its path and language.
fn all_texts(kb: &KnowledgeBase) -> Vec<(String, String, String)> {
    fn walk(v: &Value, path: &str, out: &mut Vec<(String, String, String)>) {
        match v {
            Value::Object(map) => {
                let is_text = map.get("en").is_some_and(Value::is_string)
                    && map.iter().all(|(k, v)| {
                        ["en", "fr", "es", "pt"].contains(&k.as_str()) && v.is_string()
                    });
                for (k, child) in map {
                    match child {
                        Value::String(s) if is_text => {
                            out.push((path.to_string(), k.clone(), s.clone()))
                        }
                        _ => walk(child, &format!("{path}.{k}"), out),
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&kb_as_json(kb), "kb", &mut out);
    out
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: make check-sources REPORT=path/to/report.txt");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("check-sources: cannot read the report {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let kb = match knowledge::parse() {
        Ok(kb) => kb,
        Err(e) => {
            eprintln!("check-sources: the knowledge base does not parse: {e}");
            return ExitCode::from(2);
        }
    };
    let report = Report::new(text);
    println!("Checking the knowledge base against {path}");
    let (mut passed, mut failed) = (0, 0);
    for check in CHECKS {
        let out = (check.run)(&report, &kb);
        if out.problems.is_empty() {
            passed += 1;
            println!("ok: {}: {}", check.name, out.checked);
        } else {
            failed += 1;
            println!("FAILED: {}: {}", check.name, out.checked);
            for p in &out.problems {
                println!("  {p}");
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_detector_catches_a_copy() {
        let report = words("A B, c d e: f g h i j k l m n");
        let runs: HashSet<&[String]> = report.windows(RUN).collect();
        assert!(copied_run(&runs, "x b c D e f g h i j k l m").is_some());
        assert!(copied_run(&runs, "b c d e f g h i j k l x m").is_none());
    }

    #[test]
    fn every_text_of_the_knowledge_base_is_walked() {
        let kb = knowledge::parse().expect("parses");
        let texts = all_texts(&kb);
        assert!(texts.len() > 1600, "only {} texts", texts.len());
        for lang in ["fr", "es", "pt"] {
            assert!(texts.iter().any(|(_, l, _)| l == lang), "no {lang} text");
        }
    }

    #[test]
    fn a_copied_run_and_a_short_report_fail() {
        let kb = knowledge::parse().expect("parses");
        let (path, _, text) = all_texts(&kb)
            .into_iter()
            .find(|(p, _, t)| words(t).len() >= RUN && !p.ends_with(".section"))
            .expect("a long text");
        let filler = "word ".repeat(MIN_REPORT_WORDS);
        let clean = Report::new(filler.clone());
        assert!(report_is_whole(&clean, &kb).problems.is_empty());
        assert!(no_copied_run(&clean, &kb).problems.is_empty());
        let copied = Report::new(format!("{filler} {text} {filler}"));
        let found = no_copied_run(&copied, &kb).problems;
        assert!(found.iter().any(|p| p.starts_with(&path)), "{found:?}");
        assert!(!report_is_whole(&Report::new("too short".into()), &kb)
            .problems
            .is_empty());
    }
}
