//! What an import said, in words for people: what is wrong, where (the step, the item and the
//! field a person knows from the screens) and what to do, in the interface language. The
//! model's [`ImportError`] carries the facts; nothing here shows a field's name in the file,
//! a Rust type or a problem id.

use super::refused::{field_key, message as refused_message, step_key};
use super::subject::{describe, subject};
use super::{messages, Finding, Severity};
use crate::i18n::{fill, format, t, Lang};
use crate::json::Expected;
use crate::model::validate::{Problem, ProblemKind};
use crate::model::{rules, ImportError, Proposal};

/// Why a file was not imported: a first line saying what and what to do, then (for a draft
/// with broken links) one line per problem.
pub fn refusal(lang: Lang, err: &ImportError) -> Vec<String> {
    match err {
        ImportError::TooLarge { size, max } => vec![fill(
            t(lang, "import.too_large"),
            &[
                ("size", &format::count(lang, size / 1024)),
                ("max", &format::count(lang, max / 1024)),
            ],
        )],
        ImportError::NotJson { line, column } => vec![fill(
            t(lang, "import.not_json"),
            &[
                ("line", &format::count(lang, *line)),
                ("column", &format::count(lang, *column)),
            ],
        )],
        ImportError::NotAProposal { path, expected, .. } => vec![shape(lang, path, expected)],
        ImportError::NewerSchema { found, supported } => vec![fill(
            t(lang, "import.newer"),
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        )],
        ImportError::Invalid { problems, proposal } => {
            let mut out = vec![t(lang, "import.invalid").to_string()];
            out.extend(problems.iter().map(|x| broken(lang, proposal, x)));
            out
        }
    }
}

/// After a successful import: one line per value the form would refuse, each at its step and
/// item ("Budget line 2, “Retorts”: Unit cost is below zero…"), led by a line saying they are
/// marked for correction. Empty when the draft has none.
pub fn marked(lang: Lang, p: &Proposal) -> Vec<String> {
    let refused = rules::refused(p);
    if refused.is_empty() {
        return Vec::new();
    }
    let mut out = vec![crate::i18n::plural::counted(
        lang,
        "import.marked",
        refused.len(),
        &[],
    )];
    out.extend(refused.iter().map(|x| refused_line(lang, p, x)));
    out
}

/// One refused value in words, with its step and item.
pub fn refused_line(lang: Lang, p: &Proposal, x: &Problem) -> String {
    let f = Finding {
        rule: super::refused::REFUSED_VALUE,
        severity: Severity::Blocker,
        path: x.path.clone(),
        message: refused_message(p, x),
    };
    let text = describe(lang, p, &f);
    fill(
        t(lang, "import.at_step"),
        &[("step", t(lang, step_key(&x.path))), ("text", &text)],
    )
}

/// A broken link or id in words, naming the step and item.
fn broken(lang: Lang, p: &Proposal, x: &Problem) -> String {
    let what = match x.kind {
        ProblemKind::DanglingLink => "import.broken_link",
        ProblemKind::DuplicateLink => "import.broken_duplicate_link",
        ProblemKind::DuplicateId | ProblemKind::MissingId => "import.broken_id",
        _ => "import.broken_counter",
    };
    let place = match subject(p, &x.path) {
        Some(s) => s.render(lang),
        None => t(lang, step_key(&x.path)).to_string(),
    };
    fill(
        t(lang, "import.at_step"),
        &[
            ("step", t(lang, step_key(&x.path))),
            ("text", &fill(t(lang, what), &[("where", &place)])),
        ],
    )
}

/// A file that is JSON but not shaped like a draft.
fn shape(lang: Lang, path: &str, expected: &Expected) -> String {
    // Nothing a draft must hold at the top: not a draft file at all.
    let top = path.is_empty() || path == "schema_version";
    if top {
        return t(lang, "import.not_a_draft").to_string();
    }
    let what = match expected {
        Expected::Field(_) => "import.expect_missing",
        Expected::Text => "import.expect_text",
        Expected::Count => "import.expect_count",
        Expected::WholeNumber => "import.expect_whole",
        Expected::YesNo => "import.expect_yes_no",
        Expected::List => "import.expect_list",
        Expected::Group => "import.expect_group",
        Expected::Choice => "import.expect_choice",
        Expected::Other => "import.expect_other",
    };
    fill(
        t(lang, "import.shape"),
        &[("where", &place(lang, path)), ("what", t(lang, what))],
    )
}

/// The catalogue key naming one item of a list in the file, by the list's field name.
fn item_key(list: &str) -> &'static str {
    match list {
        "priorities" => "subject.priority",
        "objectives" => "subject.objective",
        "outputs" => "subject.output",
        "activities" => "subject.activity",
        "indicators" => "subject.indicator",
        "assumptions" => "subject.assumption",
        "evidence" => "subject.evidence",
        "funding_cycle" => "subject.funding_event",
        "partners" => "subject.partner",
        "audiences" => "subject.audience",
        "specific_messages" => "subject.message",
        "stories" => "subject.story",
        "products" => "subject.product",
        "events" => "subject.event",
        "champions" => "subject.champion",
        "measures" => "subject.measure",
        "budget" => "subject.budget_line",
        _ => "import.item",
    }
}

/// A JSON path of the file (`budget[2].unit_cost`) as the step, item and field a person knows:
/// "Budget, Budget line 3, Unit cost".
fn place(lang: Lang, path: &str) -> String {
    // The model's path of the same field, for its step and label: the logframe is step
    // `objectives`, list positions become items.
    let mut model_path = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    for seg in path.split('.') {
        let (name, indexes) = match seg.find('[') {
            Some(i) => (&seg[..i], &seg[i..]),
            None => (seg, ""),
        };
        let name = if name == "logframe" {
            "objectives"
        } else {
            name
        };
        model_path.push(name.to_string());
        for ix in indexes.split('[').filter(|s| !s.is_empty()) {
            let n = ix
                .trim_end_matches(']')
                .parse::<usize>()
                .map_or(1, |n| n + 1);
            parts.push(messages::render(
                lang,
                &super::Message {
                    key: item_key(name),
                    args: vec![("n", n.to_string())],
                },
            ));
            model_path.push("0".into());
        }
    }
    let model_path = model_path.join(".");
    let step = t(lang, step_key(&model_path)).to_string();
    let last = path.rsplit('.').next().unwrap_or("");
    let field = field_key(&model_path);
    let mut out = vec![step.clone()];
    out.extend(parts);
    if !last.contains('[') && Some(last) != path.split('.').next() {
        // The field's label on its screen (`budget.category`), else its name in the file.
        let step_id = super::Step::of_path(&model_path)
            .unwrap_or(super::Step::Context)
            .as_str();
        let own = format!("{step_id}.{last}");
        if field != step_key(&model_path) {
            out.push(t(lang, field).to_string());
        } else if crate::i18n::has_key(&own) {
            out.push(t(lang, &own).to_string());
        } else if !last.is_empty() {
            out.push(fill(t(lang, "import.field_named"), &[("name", last)]));
        }
    }
    out.join(", ")
}
