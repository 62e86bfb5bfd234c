//! Where a change or a conflict is, in words a person knows from the screens: the step, the
//! item ("Risk 2, “Floods”") and the field's label, with the address that opens the field.

use super::flat::field_path;
use crate::i18n::{t, Lang};
use crate::model::{Proposal, Step};
use crate::review::subject::subject;

/// One place in the proposal.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The wizard step (Context for anything outside the steps).
    pub step: Step,
    /// The item and field, in words ("Risk 2, “Floods”: What could happen").
    pub label: String,
    /// The hash address opening the field (`#/risks/risks.30.text`), the step's for an item
    /// that is gone.
    pub href: String,
}

/// The place of flat key `key`, named from `after` (or from `before`, for an item that is gone).
pub fn place(lang: Lang, before: &Proposal, after: &Proposal, key: &str) -> Place {
    let path = field_path(key);
    let step = path.wizard_step().unwrap_or(Step::Context);
    let item = subject(after, &path)
        .map(|s| (s, true))
        .or_else(|| subject(before, &path).map(|s| (s, false)));
    let parent = path
        .rsplit('.')
        .nth(1)
        .filter(|s| !s.bytes().all(|b| b.is_ascii_digit()));
    let field = path
        .last_field()
        .map(|f| field_label(lang, step, parent, f));
    let label = match (&item, field) {
        (Some((s, _)), Some(f)) => format!("{}: {f}", s.render(lang)),
        (Some((s, _)), None) => s.render(lang),
        (None, Some(f)) => f,
        (None, None) => t(lang, step.label_key()).to_string(),
    };
    let exists = item.as_ref().is_none_or(|(_, here)| *here);
    let href = if exists {
        format!("#/{}/{}", step.as_str(), path.as_str())
    } else {
        format!("#/{}", step.as_str())
    };
    Place { step, label, href }
}

/// A field's label on its screen (`risks.mitigation`, or with its group's name for a field of
/// a group, `context.problem_statement`), else its name in words.
fn field_label(lang: Lang, step: Step, parent: Option<&str>, field: &str) -> String {
    let own = format!("{}.{field}", step.as_str());
    let grouped = parent.map(|g| format!("{}.{g}_{field}", step.as_str()));
    let found = grouped
        .into_iter()
        .chain([own])
        .find(|k| crate::i18n::has_key(k));
    if let Some(key) = found {
        t(lang, &key).to_string()
    } else {
        let words = field.replace('_', " ");
        let mut chars = words.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }
}
