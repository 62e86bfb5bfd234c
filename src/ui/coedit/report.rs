//! The last merge's report on the co-editing page: the conflicts to choose (both versions
//! side by side, who wrote each), what changed, and undo.

use crate::coedit::changes::{item_name, text};
use crate::coedit::place::place;
use crate::coedit::{self, Choice, Conflict, ConflictKind};
use crate::i18n::fill;
use crate::model::Proposal;
use crate::storage::{CoeditStore, MergeReport};
use crate::ui::changes::ChangeList;
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::focus_later;
use crate::ui::state::{with_store, DraftState};
use crate::ui::status::announce;
use leptos::prelude::*;

/// The last merge: its conflicts to choose, what changed, and undo.
#[component]
pub(super) fn Report(
    report: MergeReport,
    version: RwSignal<u32>,
    message: RwSignal<Vec<String>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let me = with_store(|s| CoeditStore::new(s).person())
        .map(|p| p.name)
        .unwrap_or_default();
    let them = report.from.join(", ");
    let when = crate::ui::state::saved_time(&report.at, false);
    let choices: Vec<RwSignal<Option<Choice>>> = report
        .conflicts
        .iter()
        .map(|_| RwSignal::new(None))
        .collect();
    let conflicts = report.conflicts.clone();
    let chosen = choices.clone();
    let apply = move |_| {
        let missing = chosen.iter().position(|c| c.get_untracked().is_none());
        if let Some(i) = missing {
            announce(message, vec![t("coedit.choose_all").to_string()]);
            focus_later(format!("conflict-{i}"));
            return;
        }
        let picked: Vec<(Conflict, Choice)> = conflicts
            .iter()
            .cloned()
            .zip(chosen.iter().filter_map(|c| c.get_untracked()))
            .collect();
        let current = draft.proposal.get_untracked();
        let Some(resolved) = coedit::resolve(&current, &picked) else {
            announce(message, vec![t("coedit.err_broken").to_string()]);
            return;
        };
        let id = draft.id.get_untracked();
        let mut kept = with_store(|s| CoeditStore::new(s).report(&id));
        if let Some(r) = kept.as_mut() {
            r.conflicts.clear();
            r.changes = coedit::changes::diff(&r.before, &resolved);
        }
        draft.replace(resolved);
        draft.flush_now();
        let _ = with_store(|s| CoeditStore::new(s).set_report(&id, kept.as_ref()));
        version.update(|v| *v += 1);
        announce(message, vec![t("coedit.applied").to_string()]);
        focus_later("coedit-changes");
    };
    let before = report.before.clone();
    let doc_before = report.doc_before.clone();
    let undo = move |_| {
        let id = draft.id.get_untracked();
        draft.replace(before.clone());
        draft.flush_now();
        let _ = with_store(|s| {
            if let Some(doc) = doc_before
                .as_deref()
                .and_then(crate::storage::coedit_decode)
            {
                let shared = CoeditStore::new(s)
                    .doc(&id)
                    .map(|(sid, _)| sid)
                    .unwrap_or_default();
                CoeditStore::new(s).set_doc(&id, &shared, &doc)?;
            }
            CoeditStore::new(s).set_report(&id, None)
        });
        version.update(|v| *v += 1);
        announce(message, vec![t("coedit.undone").to_string()]);
        focus_later("coedit-heading");
    };
    let put_away = move |_| {
        let id = draft.id.get_untracked();
        let _ = with_store(|s| CoeditStore::new(s).set_report(&id, None));
        version.update(|v| *v += 1);
        focus_later("coedit-heading");
    };
    let after = draft.proposal.get_untracked();
    let has_conflicts = !report.conflicts.is_empty();
    let rows = report
        .conflicts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            view! {
                <ConflictRow index=i conflict=c.clone() choice=choices[i] me=me.clone() them=them.clone()
                    before=report.before.clone() after=after.clone() />
            }
        })
        .collect_view();
    let unlinked = report.unlinked.len();
    view! {
        <div class="card">
            <h2 id="coedit-merge-heading">{tr("coedit.merge_heading")}</h2>
            <p class="hint">{fill(t("coedit.merge_from"), &[("from", &them), ("when", &when)])}</p>
            {has_conflicts.then(|| view! {
                <h3>{tr("coedit.conflicts_heading")}</h3>
                <p class="hint">{tr("coedit.conflicts_hint")}</p>
                <div class="conflicts">{rows}</div>
                <div class="tools">
                    <button type="button" id="coedit-apply" on:click=apply>{tr("coedit.apply")}</button>
                </div>
            })}
            {(unlinked > 0).then(|| view! {
                <p class="hint">{crate::i18n::plural::counted(UiLang::expect().0.get_untracked(), "coedit.unlinked", unlinked, &[])}</p>
            })}
            <h3 id="coedit-changes" tabindex="-1">{tr("coedit.changes_heading")}</h3>
            <ChangeList changes=report.changes.clone() before=report.before.clone() after=after.clone() by=them.clone() nested=true />
            <div class="tools">
                <button type="button" class="secondary" id="coedit-undo" on:click=undo>{tr("coedit.undo")}</button>
                <button type="button" class="secondary" on:click=put_away>{tr("coedit.put_away")}</button>
            </div>
        </div>
    }
}

/// One conflict: both versions side by side, who wrote each, and the choice.
#[component]
fn ConflictRow(
    index: usize,
    conflict: Conflict,
    choice: RwSignal<Option<Choice>>,
    me: String,
    them: String,
    before: Proposal,
    after: Proposal,
) -> impl IntoView {
    let lang = UiLang::expect().0.get_untracked();
    let at = place(lang, &before, &after, &conflict.key);
    let shown = |side: &crate::coedit::Flat| -> String {
        match conflict.kind {
            ConflictKind::Removed if side.is_empty() => t("coedit.side_deleted").to_string(),
            ConflictKind::Removed => fill(
                t("coedit.side_kept"),
                &[("name", &item_name(side, &conflict.key))],
            ),
            _ => side
                .get(&conflict.key)
                .map(text)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| t("coedit.side_empty").to_string()),
        }
    };
    let ours = shown(&conflict.ours);
    let theirs = shown(&conflict.theirs);
    let writable = conflict.kind == ConflictKind::Text;
    let written = RwSignal::new(ours.clone());
    let name = format!("conflict-{index}-choice");
    let id = format!("conflict-{index}");
    let side = move |which: Choice, label: String, value: String| {
        let input_id = format!(
            "{id}-{}",
            if which == Choice::Ours {
                "ours"
            } else {
                "theirs"
            }
        );
        let w = which.clone();
        view! {
            <div class="side">
                <input type="radio" id=input_id.clone() name=name.clone()
                    prop:checked=move || choice.get().as_ref() == Some(&w)
                    on:change=move |_| choice.set(Some(which.clone())) />
                <label for=input_id>{label}</label>
                <p class="value">{value}</p>
            </div>
        }
    };
    let mine = fill(t("coedit.side_ours"), &[("who", &me)]);
    let other = fill(t("coedit.side_theirs"), &[("who", &them)]);
    let write_id = format!("conflict-{index}-write");
    let text_id = format!("conflict-{index}-text");
    view! {
        <fieldset class="conflict" id=format!("conflict-{index}") tabindex="-1">
            <legend><a href=at.href>{at.label}</a></legend>
            <div class="sides">
                {side(Choice::Ours, mine, ours)}
                {side(Choice::Theirs, other, theirs)}
            </div>
            {writable.then(|| {
                let (w1, w2) = (write_id.clone(), write_id.clone());
                let (t1, t2) = (text_id.clone(), text_id.clone());
                view! {
                    <div class="side">
                        <input type="radio" id=w1 name=format!("conflict-{index}-choice")
                            prop:checked=move || matches!(choice.get(), Some(Choice::Written(_)))
                            on:change=move |_| choice.set(Some(Choice::Written(written.get_untracked()))) />
                        <label for=w2>{tr("coedit.side_write")}</label>
                        <label class="sr-only" for=t1>{tr("coedit.side_write_text")}</label>
                        <textarea id=t2 rows="3"
                            prop:value=move || written.get()
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                written.set(v.clone());
                                choice.set(Some(Choice::Written(v)));
                            }></textarea>
                    </div>
                }
            })}
        </fieldset>
    }
}
