//! The problem in the drafter's words and the facts that back it, each with its source.

use crate::i18n::fill;
use crate::model::ids::{self, Id};
use crate::model::{Evidence, Proposal};
use crate::ui::lang::{t, tr};
use crate::ui::list::{
    add_then_focus, item_text, keyed_rows, name_and_bracketed_quote, place_among, shift, Deletion,
    ItemControls, Restore,
};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::{bind, TextArea, TextField};
use leptos::prelude::*;
use std::sync::Arc;

/// Problem statement and evidence list.
#[component]
pub fn ProblemSection() -> impl IntoView {
    let draft = DraftState::expect();
    let (statement, set_statement) = bind(
        |p| p.context.problem.statement.clone(),
        |p, v| p.context.problem.statement = v,
    );
    let ids = memo(move || {
        draft.proposal.with(|p| {
            p.context
                .problem
                .evidence
                .iter()
                .map(|e| e.id)
                .collect::<Vec<Id>>()
        })
    });
    let add = add_then_focus(
        |p| Some(p.add_evidence()),
        |id| format!("f-context-problem-evidence-{id}-text"),
    );
    view! {
        <h2 id="context-problem">{tr("context.problem_heading")}</h2>
        <TextArea
            id="f-context-problem-statement"
            label="context.problem_statement"
            hint="context.problem_statement_hint"
            value=statement
            on_input=set_statement
            rows=6
        />
        <section class="subsection" aria-labelledby="context-evidence">
            <h3 id="context-evidence">{tr("context.evidence_heading")}</h3>
            <p class="hint" id="f-context-problem-evidence" tabindex="-1">
                {tr("context.evidence_hint")}
            </p>
            {move || {
                ids.with(Vec::is_empty)
                    .then(|| view! { <p class="empty">{tr("context.evidence_empty")}</p> })
            }}
            <ol class="list">
                {keyed_rows(ids, move |id| view! { <EvidenceItem id=id ids=ids /> }.into_any())}
            </ol>
            <div>
                <button type="button" class="secondary" on:click=move |_| add.run(())>
                    {tr("context.evidence_add")}
                </button>
            </div>
        </section>
    }
}

/// One fact with its source, movable and deletable.
#[component]
fn EvidenceItem(
    /// The item's stable id.
    id: Id,
    /// Ids of every item in order, for its number and its place.
    ids: Memo<Vec<Id>>,
) -> impl IntoView {
    let place = place_among(ids, id);
    let name = Signal::derive(move || {
        fill(
            t("context.evidence_name"),
            &[("n", &(place.get().0 + 1).to_string())],
        )
    });
    let field = |get: fn(&Evidence) -> &String, set: fn(&mut Evidence, String)| {
        item_text(
            |p| &p.context.problem.evidence,
            |p| &mut p.context.problem.evidence,
            id,
            get,
            set,
        )
    };
    let (text, set_text) = field(|e| &e.text, |e, v| e.text = v);
    let (source, set_source) = field(|e| &e.source, |e, v| e.source = v);
    let row_id = format!("evidence-{id}");
    let heading_id = format!("evidence-{id}-heading");
    let controls = ItemControls::new(
        name,
        place,
        row_id.clone(),
        Arc::new(move |p: &mut Proposal, up: bool| {
            shift(&mut p.context.problem.evidence, id, up);
            true
        }),
        Deletion {
            what: Box::new(move || {
                name_and_bracketed_quote(&name.get_untracked(), &text.get_untracked())
            }),
            remove: Arc::new(move |p: &mut Proposal| {
                let r = ids::remove(&mut p.context.problem.evidence, id)?;
                Some(Box::new(move |p: &mut Proposal| {
                    ids::restore(&mut p.context.problem.evidence, r)
                }) as Restore)
            }),
            refocus: Some(format!("f-context-problem-evidence-{id}-text")),
        },
    );
    view! {
        <li class="card" id=row_id>
            {controls.card_head(4, Some(heading_id.clone()), name)}
            <div role="group" aria-labelledby=heading_id class="form">
                <TextArea
                    id=format!("f-context-problem-evidence-{id}-text")
                    label="context.evidence_text"
                    value=text
                    on_input=set_text
                    rows=2
                />
                <TextField
                    id=format!("f-context-problem-evidence-{id}-source")
                    label="context.evidence_source"
                    hint="context.evidence_source_hint"
                    value=source
                    on_input=set_source
                />
            </div>
        </li>
    }
}
