//! The co-editing page (`#/coedit`): the person's name, "Send for co-editing", opening a copy
//! (a new shared draft, or a merge into the one it came from), who has contributed, and after a
//! merge the conflicts to choose and the summary of what changed. In the release build this
//! page and the merging engine are one wasm module, fetched the first time the page opens.

use crate::coedit::changes::{item_name, text};
use crate::coedit::place::place;
use crate::coedit::{self, Choice, CoeditError, Conflict, ConflictKind, FileError, Person};
use crate::i18n::{fill, Lang};
use crate::model::Proposal;
use crate::storage::{CoeditStore, Drafts, Library, MergeReport, Opened};
use crate::ui::changes::ChangeList;
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::focus_later;
use crate::ui::state::{now_iso, with_store, DraftState};
use crate::ui::status::{announce, StatusLines};
use leptos::prelude::*;

/// Unix seconds now, for the engine's change records.
fn unix_now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Why a copy was refused, in words, with what to do.
fn refusal(lang: Lang, file: &str, err: &CoeditError) -> Vec<String> {
    let t = |k: &str| crate::i18n::t(lang, k);
    let why = match err {
        CoeditError::File(FileError::TooLarge) => t("coedit.err_too_large").to_string(),
        CoeditError::File(FileError::PlainExport) => t("coedit.err_plain_export").to_string(),
        CoeditError::File(FileError::NotACopy) => t("coedit.err_not_a_copy").to_string(),
        CoeditError::File(FileError::Damaged) => t("coedit.err_damaged").to_string(),
        CoeditError::File(FileError::Newer) => t("coedit.err_newer").to_string(),
        CoeditError::OtherProposal { title } => {
            fill(t("coedit.err_other_proposal"), &[("title", title)])
        }
        CoeditError::Broken => t("coedit.err_broken").to_string(),
    };
    vec![fill(t("coedit.file_refused"), &[("file", file)]), why]
}

/// The co-editing page.
#[component]
pub fn CoeditView() -> impl IntoView {
    let draft = DraftState::expect();
    let lang = UiLang::expect().0;
    // Bumped after every change of what this page reads from storage.
    let version = RwSignal::new(0u32);
    let message = RwSignal::new(Vec::<String>::new());
    // A copy of a proposal not on this device, waiting for the person to open it as a draft.
    let pending: RwSignal<Option<Vec<u8>>> = RwSignal::new(None);
    let person = RwSignal::new(with_store(|s| CoeditStore::new(s).person()));
    let name = RwSignal::new(person.get_untracked().map(|p| p.name).unwrap_or_default());
    let shared = Memo::new(move |_| {
        version.track();
        let id = draft.id.get();
        with_store(|s| CoeditStore::new(s).doc(&id))
    });
    let contributors = Memo::new(move |_| {
        shared
            .get()
            .map(|(_, doc)| coedit::contributors(&doc))
            .unwrap_or_default()
    });

    let save_name = move |value: String| {
        let value = value.trim().to_string();
        name.set(value.clone());
        if value.is_empty() {
            return;
        }
        let me = match person.get_untracked() {
            Some(p) => Person { name: value, ..p },
            None => Person::new(&value),
        };
        if let Err(e) = with_store(|s| CoeditStore::new(s).set_person(&me)) {
            announce(
                message,
                vec![fill(t("drafts.failed"), &[("error", &e.to_string())])],
            );
        }
        person.set(Some(me));
    };
    // The person's name is asked once, before the first send or open.
    let me_or_ask = move || -> Option<Person> {
        let me = person.get_untracked().filter(|p| !p.name.trim().is_empty());
        if me.is_none() {
            announce(message, vec![t("coedit.name_first").to_string()]);
            focus_later("coedit-name");
        }
        me
    };

    let send = move |_| {
        let Some(me) = me_or_ask() else { return };
        draft.flush();
        let id = draft.id.get_untracked();
        let stored = with_store(|s| CoeditStore::new(s).doc(&id)).map(|(_, d)| d);
        let p = draft.proposal.get_untracked();
        let lines = match coedit::send(stored.as_deref(), &p, &me, &now_iso(), unix_now()) {
            Ok(sent) => {
                let kept =
                    with_store(|s| CoeditStore::new(s).set_doc(&id, &sent.shared_id, &sent.doc));
                let saved = crate::ui::download::share_or_download(
                    &sent.file_name,
                    "application/octet-stream",
                    &sent.file,
                );
                match (kept, saved) {
                    (Ok(()), Ok(())) => {
                        version.update(|v| *v += 1);
                        vec![fill(t("coedit.sent"), &[("file", &sent.file_name)])]
                    }
                    (Err(e), _) => vec![fill(t("drafts.failed"), &[("error", &e.to_string())])],
                    (_, Err(e)) => vec![fill(t("drafts.failed"), &[("error", &e)])],
                }
            }
            Err(e) => refusal(lang.get_untracked(), "", &e),
        };
        announce(message, lines);
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::download::picked_file(&ev) else {
            return;
        };
        let Some(me) = me_or_ask() else { return };
        let file_name = file.name();
        leptos::task::spawn_local(async move {
            let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let lang = lang.get_untracked();
            let Ok(buffer) = buffer else {
                announce(
                    message,
                    vec![
                        fill(
                            crate::i18n::t(lang, "coedit.file_refused"),
                            &[("file", &file_name)],
                        ),
                        crate::i18n::t(lang, "import.unreadable").to_string(),
                    ],
                );
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            pending.set(None);
            let lines = match open_copy(draft, &bytes, &me, lang, false) {
                Ok(Opening::Done(lines)) => {
                    version.update(|v| *v += 1);
                    focus_later("coedit-result");
                    lines
                }
                Ok(Opening::NotHere { title, from }) => {
                    pending.set(Some(bytes));
                    focus_later("coedit-open-new");
                    vec![fill(
                        crate::i18n::t(lang, "coedit.not_here"),
                        &[("title", &title), ("from", &from)],
                    )]
                }
                Err(e) => refusal(lang, &file_name, &e),
            };
            announce(message, lines);
        });
    };
    // The person confirmed: the copy of a proposal not on this device becomes a new draft.
    let open_new = move |_| {
        let Some(bytes) = pending.get_untracked() else {
            return;
        };
        let Some(me) = me_or_ask() else { return };
        pending.set(None);
        let lang = lang.get_untracked();
        let lines = match open_copy(draft, &bytes, &me, lang, true) {
            Ok(Opening::Done(lines)) => lines,
            Ok(Opening::NotHere { .. }) => Vec::new(),
            Err(e) => refusal(lang, "", &e),
        };
        version.update(|v| *v += 1);
        announce(message, lines);
        focus_later("coedit-heading");
    };

    view! {
        <section class="coedit" aria-labelledby="coedit-heading">
            <h1 id="coedit-heading" tabindex="-1">{tr("coedit.title")}</h1>
            <p class="hint">{tr("coedit.intro")}</p>
            <div class="card">
                <div class="field">
                    <label for="coedit-name">{tr("coedit.name")}</label>
                    <p class="hint" id="coedit-name-hint">{tr("coedit.name_hint")}</p>
                    <input id="coedit-name" type="text" autocomplete="name" aria-describedby="coedit-name-hint"
                        prop:value=move || name.get()
                        on:change=move |ev| save_name(event_target_value(&ev)) />
                </div>
            </div>
            <div class="card">
                <h2>{tr("coedit.send_heading")}</h2>
                <p class="hint" id="coedit-send-hint">{tr("coedit.send_hint")}</p>
                <div class="tools">
                    <button type="button" id="coedit-send" aria-describedby="coedit-send-hint" on:click=send>{tr("coedit.send")}</button>
                </div>
                <p class="hint">{move || {
                    let names = contributors.get();
                    if shared.get().is_none() {
                        t("coedit.not_shared").to_string()
                    } else if names.is_empty() {
                        t("coedit.shared").to_string()
                    } else {
                        fill(t("coedit.contributors"), &[("names", &names.join(", "))])
                    }
                }}</p>
            </div>
            <div class="card">
                <h2>{tr("coedit.open_heading")}</h2>
                <div class="field">
                    <label for="coedit-file">{tr("coedit.open")}</label>
                    <p class="hint" id="coedit-file-hint">{tr("coedit.open_hint")}</p>
                    <input id="coedit-file" type="file" accept=".asmshare" aria-describedby="coedit-file-hint" on:change=on_file />
                </div>
                <StatusLines message=message plain=true />
                {move || pending.with(Option::is_some).then(|| view! {
                    <div class="tools">
                        <button type="button" id="coedit-open-new" on:click=open_new>{tr("coedit.open_new")}</button>
                        <button type="button" class="secondary" on:click=move |_| { pending.set(None); message.set(Vec::new()); }>{tr("coedit.open_cancel")}</button>
                    </div>
                })}
            </div>
            <div id="coedit-result" tabindex="-1">
                {move || {
                    version.track();
                    let id = draft.id.get();
                    with_store(|s| CoeditStore::new(s).report(&id))
                        .map(|r| view! { <Report report=r version=version message=message /> })
                }}
            </div>
        </section>
    }
}

/// Opens a copy: merges it into the draft it came from, or makes it a new draft. Returns the
/// lines to announce.
/// What opening a copy did.
enum Opening {
    /// Merged, or opened as a new draft: the lines to announce.
    Done(Vec<String>),
    /// A copy of a proposal not on this device: nothing done until the person confirms.
    NotHere {
        /// The copy's title.
        title: String,
        /// Who sent it.
        from: String,
    },
}

fn open_copy(
    draft: DraftState,
    bytes: &[u8],
    me: &Person,
    lang: Lang,
    as_new: bool,
) -> Result<Opening, CoeditError> {
    let t = |key: &str| crate::i18n::t(lang, key);
    let copy = coedit::read_copy(bytes, me)?;
    draft.flush();
    let now = now_iso();
    let live = |id: &str| {
        with_store(|s| Library::new(s).list())
            .unwrap_or_default()
            .into_iter()
            .any(|d| d.id == id && d.trashed_at.is_none())
    };
    let target =
        with_store(|s| CoeditStore::new(s).draft_of(&copy.header.shared_id)).filter(|id| live(id));
    let from = copy.header.from.clone();
    let title = copy.header.title.clone();
    let failed = |e: crate::storage::StorageError| {
        vec![fill(t("drafts.failed"), &[("error", &e.to_string())])]
    };
    let Some(id) = target else {
        if !as_new {
            return Ok(Opening::NotHere { title, from });
        }
        let shared_id = copy.header.shared_id.clone();
        let (p, doc) = coedit::start_from_copy(copy, &now)?;
        let made = with_store(|s| {
            let id = Library::new(s).create(&p, &now)?;
            CoeditStore::new(s).set_doc(&id, &shared_id, &doc)?;
            Ok::<_, crate::storage::StorageError>(id)
        });
        return Ok(Opening::Done(match made {
            Ok(id) => {
                draft.switch_to(&id);
                vec![fill(
                    t("coedit.opened_new"),
                    &[("title", &title), ("from", &from)],
                )]
            }
            Err(e) => failed(e),
        }));
    };
    let local: Proposal = if id == draft.id.get_untracked() {
        draft.proposal.get_untracked()
    } else {
        match with_store(|s| Drafts::new(s).open(&id, &now)) {
            Ok(Opened::Ready { proposal, .. }) => *proposal,
            _ => return Err(CoeditError::Broken),
        }
    };
    let Some((shared_id, stored)) = with_store(|s| CoeditStore::new(s).doc(&id)) else {
        return Err(CoeditError::Broken);
    };
    let merged = coedit::merge(&stored, &local, copy, me, unix_now())?;
    let report = MergeReport {
        at: now.clone(),
        from: merged.from.clone(),
        conflicts: merged.conflicts.clone(),
        changes: coedit::changes::diff(&local, &merged.proposal),
        unlinked: merged.unlinked.clone(),
        before: local.clone(),
        doc_before: Some(crate::storage::coedit_encode(&stored)),
    };
    // The draft as it was goes into its history first, so the merge can be undone from there
    // too; then the report, the engine's document and the merged draft.
    let kept = with_store(|s| {
        let text = crate::model::to_json_compact(&local);
        Library::new(s).keep_version_text(&id, &text, &local.context.title, &now)?;
        CoeditStore::new(s).set_report(&id, Some(&report))?;
        CoeditStore::new(s).set_doc(&id, &shared_id, &merged.doc)
    });
    if let Err(e) = kept {
        return Ok(Opening::Done(failed(e)));
    }
    if id != draft.id.get_untracked() {
        draft.switch_to(&id);
    }
    draft.replace(merged.proposal);
    draft.flush_now();
    let who = if merged.from.is_empty() {
        from
    } else {
        merged.from.join(", ")
    };
    let mut lines = vec![fill(t("coedit.merged"), &[("from", &who)])];
    if !merged.conflicts.is_empty() {
        lines.push(crate::i18n::plural::counted(
            lang,
            "coedit.conflicts_count",
            merged.conflicts.len(),
            &[],
        ));
    }
    Ok(Opening::Done(lines))
}

/// The last merge: its conflicts to choose, what changed, and undo.
#[component]
fn Report(
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
