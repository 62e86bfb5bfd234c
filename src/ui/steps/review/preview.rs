//! A preview of the document as the donor will read it, drawn from the same document model as
//! the Word, HTML and Markdown exports; printing the Review step prints only this (print.css),
//! which is how "Save as PDF" gives a clean document. Like the donor exports, it shows nothing
//! while the draft holds a value the form refuses (`model::rules`).

use super::exports::DocLang;
use crate::export::document::build;
use crate::export::ir::{Block, RowKind, Span};
use crate::ui::lang::tr;
use crate::ui::state::DraftState;
use leptos::prelude::*;

fn spans(items: Vec<Span>) -> impl IntoView {
    items
        .into_iter()
        .map(|s| {
            if s.bold {
                view! { <strong>{s.text}</strong> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Heading { level, text } => {
            if level <= 2 {
                view! { <h3>{text}</h3> }.into_any()
            } else {
                view! { <h4>{text}</h4> }.into_any()
            }
        }
        Block::Paragraph(s) => view! { <p class="pre-line">{spans(s)}</p> }.into_any(),
        Block::Note(text) => view! { <p class="doc-note">{text}</p> }.into_any(),
        Block::List { ordered, items } => {
            let lis = items
                .into_iter()
                .map(|i| view! { <li>{spans(i)}</li> })
                .collect_view();
            if ordered {
                view! { <ol>{lis}</ol> }.into_any()
            } else {
                view! { <ul>{lis}</ul> }.into_any()
            }
        }
        Block::Table(t) => {
            let span = t.columns.len().max(1).to_string();
            let head = t
                .columns
                .iter()
                .map(|c| view! { <th scope="col" class:num-cell=c.numeric>{c.header.clone()}</th> })
                .collect_view();
            let numeric: Vec<bool> = t.columns.iter().map(|c| c.numeric).collect();
            // A grid of shaded periods (the workplan) keeps its name columns readable.
            let grid = t.rows.iter().any(|r| r.shaded.contains(&true));
            let rows = t
                .rows
                .into_iter()
                .map(|r| match r.kind {
                    RowKind::Group | RowKind::Wide => {
                        let text = r.cells.into_iter().next().unwrap_or_default();
                        let class = if r.kind == RowKind::Group {
                            "group"
                        } else {
                            ""
                        };
                        view! { <tr class=class><td class="pre-line" colspan=span.clone()>{text}</td></tr> }
                            .into_any()
                    }
                    kind => {
                        let cells = (0..numeric.len())
                            .map(|i| {
                                let text = r.cells.get(i).cloned().unwrap_or_default();
                                // Cells hold line breaks (an indicator over its breakdown, a milestone's
                                // value over its date), as every export draws them.
                                view! { <td class="pre-line" class:num-cell=numeric[i] class:on=r.is_shaded(i)>{text}</td> }
                            })
                            .collect_view();
                        view! { <tr class:total=kind == RowKind::Total>{cells}</tr> }.into_any()
                    }
                })
                .collect_view();
            // A wide table scrolls sideways on a phone: the region takes focus, so the
            // keyboard can scroll it too, and is named after the table.
            let label = t.caption.clone();
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=label>
                    <table class:grid=grid>
                        <caption>{t.caption}</caption>
                        <thead><tr>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    }
}

/// The document preview (the printable part of the Review step).
#[component]
pub fn Preview() -> impl IntoView {
    let draft = DraftState::expect();
    let lang = expect_context::<DocLang>();
    let open = RwSignal::new(false);
    let details = NodeRef::<leptos::html::Details>::new();
    // Printing from the browser's own menu (Ctrl+P) skips the print button, which opens the
    // preview first: without this the Review step would print a blank page. The document is
    // drawn in the microtasks that follow the event, before the browser lays out the print.
    let on_print = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(el) = details.get_untracked() {
            el.set_open(true);
        }
        open.try_set(true);
    });
    on_cleanup(move || on_print.remove());
    view! {
        <details class="preview" node_ref=details on:toggle=move |ev| {
            let el: web_sys::HtmlDetailsElement = wasm_bindgen::JsCast::unchecked_into(event_target::<web_sys::HtmlElement>(&ev));
            open.set(el.open());
        }>
            <summary class="no-print">{tr("export.preview")}</summary>
            // Built only while open: a large proposal costs nothing while the person reviews.
            {move || open.get().then(|| {
                // Printing is an export too: a value the form refuses is never printed.
                if draft.proposal.with(|p| !crate::model::rules::refused(p).is_empty()) {
                    return view! { <p class="doc-note">{tr("export.refused_preview")}</p> }.into_any();
                }
                let doc = draft.proposal.with(|p| build(p, p.context.template, lang.get()));
                let meta = doc.title_meta.into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>{v}</td></tr> }).collect_view();
                let sections = doc.sections.into_iter().map(|s| {
                    let blocks = s.blocks.into_iter().map(block).collect_view();
                    view! { <section class="print-section" id=format!("doc-{}", s.id)><h2>{s.heading}</h2>{blocks}</section> }
                }).collect_view();
                view! {
                    <article class="document" lang=doc.lang.code()>
                        <header class="doc-title">
                            <p class="doc-h1">{doc.title}</p>
                            <p>{doc.subtitle}</p>
                            <table class="doc-meta"><tbody>{meta}</tbody></table>
                        </header>
                        {sections}
                    </article>
                }
                .into_any()
            })}
        </details>
    }
}
