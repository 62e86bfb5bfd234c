//! A list of changes between two versions of a draft, by step, each linked to its field: the
//! summary after a merge and the comparison of two versions in a draft's history.

use crate::coedit::changes::{Change, ChangeKind};
use crate::coedit::place::place;
use crate::i18n::fill;
use crate::model::{Proposal, Step};
use crate::ui::lang::{t, UiLang};
use leptos::prelude::*;

/// The changes from `before` to `after`, grouped by step; `by` names who made them.
#[component]
pub fn ChangeList(
    /// The changes, in document order.
    changes: Vec<Change>,
    /// The version before.
    before: Proposal,
    /// The version after.
    after: Proposal,
    /// Who made them, when known.
    #[prop(optional)]
    by: Option<String>,
    /// Whether the steps' headings sit one level deeper (h4) than the list's own (h3).
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let lang = UiLang::expect().0;
    move || {
        let lang = lang.get();
        if changes.is_empty() {
            return view! { <p class="hint">{t("coedit.no_changes")}</p> }.into_any();
        }
        let mut groups: Vec<(Step, Vec<AnyView>)> = Vec::new();
        for c in &changes {
            let at = place(lang, &before, &after, &c.key);
            let what = match c.kind {
                ChangeKind::Added => fill(t("coedit.change_added"), &[("what", &c.after)]),
                ChangeKind::Removed => fill(t("coedit.change_removed"), &[("what", &c.before)]),
                ChangeKind::Changed if c.before.is_empty() => {
                    fill(t("coedit.change_filled"), &[("after", &short(&c.after))])
                }
                ChangeKind::Changed if c.after.is_empty() => {
                    fill(t("coedit.change_emptied"), &[("before", &short(&c.before))])
                }
                ChangeKind::Changed => {
                    let (before, after) = around_difference(&c.before, &c.after);
                    fill(
                        t("coedit.change_changed"),
                        &[("before", &before), ("after", &after)],
                    )
                }
            };
            let by = by
                .as_ref()
                .map(|who| format!(" ({})", fill(t("coedit.by"), &[("who", who)])));
            let row = view! {
                <li><a href=at.href>{at.label}</a>" — "{what}{by}</li>
            }
            .into_any();
            match groups.iter_mut().find(|(s, _)| *s == at.step) {
                Some((_, rows)) => rows.push(row),
                None => groups.push((at.step, vec![row])),
            }
        }
        groups.sort_by_key(|(s, _)| Step::ALL.iter().position(|x| x == s));
        groups
            .into_iter()
            .map(|(step, rows)| {
                let name = t(step.label_key());
                let heading = if nested {
                    view! { <h4>{name}</h4> }.into_any()
                } else {
                    view! { <h3>{name}</h3> }.into_any()
                };
                view! {
                    {heading}
                    <ul class="changes">{rows}</ul>
                }
            })
            .collect_view()
            .into_any()
    }
}

/// A value shortened for a list line (the field itself holds the whole of it).
fn short(text: &str) -> String {
    crate::review::subject::cut(text)
}

/// Two versions of a long text shortened around where they first differ, so an edit late in
/// a paragraph shows: "…cannot sell. Rivers carry…" rather than two identical openings.
fn around_difference(before: &str, after: &str) -> (String, String) {
    const LEAD: usize = 24;
    let same = before
        .chars()
        .zip(after.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let from = same.saturating_sub(LEAD);
    let tail = |text: &str| {
        let rest: String = text.chars().skip(from).collect();
        if from == 0 {
            short(&rest)
        } else {
            format!("…{}", short(&rest))
        }
    };
    (tail(before), tail(after))
}
