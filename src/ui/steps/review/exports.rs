//! The exports: every format of `export`, downloaded (or shared on a phone) with no network,
//! in the donor template and the document language the person picks.

use crate::export::{render, ExportError, ExportOptions, Format};
use crate::i18n::Lang;
use crate::model::DonorTemplate;
use crate::ui::download::{can_share_files, download, share_or_download};
use crate::ui::lang::{ensure_available, pack_error_text, t, tr, UiLang};
use crate::ui::state::DraftState;
use leptos::prelude::*;

fn format_key(f: Format) -> &'static str {
    match f {
        Format::Docx => "export.docx",
        Format::Html => "export.html",
        Format::Markdown => "export.markdown",
        Format::Json => "export.json",
        Format::IatiXml => "export.iati",
        Format::BriefHtml => "export.brief_html",
        Format::BriefDocx => "export.brief_docx",
        Format::Xlsx => "export.xlsx",
    }
}

fn template_key(tpl: DonorTemplate) -> &'static str {
    match tpl {
        DonorTemplate::ConceptNote => "export.template.concept_note",
        DonorTemplate::FullProposal => "export.template.full_proposal",
        DonorTemplate::LogframeAnnex => "export.template.logframe_annex",
    }
}

/// Opens the preview (so the document is drawn), then asks the browser to print it.
fn print_document() {
    if let Ok(Some(details)) = document().query_selector("details.preview") {
        let _ = details.set_attribute("open", "");
    }
    // Two frames: one for the toggle event to draw the document, one for layout.
    request_animation_frame(|| {
        request_animation_frame(|| {
            let _ = window().print();
        })
    });
}

pub use crate::ui::lang::DocLang;

/// Template and language choices, one button per format, print, and share.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let draft = DraftState::expect();
    let ui = UiLang::expect();
    let doc_lang = DocLang::expect();
    provide_context(doc_lang);
    let status = RwSignal::new(String::new());
    // Values to correct before a donor document can be written, in words, one per line.
    let to_correct = RwSignal::new(Vec::<String>::new());
    let sharing = can_share_files();
    // A document language whose texts are not loaded yet (its pack) is loaded first; the
    // choice takes effect once it is, and a failure is said in the export status line.
    // Writes the file in `lang`. No `t()` here: it also runs in a task after a pack arrives,
    // outside the component (so the texts come from the interface language's signal).
    let write = move |format: Format, share: bool, lang: Lang| {
        let ui_lang = ui.0.get_untracked();
        let file = draft
            .proposal
            .with_untracked(|p| render(p, format, &ExportOptions::for_proposal(p, lang)));
        if let Err(ExportError::Refused(problems)) = &file {
            let lines = draft.proposal.with_untracked(|p| {
                problems
                    .iter()
                    .map(|x| crate::review::import_report::refused_line(ui_lang, p, x))
                    .collect()
            });
            to_correct.try_set(lines);
            status.try_set(crate::i18n::t(ui_lang, "export.refused").to_string());
            return;
        }
        to_correct.try_set(Vec::new());
        let result = file.map_err(|e| format!("{e:?}")).and_then(|f| {
            let done = if share {
                share_or_download(&f.file_name, f.mime, &f.bytes)
            } else {
                download(&f.file_name, f.mime, &f.bytes)
            };
            done.map(|_| f.file_name)
        });
        status.try_set(match result {
            Ok(name) => {
                crate::i18n::fill(crate::i18n::t(ui_lang, "export.done"), &[("file", &name)])
            }
            Err(e) => crate::i18n::fill(crate::i18n::t(ui_lang, "export.failed"), &[("error", &e)]),
        });
    };
    let lang_select = NodeRef::<leptos::html::Select>::new();
    // An export asked for while the chosen language is still loading: done once it is.
    let queued: StoredValue<Option<(Format, bool)>, LocalStorage> = StoredValue::new_local(None);
    let choose_doc_lang = move |l: Lang| {
        if crate::i18n::is_available(l) {
            doc_lang.set(l);
            return;
        }
        status.set(crate::i18n::fill(
            t("app.lang_loading"),
            &[("lang", l.native_name())],
        ));
        leptos::task::spawn_local(async move {
            match ensure_available(l).await {
                Ok(()) => {
                    doc_lang.set(l);
                    status.try_set(String::new());
                    if let Some((format, share)) = queued.try_update_value(Option::take).flatten() {
                        write(format, share, l);
                    }
                }
                Err(err) => {
                    queued.try_set_value(None);
                    if let Some(el) = lang_select.get_untracked() {
                        el.set_value(doc_lang.get_untracked().code());
                    }
                    status.try_set(pack_error_text(ui.0.get_untracked(), l, &err));
                }
            }
        });
    };

    let export = move |format: Format, share: bool| {
        // The language the list shows. Just chosen, its texts may still be on their way: the
        // document waits for them (the list's handler is loading them) rather than coming out
        // in the previous language.
        let shown = lang_select
            .get_untracked()
            .and_then(|el| Lang::from_code(&el.value()))
            .unwrap_or_else(|| doc_lang.get_untracked());
        if crate::i18n::is_available(shown) {
            write(format, share, shown);
        } else {
            queued.set_value(Some((format, share)));
        }
    };

    view! {
        <h2>{tr("export.title")}</h2>
        <div class="row">
            <div class="field">
                <label for="f-context-template">{tr("export.template")}</label>
                <select id="f-context-template" on:change=move |ev| {
                    if let Some(tpl) = DonorTemplate::from_id(&event_target_value(&ev)) {
                        draft.edit(|p| p.context.template = tpl);
                    }
                }>
                    {DonorTemplate::ALL.iter().map(|tpl| view! {
                        <option value=tpl.as_str()
                            selected=move || draft.proposal.with(|p| p.context.template == *tpl)>
                            {tr(template_key(*tpl))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="export-lang">{tr("export.language")}</label>
                <select id="export-lang" node_ref=lang_select on:change=move |ev| {
                    if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                        choose_doc_lang(l);
                    }
                }>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <option value=l.code() lang=l.code() selected=move || doc_lang.get() == l>
                            {l.native_name()}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        </div>
        <ul class="export-list">
            {Format::ALL.into_iter().map(|format| view! {
                <li>
                    <button type="button" class="secondary" on:click=move |_| export(format, false)>
                        {tr(format_key(format))}
                    </button>
                    {sharing.then(|| view! {
                        <button type="button" class="secondary small"
                            aria-label=move || crate::i18n::fill(t("export.share_named"), &[("what", t(format_key(format)))])
                            on:click=move |_| export(format, true)>
                            {tr("export.share")}
                        </button>
                    })}
                </li>
            }).collect_view()}
            <li>
                <button type="button" on:click=move |_| print_document()>
                    {tr("export.print")}
                </button>
            </li>
        </ul>
        <p class="hint">{tr("export.print_hint")}</p>
        <div role="status" aria-live="polite">
            <p class="export-status">{move || status.get()}</p>
            {move || {
                let lines = to_correct.get();
                (!lines.is_empty()).then(|| view! {
                    <ul class="messages">{lines.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                })
            }}
        </div>
    }
}
