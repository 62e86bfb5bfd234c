//! The drafts list (`#/drafts`): new (blank, from an example, or imported from a file),
//! open, duplicate to adapt for another donor, trash and restore, the open draft's history,
//! and (in `ui::backup`) backing up and restoring everything, and storage use.

use crate::i18n::{fill, Lang};
use crate::model::Step;
use crate::model::{
    example as find_example, examples, import_json, ImportError, Proposal, MAX_IMPORT_BYTES,
};
use crate::review::import_report;
use crate::storage::{DraftSummary, Library, VersionInfo};
use crate::ui::fetch::{fetch_bytes, FetchError};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::route::href;
use crate::ui::state::{now_iso, with_store, DraftState};
use crate::ui::status::{announce, StatusLines};
use leptos::prelude::*;

/// Why the file `name` was not imported, in words ([`import_report::refusal`]), led by its
/// name. Takes the language rather than reading the context, because it runs in the
/// file-reading task, outside any reactive owner.
fn refused_file(name: &str, err: &ImportError, lang: Lang) -> Vec<String> {
    let mut lines = vec![fill(
        crate::i18n::t(lang, "import.file_refused"),
        &[("file", name)],
    )];
    lines.extend(import_report::refusal(lang, err));
    lines
}

/// The drafts screen.
#[component]
pub fn DraftsView() -> impl IntoView {
    let draft = DraftState::expect();
    let lang = UiLang::expect().0;
    // Bumped after every change so the lists re-read storage.
    let version = RwSignal::new(0u32);
    let message = RwSignal::new(Vec::<String>::new());
    let list = Memo::new(move |_| {
        version.track();
        draft.rev.track();
        with_store(|s| Library::new(s).list()).unwrap_or_default()
    });
    let history = Memo::new(move |_| {
        version.track();
        draft.rev.track();
        let id = draft.id.get();
        with_store(|s| Library::new(s).versions(&id))
    });

    let open_new = move |p: Proposal| {
        let now = now_iso();
        match with_store(|s| Library::new(s).create(&p, &now)) {
            Ok(id) => {
                draft.switch_to(&id);
                let _ = window().location().set_hash(&href(Step::Context));
            }
            Err(e) => message.set(vec![fill(
                crate::i18n::t(lang.get_untracked(), "drafts.failed"),
                &[("error", &e.to_string())],
            )]),
        }
    };
    let example = RwSignal::new(
        examples()
            .first()
            .map(|e| e.id.to_string())
            .unwrap_or_default(),
    );
    // The examples are files of the build, fetched on demand (the service worker keeps them for
    // offline use), then imported like any draft file: a new draft, nothing saved is touched.
    let loading_example = RwSignal::new(false);
    let start_from_example = move |_| {
        if loading_example.get_untracked() {
            return;
        }
        let Some(info) = find_example(&example.get_untracked()) else {
            return;
        };
        loading_example.set(true);
        message.set(Vec::new());
        leptos::task::spawn_local(async move {
            let loaded = fetch_bytes(&info.url()).await;
            // The person left the drafts screen meanwhile: they moved on, so open nothing.
            if loading_example.try_get_untracked().is_none() {
                return;
            }
            loading_example.set(false);
            let lang = lang.get_untracked();
            let t = |key: &str| crate::i18n::t(lang, key);
            let problem = match loaded {
                Ok(bytes) => match import_json(&bytes) {
                    Ok(p) => {
                        open_new(p);
                        return;
                    }
                    Err(_) => t("drafts.example_damaged"),
                },
                Err(FetchError::Network) => t("drafts.example_offline"),
                Err(FetchError::Status(_) | FetchError::Body) => t("drafts.example_missing"),
            };
            message.set(vec![problem.to_string()]);
            // The button was disabled while loading, which drops its focus: give it back.
            crate::ui::list::focus_later("example-start");
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::download::picked_file(&ev) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_IMPORT_BYTES as f64 {
            let err = ImportError::TooLarge {
                size: file.size() as usize,
                max: MAX_IMPORT_BYTES,
            };
            announce(message, refused_file(&name, &err, lang.get_untracked()));
            return;
        }
        leptos::task::spawn_local(async move {
            let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let bytes = match buffer {
                Ok(b) => js_sys::Uint8Array::new(&b).to_vec(),
                Err(_) => {
                    let lang = lang.get_untracked();
                    let lines = vec![
                        fill(
                            crate::i18n::t(lang, "import.file_refused"),
                            &[("file", &name)],
                        ),
                        crate::i18n::t(lang, "import.unreadable").to_string(),
                    ];
                    announce(message, lines);
                    return;
                }
            };
            // An import always makes a new draft: nothing already saved is touched.
            let lang = lang.get_untracked();
            match import_json(&bytes) {
                Ok(p) => {
                    // Values the form would refuse open marked at their fields; the notice
                    // says so on the step the draft opens at.
                    let marked = import_report::marked(lang, &p);
                    let refused = !marked.is_empty();
                    let lines = if refused {
                        marked
                    } else {
                        vec![crate::i18n::t(lang, "import.done").to_string()]
                    };
                    message.set(lines);
                    open_new(p);
                    if refused {
                        draft.notice.set(Some("notice.import_marked"));
                    }
                }
                Err(err) => announce(message, refused_file(&name, &err, lang)),
            }
        });
    };

    view! {
        <section class="drafts" aria-labelledby="drafts-heading">
            <h1 id="drafts-heading" tabindex="-1">{tr("drafts.title")}</h1>
            <div class="card">
                <h2>{tr("drafts.new")}</h2>
                <div class="tools">
                    <button type="button" on:click=move |_| open_new(Proposal::new(&now_iso()))>{tr("drafts.new_blank")}</button>
                </div>
                <div class="row">
                    <div class="field">
                        <label for="example-select">{tr("drafts.example")}</label>
                        <select id="example-select" on:change=move |ev| example.set(event_target_value(&ev))>
                            {examples().into_iter().map(|e| view! { <option value=e.id lang=e.lang.code()>{e.title}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <span class="label" aria-hidden="true">" "</span>
                        <button type="button" id="example-start" class="secondary"
                            disabled=move || loading_example.get()
                            aria-busy=move || if loading_example.get() { "true" } else { "false" }
                            on:click=start_from_example>
                            {move || if loading_example.get() { t("drafts.example_loading") } else { t("drafts.new_from_example") }}
                        </button>
                    </div>
                </div>
                <div class="field">
                    <label for="import-file">{tr("drafts.import")}</label>
                    <p class="hint" id="import-hint">{tr("drafts.import_hint")}</p>
                    <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint" on:change=on_file />
                </div>
                <StatusLines message=message />
            </div>
            <div class="card">
                <h2>{tr("coedit.link")}</h2>
                <p class="hint">{tr("coedit.link_hint")}</p>
                <div class="tools"><a class="button secondary" href="#/coedit">{tr("coedit.title")}</a></div>
            </div>
            <h2>{tr("drafts.yours")}</h2>
            <ul class="list">
                {move || list.get().into_iter().filter(|d| d.trashed_at.is_none()).map(|d| view! { <DraftRow d=d version=version message=message /> }).collect_view()}
            </ul>
            <crate::ui::backup::BackupCard version=version />
            <crate::ui::backup::StorageGauge version=version />
            <h2>{tr("drafts.history")}</h2>
            <p class="hint">{tr("drafts.history_hint")}</p>
            <ul class="list">
                {move || history.get().into_iter().map(|v| view! { <VersionRow v=v version=version /> }).collect_view()}
            </ul>
            <CompareVersions history=history />
            <SetAside version=version />
            <h2>{tr("drafts.trash")}</h2>
            <ul class="list">
                {move || {
                    let trashed: Vec<DraftSummary> = list.get().into_iter().filter(|d| d.trashed_at.is_some()).collect();
                    if trashed.is_empty() {
                        view! { <li>{tr("drafts.trash_empty")}</li> }.into_any()
                    } else {
                        trashed.into_iter().map(|d| view! { <DraftRow d=d version=version message=message /> }).collect_view().into_any()
                    }
                }}
            </ul>
        </section>
    }
}

/// One draft in the list, with its actions.
#[component]
fn DraftRow(
    /// The draft's summary.
    d: DraftSummary,
    /// Bumped to re-read the list.
    version: RwSignal<u32>,
    /// Where errors go.
    message: RwSignal<Vec<String>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let id = d.id.clone();
    let title = if d.title.trim().is_empty() {
        t("drafts.untitled").to_string()
    } else {
        d.title.clone()
    };
    let is_current = move || draft.id.get() == id;
    let trashed = d.trashed_at.is_some();
    let (id_open, id_dup, id_trash, id_purge) =
        (d.id.clone(), d.id.clone(), d.id.clone(), d.id.clone());
    let name = title.clone();
    // The readiness of each listed draft, from the same review the Review step runs.
    let readiness = (!d.unreadable && !trashed)
        .then(|| {
            let now = now_iso();
            match with_store(|s| crate::storage::Drafts::new(s).open(&d.id, &now)) {
                Ok(crate::storage::Opened::Ready { proposal, .. }) => {
                    let ctx = crate::review::ReviewContext::new(now.get(..10).unwrap_or(&now));
                    Some(crate::review::review(&proposal, &ctx).readiness)
                }
                _ => None,
            }
        })
        .flatten();
    let report = move |r: Result<(), crate::storage::StorageError>| {
        if let Err(e) = r {
            message.set(vec![fill(t("drafts.failed"), &[("error", &e.to_string())])]);
        }
        // Space may have been freed: a save that failed for lack of it goes through now.
        draft.flush();
        version.update(|v| *v += 1);
    };
    view! {
        <li class="card">
            <div class="card-head">
                <h3>{title.clone()}</h3>
                {move || is_current().then(|| view! { <span class="badge">{tr("drafts.current")}</span> })}
            </div>
            <p class="hint">
                {(!d.donor.is_empty()).then(|| format!("{} · ", d.donor))}
                {fill(t("drafts.saved_at"), &[("when", &crate::ui::state::saved_time(&d.saved_at, false))])}
                {readiness.map(|r| format!(" · {}", fill(t("drafts.readiness"), &[("score", &r.to_string())])))}
            </p>
            <div class="tools">
                {(!trashed).then(|| view! {
                    <button type="button" class="small" aria-label=fill(t("drafts.open_named"), &[("what", &name)])
                        on:click=move |_| {
                            draft.switch_to(&id_open);
                            let _ = window().location().set_hash(&href(Step::Context));
                        }>{tr("drafts.open")}</button>
                    <button type="button" class="secondary small" aria-label=fill(t("drafts.duplicate_named"), &[("what", &name)])
                        on:click=move |_| {
                            draft.flush();
                            report(with_store(|s| Library::new(s).duplicate(&id_dup, t("drafts.copy_suffix"), &now_iso())).map(|_| ()));
                        }>{tr("drafts.duplicate")}</button>
                    <button type="button" class="danger small" aria-label=fill(t("drafts.trash_named"), &[("what", &name)])
                        on:click=move |_| {
                            draft.flush();
                            report(with_store(|s| Library::new(s).set_trashed(&id_trash, Some(&now_iso()))));
                        }>{tr("drafts.to_trash")}</button>
                })}
                {trashed.then(|| {
                    let id_restore = id_purge.clone();
                    view! {
                        <button type="button" class="small" aria-label=fill(t("drafts.restore_named"), &[("what", &name)])
                            on:click=move |_| report(with_store(|s| Library::new(s).set_trashed(&id_restore, None)))>{tr("drafts.restore")}</button>
                        <button type="button" class="danger small" aria-label=fill(t("drafts.purge_named"), &[("what", &name)])
                            on:click=move |_| report(with_store(|s| Library::new(s).purge(&id_purge)))>{tr("drafts.purge")}</button>
                    }
                })}
            </div>
        </li>
    }
}

/// One kept version of the open draft.
#[component]
fn VersionRow(
    /// The version.
    v: VersionInfo,
    /// Bumped to re-read the history.
    version: RwSignal<u32>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let when = crate::ui::state::saved_time(&v.saved_at, true);
    let label = fill(t("drafts.restore_version"), &[("when", &when)]);
    let index = v.index;
    view! {
        <li class="version">
            <span>{when.clone()}" — "{if v.title.is_empty() { t("drafts.untitled").to_string() } else { v.title.clone() }}</span>
            <button type="button" class="secondary small" aria-label=label on:click=move |_| {
                let id = draft.id.get_untracked();
                if let Some(p) = with_store(|s| Library::new(s).version(&id, index)) {
                    // Restoring makes a new current version; every older one stays.
                    draft.replace(p);
                    draft.flush_now();
                    version.update(|x| *x += 1);
                }
            }>{tr("drafts.restore")}</button>
        </li>
    }
}

/// Values that could not be read, kept aside byte for byte: each can be downloaded raw (to
/// repair by hand or send to someone who can) or deleted.
#[component]
fn SetAside(
    /// Bumped to re-read storage.
    version: RwSignal<u32>,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        version.track();
        with_store(|s| Library::new(s).quarantined()).unwrap_or_default()
    });
    move || {
        let ids = ids.get();
        (!ids.is_empty()).then(|| {
            let rows = ids
                .into_iter()
                .map(|qid| {
                    let (q1, q2) = (qid.clone(), qid.clone());
                    view! {
                        <li class="version">
                            <span>{qid.clone()}</span>
                            <span class="tools">
                                <button type="button" class="secondary small"
                                    aria-label=fill(t("drafts.download_raw_named"), &[("what", &qid)])
                                    on:click=move |_| {
                                        let raw = with_store(|s| crate::storage::Drafts::new(s).quarantined(&q1));
                                        if let Ok(Some(text)) = raw {
                                            let name = format!("unreadable-draft-{}.json", q1.replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "-"));
                                            let _ = crate::ui::download::download(&name, "application/json", text.as_bytes());
                                        }
                                    }>{tr("drafts.download_raw")}</button>
                                <button type="button" class="danger small"
                                    aria-label=fill(t("drafts.discard_raw_named"), &[("what", &qid)])
                                    on:click=move |_| {
                                        let _ = with_store(|s| Library::new(s).discard_quarantined(&q2));
                                        version.update(|v| *v += 1);
                                    }>{tr("drafts.purge")}</button>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{tr("drafts.set_aside")}</h2>
                <p class="hint">{tr("drafts.set_aside_hint")}</p>
                <ul class="list">{rows}</ul>
            }
        })
    }
}

/// Compares any two versions of the open draft (or one with the draft now): what changed
/// between them, step by step, each change linked to its field.
#[component]
fn CompareVersions(
    /// The kept versions, newest first.
    history: Memo<Vec<VersionInfo>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    // "now" or a version's index in the history.
    let from = RwSignal::new(String::new());
    let to = RwSignal::new("now".to_string());
    let shown: RwSignal<Option<Result<(Proposal, Proposal), ()>>> = RwSignal::new(None);
    let load = move |which: &str| -> Option<Proposal> {
        if which == "now" {
            return Some(draft.proposal.get_untracked());
        }
        let index = which.parse().ok()?;
        let id = draft.id.get_untracked();
        with_store(|s| Library::new(s).version(&id, index))
    };
    let compare = move |_| {
        let first = from.get_untracked();
        let first = if first.is_empty() {
            history
                .get_untracked()
                .first()
                .map(|v| v.index.to_string())
                .unwrap_or_default()
        } else {
            first
        };
        shown.set(Some(match (load(&first), load(&to.get_untracked())) {
            (Some(a), Some(b)) => Ok((a, b)),
            _ => Err(()),
        }));
        crate::ui::list::focus_later("compare-result");
    };
    let options = move |selected: RwSignal<String>| {
        let now = view! { <option value="now" selected=move || selected.get() == "now">{tr("coedit.version_now")}</option> };
        let rest = history
            .get()
            .into_iter()
            .map(|v| {
                let value = v.index.to_string();
                let when = crate::ui::state::saved_time(&v.saved_at, true);
                let v2 = value.clone();
                view! { <option value=value selected=move || selected.get() == v2>{when}</option> }
            })
            .collect_view();
        view! { {now}{rest} }
    };
    move || {
        (!history.get().is_empty()).then(|| view! {
            <div class="card">
                <h2>{tr("coedit.compare_heading")}</h2>
                <div class="row">
                    <div class="field">
                        <label for="compare-from">{tr("coedit.compare_from")}</label>
                        <select id="compare-from" on:change=move |ev| from.set(event_target_value(&ev))>{options(from)}</select>
                    </div>
                    <div class="field">
                        <label for="compare-to">{tr("coedit.compare_to")}</label>
                        <select id="compare-to" on:change=move |ev| to.set(event_target_value(&ev))>{options(to)}</select>
                    </div>
                    <div class="field">
                        <span class="label" aria-hidden="true">" "</span>
                        <button type="button" id="compare-go" class="secondary" on:click=compare>{tr("coedit.compare")}</button>
                    </div>
                </div>
                <div id="compare-result" tabindex="-1">
                    {move || shown.get().map(|r| match r {
                        Ok((a, b)) => {
                            let changes = crate::coedit::changes::diff(&a, &b);
                            view! { <crate::ui::changes::ChangeList changes=changes before=a after=b /> }.into_any()
                        }
                        Err(()) => view! { <p class="messages">{tr("coedit.compare_missing")}</p> }.into_any(),
                    })}
                </div>
            </div>
        })
    }
}
