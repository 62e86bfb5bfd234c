//! Pieces of knowledge-base guidance the steps of this area share: a cited fact, a cited
//! lesson, a transition out of the poverty trap, each in the current language.

use crate::knowledge::{kb, Fact, Lesson, Transition};
use crate::model;
use crate::ui::lang::lang;
use crate::ui::widgets::Cite;
use leptos::prelude::*;

/// A figure and what it measures, with its source.
#[component]
pub fn FactItem(
    /// The fact to show.
    fact: &'static Fact,
) -> impl IntoView {
    view! {
        <li>
            <span class="figure">{move || fact.figure.get(lang()).to_string()}</span>
            " — "
            {move || fact.statement.get(lang()).to_string()}
            " "
            <span class="fact-when">{move || format!("({})", fact.when_where(lang()))}</span>
            <Cite citation=fact.citation.clone() />
        </li>
    }
}

/// A lesson from the report, titled, with its source.
#[component]
pub fn LessonItem(
    /// The lesson to show.
    lesson: &'static Lesson,
) -> impl IntoView {
    view! {
        <li>
            <strong>{move || lesson.title.get(lang()).to_string()}</strong>
            {crate::ui::lang::tr("app.term_separator")}
            {move || lesson.text.get(lang()).to_string()}
            <Cite citation=lesson.citation.clone() />
        </li>
    }
}

/// A transition: where it starts, where it leads, what it takes, with its source.
#[component]
pub fn TransitionItem(
    /// The transition to show.
    transition: &'static Transition,
) -> impl IntoView {
    view! {
        <li>
            <strong>{move || transition_name(transition)}</strong>
            {crate::ui::lang::tr("app.term_separator")}
            {move || transition.description.get(lang()).to_string()}
            <Cite citation=transition.citation.clone() />
        </li>
    }
}

/// "From → to" in the current language.
pub fn transition_name(t: &Transition) -> String {
    let l = lang();
    format!("{} → {}", t.from.get(l), t.to.get(l))
}

/// The knowledge base's entry for one of the model's transitions (same ids, tested natively).
pub fn kb_transition(t: model::Transition) -> Option<&'static Transition> {
    kb().transition(t.as_str())
}

/// A lesson among the message or success-story lessons, by id.
pub fn lesson(id: &str) -> Option<&'static Lesson> {
    let k = kb();
    k.message_lessons
        .iter()
        .chain(k.success_story_lessons.iter())
        .chain(k.donor_lessons.iter())
        .find(|l| l.id == id)
}
