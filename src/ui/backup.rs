//! "Back up everything" and "Restore from a backup" on the drafts screen, the weekly reminder,
//! and the storage gauge with its way out when space runs low. The logic is
//! `storage::backup` and `Library::thin_history`; this only wires it to buttons and words.
//! Only the drafts screen uses it, so it lives in that screen's wasm module.

use crate::i18n::{fill, Lang};
use crate::storage::backup::{self, BackupError, RestoreError, Summary, MAX_BACKUP_BYTES};
use crate::storage::{Library, TYPICAL_QUOTA};
use crate::ui::download::share_or_download;
use crate::ui::lang::{t, tr, PackEpoch, UiLang};
use crate::ui::state::{now_iso, with_store, DraftState};
use leptos::prelude::*;

/// Above this share of the quota, the screen offers to free space.
const NEARLY_FULL_PERCENT: usize = 80;
/// Thinning keeps at least this many versions of each draft.
const KEEP_VERSIONS: usize = 5;

fn kb(bytes: usize) -> String {
    bytes.div_ceil(1024).to_string()
}

/// Words for a file that could not be restored.
fn restore_problem(err: &RestoreError, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::t(lang, key);
    match err {
        RestoreError::File(BackupError::TooLarge { size, max }) => fill(
            t("restore.too_large"),
            &[("size", &kb(*size)), ("max", &kb(*max))],
        ),
        RestoreError::File(BackupError::NotJson { line, column }) => fill(
            t("restore.not_json"),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        RestoreError::File(BackupError::SingleDraft) => t("restore.single").to_string(),
        RestoreError::File(BackupError::Foreign) => t("restore.foreign").to_string(),
        RestoreError::File(BackupError::NewerFormat { found }) => {
            fill(t("restore.newer"), &[("found", &found.to_string())])
        }
        RestoreError::File(BackupError::Damaged { detail }) => {
            fill(t("restore.damaged"), &[("detail", detail)])
        }
        RestoreError::NoRoom { need, free } => fill(
            t("restore.no_room"),
            &[("need", &kb(*need)), ("free", &kb(*free))],
        ),
        RestoreError::Storage(e) => fill(t("restore.failed"), &[("error", &e.to_string())]),
    }
}

/// The summary of a restore, one line per kind of outcome.
fn summary_lines(s: &Summary, lang: Lang) -> Vec<String> {
    let t = |key: &str| crate::i18n::t(lang, key);
    let titles = |list: &[String]| {
        list.iter()
            .map(|x| {
                if x.is_empty() {
                    t("drafts.untitled").to_string()
                } else {
                    format!("“{x}”")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = vec![t("restore.done").to_string()];
    if !s.added.is_empty() {
        out.push(fill(t("restore.added"), &[("titles", &titles(&s.added))]));
    }
    if !s.side_by_side.is_empty() {
        out.push(fill(
            t("restore.side_by_side"),
            &[("titles", &titles(&s.side_by_side))],
        ));
    }
    if !s.skipped.is_empty() {
        out.push(fill(
            t("restore.skipped"),
            &[("titles", &titles(&s.skipped))],
        ));
    }
    if s.versions_merged > 0 {
        out.push(fill(
            t("restore.versions"),
            &[("n", &s.versions_merged.to_string())],
        ));
    }
    if !s.settings.is_empty() {
        let names: Vec<&str> = s
            .settings
            .iter()
            .map(|n| {
                if n == "lang" {
                    t("restore.setting_lang")
                } else {
                    n.as_str()
                }
            })
            .collect();
        out.push(fill(t("restore.settings"), &[("names", &names.join(", "))]));
    }
    if s.set_aside > 0 {
        out.push(fill(
            t("restore.set_aside"),
            &[("n", &s.set_aside.to_string())],
        ));
    }
    if s.added.is_empty() && s.side_by_side.is_empty() && s.versions_merged == 0 {
        out.push(t("restore.nothing_new").to_string());
    }
    out
}

/// Back up everything, restore a backup, and the reminder.
#[component]
pub fn BackupCard(
    /// Bumped after a restore so the lists re-read storage (and read to re-check the reminder).
    version: RwSignal<u32>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let ui = UiLang::expect();
    let epoch = expect_context::<PackEpoch>();
    let message = RwSignal::new(Vec::<String>::new());
    // Bumped when a backup is made or the reminder put aside.
    let marks = RwSignal::new(0u32);
    let last = Memo::new(move |_| {
        marks.track();
        with_store(backup::last_made)
    });
    let due = Memo::new(move |_| {
        marks.track();
        version.track();
        let now = now_iso();
        with_store(|s| backup::reminder_due_in(s, &now))
    });
    let back_up = move |_| {
        // What is typed but not yet saved goes in too.
        draft.flush();
        let now = now_iso();
        let lang = ui.0.get_untracked();
        let t = |key: &str| crate::i18n::t(lang, key);
        let made = with_store(|s| backup::make_backup(s, &now));
        let result = made.map_err(|e| e.to_string()).and_then(|f| {
            share_or_download(&f.file_name, "application/json", f.text.as_bytes()).map(|_| f)
        });
        match result {
            Ok(f) => {
                let _ = with_store(|s| backup::mark_made(s, &now));
                marks.update(|m| *m += 1);
                message.set(vec![fill(
                    t("backup.done"),
                    &[
                        ("file", &f.file_name),
                        ("drafts", &f.drafts.to_string()),
                        ("versions", &f.versions.to_string()),
                    ],
                )]);
            }
            Err(e) => message.set(vec![fill(t("backup.failed"), &[("error", &e)])]),
        }
    };
    let later = move |_| {
        let now = now_iso();
        let _ = with_store(|s| backup::snooze(s, &now));
        marks.update(|m| *m += 1);
        message.set(vec![t("backup.snoozed").to_string()]);
        crate::ui::list::focus_later("backup-all");
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::download::picked_file(&ev) else {
            return;
        };
        let lang = ui.0.get_untracked();
        if file.size() > MAX_BACKUP_BYTES as f64 {
            let err = RestoreError::File(BackupError::TooLarge {
                size: file.size() as usize,
                max: MAX_BACKUP_BYTES,
            });
            message.set(vec![restore_problem(&err, lang)]);
            return;
        }
        // The open draft is saved first, so the restore compares against what is on screen.
        draft.flush();
        leptos::task::spawn_local(async move {
            let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let Ok(buffer) = buffer else {
                message.try_set(vec![crate::i18n::t(lang, "import.unreadable").to_string()]);
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            match with_store(|s| backup::restore(s, &bytes)) {
                Ok(summary) => {
                    message.try_set(summary_lines(&summary, lang));
                    version.try_update(|v| *v += 1);
                    if summary.settings.iter().any(|n| n == "lang") {
                        apply_stored_language(ui, epoch);
                    }
                }
                Err(err) => {
                    message.try_set(vec![restore_problem(&err, lang)]);
                }
            }
        });
    };
    view! {
        <div class="card" id="backup">
            <h2>{tr("backup.heading")}</h2>
            <p class="hint">{tr("backup.hint")}</p>
            <p id="backup-last">{move || match last.get() {
                Some(w) => fill(t("backup.last"), &[("when", &crate::ui::state::saved_time(&w, false))]),
                None => t("backup.never").to_string(),
            }}</p>
            {move || due.get().then(|| view! {
                <div class="reminder" aria-labelledby="backup-reminder-text">
                    <p id="backup-reminder-text">{tr("backup.reminder")}</p>
                    <div class="tools">
                        <button type="button" class="secondary small" on:click=later>{tr("backup.later")}</button>
                    </div>
                </div>
            })}
            <div class="tools">
                <button type="button" id="backup-all" on:click=back_up>{tr("backup.all")}</button>
            </div>
            <div class="field">
                <label for="restore-file">{tr("restore.label")}</label>
                <p class="hint" id="restore-hint">{tr("restore.hint")}</p>
                <input id="restore-file" type="file" accept=".json,application/json" aria-describedby="restore-hint" on:change=on_file />
            </div>
            <div role="status" aria-live="polite">
                {move || {
                    let m = message.get();
                    (!m.is_empty()).then(|| view! { <ul class="messages summary">{m.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul> })
                }}
            </div>
        </div>
    }
}

/// Switches the interface to the language a restore stored (loading its pack if needed).
fn apply_stored_language(ui: UiLang, epoch: PackEpoch) {
    let Some(lang) = with_store(|s| crate::ui::lang::stored(s)) else {
        return;
    };
    if crate::i18n::is_available(lang) {
        ui.0.try_set(lang);
        return;
    }
    leptos::task::spawn_local(async move {
        if crate::ui::lang::ensure_available(lang).await.is_ok() {
            ui.0.try_set(lang);
            epoch.0.try_update(|n| *n += 1);
        }
    });
}

/// How much of the browser's storage the drafts use, what the browser promised, and, when
/// space runs low, a way to free it.
#[component]
pub fn StorageGauge(
    /// Bumped when drafts change, to re-measure.
    version: RwSignal<u32>,
) -> impl IntoView {
    let persisted = expect_context::<crate::ui::save_banner::Persisted>();
    let draft = DraftState::expect();
    let status = RwSignal::new(String::new());
    let used = Memo::new(move |_| {
        version.track();
        with_store(|s| s.used_bytes()).unwrap_or(0)
    });
    let quota = with_store(|s| s.quota()).unwrap_or(TYPICAL_QUOTA);
    let percent = move || used.get() * 100 / quota.max(1);
    let thin = move |_| {
        // Down to three fifths of the quota, oldest versions first.
        let need = used.get_untracked().saturating_sub(quota * 3 / 5);
        match with_store(|s| Library::new(s).thin_history(KEEP_VERSIONS, need)) {
            Ok(done) => status.set(fill(
                t("storage.thinned"),
                &[("n", &done.versions.to_string()), ("kb", &kb(done.bytes))],
            )),
            Err(e) => status.set(fill(t("drafts.failed"), &[("error", &e.to_string())])),
        }
        // A save that failed for lack of space goes through now.
        draft.flush();
        version.update(|v| *v += 1);
    };
    let export_open = move |_| {
        let file = draft.proposal.with_untracked(crate::export::render_json);
        if let Ok(f) = file {
            let _ = crate::ui::download::download(&f.file_name, f.mime, &f.bytes);
        }
    };
    view! {
        <div class="card">
            <h2>{tr("drafts.storage")}</h2>
            <p>{move || fill(t("drafts.storage_used"), &[
                ("kb", &kb(used.get())),
                ("quota", &kb(quota)),
                ("pct", &percent().to_string()),
            ])}</p>
            <meter min="0" max="100" low="60" high=NEARLY_FULL_PERCENT.to_string() optimum="0"
                value=move || percent().min(100).to_string() aria-label=tr("drafts.storage")></meter>
            <p>{move || if persisted.0.get() == Some(true) { t("drafts.persist_yes") } else { t("drafts.persist_no") }}</p>
            {move || (percent() >= NEARLY_FULL_PERCENT).then(|| view! {
                <div class="reminder">
                    <p>{tr("storage.nearly_full")}</p>
                    <div class="tools">
                        <button type="button" class="secondary small" on:click=thin>{tr("storage.thin")}</button>
                    </div>
                </div>
            })}
            <div class="tools">
                <button type="button" class="secondary" on:click=export_open>{tr("drafts.backup")}</button>
            </div>
            <p role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}
