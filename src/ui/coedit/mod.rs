//! The co-editing page (`#/coedit`): the person's name, "Send for co-editing", opening a copy
//! (a new shared draft, or a merge into the one it came from), who has contributed, and after a
//! merge the conflicts to choose and the summary of what changed. In the release build this
//! page and the merging engine are one wasm module, fetched the first time the page opens.

use crate::coedit::{self, CoeditError, FileError, Person};
use crate::i18n::{fill, Lang};
use crate::storage::CoeditStore;
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::focus_later;
use crate::ui::state::{now_iso, with_store, DraftState};
use crate::ui::status::{announce, StatusLines};
use leptos::prelude::*;
use open::{open_copy, Opening};
use report::Report;

mod open;
mod report;

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
