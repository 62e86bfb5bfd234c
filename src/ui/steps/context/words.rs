//! How many words each section of the chosen donor template holds so far, against its limit,
//! counted the way the readiness review counts them.

use crate::i18n::fill;
use crate::model::{Proposal, Step};
use crate::review::scan::word_count;
use crate::review::{for_each_text, message, templates::word_limit};
use crate::ui::lang::t;
use crate::ui::lang::tn;
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use leptos::prelude::*;

/// Words the person wrote in each wizard step, in [`Step::WITH_FIELDS`] order.
pub fn words_per_step(p: &Proposal) -> Vec<usize> {
    let mut words = vec![0; Step::WITH_FIELDS.len()];
    for_each_text(p, &mut |path, _, text| {
        if let Some(i) = path.wizard_step().and_then(Step::field_index) {
            if let Some(w) = words.get_mut(i) {
                *w += word_count(text);
            }
        }
    });
    words
}

/// Words in one section of the proposal's template: the sum over its steps.
pub fn section_words(per_step: &[usize], steps: &[Step]) -> usize {
    steps
        .iter()
        .filter_map(|s| s.field_index())
        .filter_map(|i| per_step.get(i))
        .sum()
}

/// Words per step of the draft, recomputed a moment after typing pauses (counting walks every
/// text of the proposal, too much for each keystroke on a large one); share one per step view.
pub fn words_memo() -> Memo<Vec<usize>> {
    let draft = DraftState::expect();
    let settled = crate::ui::readiness::Settled::expect();
    memo(move || {
        settled.0.track();
        // Opening another draft is not typing: its counts show at once.
        draft.id.track();
        draft.proposal.with_untracked(words_per_step)
    })
}

/// One line under a step's heading: the words its section holds so far, against the template's
/// limit (or the person's own), so a drafter sees the room left while writing.
#[component]
pub fn SectionWords(
    /// The section's id in the donor templates (`priorities`, `sustainability`).
    section: &'static str,
    /// Words per step (see [`words_memo`]).
    per_step: Memo<Vec<usize>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let state = memo(move || {
        draft.proposal.with(|p| {
            let tpl = crate::review::templates::template_of(p);
            tpl.sections.iter().find(|s| s.id == section).map(|s| {
                (
                    per_step.with(|w| section_words(w, s.steps)),
                    word_limit(p, s),
                    s.heading_key,
                    tpl.name_key,
                )
            })
        })
    });
    move || {
        let lang = crate::ui::lang::lang();
        state.get().map(|(words, limit, heading, tpl)| {
            let over = limit.is_some_and(|l| words > l as usize);
            let args = [
                ("section", message(lang, heading)),
                ("template", message(lang, tpl)),
            ];
            let text = match limit {
                Some(l) => fill(
                    t("context.section_words_limit"),
                    &[
                        args[0],
                        args[1],
                        ("words", &words.to_string()),
                        ("limit", &l.to_string()),
                    ],
                ),
                None => tn("context.section_words", words, &[args[0], args[1]]),
            };
            view! { <p class="counter section-words" class:over=over>{text}</p> }
        })
    }
}
