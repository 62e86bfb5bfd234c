//! The app shell: skip link, header with title, language switcher and save status, the step
//! navigation, and the current step with previous/next buttons.

use super::deferred::Deferred;
use super::lang::{ensure_available, pack_error_text, t, tr, PackEpoch, UiLang};
use super::list::UndoBar;
use super::readiness::Readiness;
use super::route::{href, Page, Route};
use super::save_banner::{KeptCopyBanner, SaveBanner};
use super::state::{DraftState, SaveStatus};
use super::steps::lazy::lazy_screen;
use super::steps::StepView;
use crate::i18n::Lang;
use crate::model::Step;
use crate::review::StepState;
use leptos::prelude::*;

/// Header, navigation and the current step.
#[component]
pub fn Shell() -> impl IntoView {
    let route = Route::expect();
    view! {
        <div class="app" data-app-ready="true">
            <a class="skip" href="#main">{tr("app.skip")}</a>
            <header class="top">
                <p class="brand">{tr("app.title")}</p>
                <a class="drafts-link" href="#/drafts">{tr("drafts.link")}</a>
                <SaveIndicator />
                <LanguageSwitcher />
            </header>
            <Notice />
            <SaveBanner />
            <KeptCopyBanner />
            <super::offline::OfflineBanner />
            <div class="layout">
                <StepNav />
                <main id="main" tabindex="-1">
                    <UndoBar />
                    {move || match route.page.get() {
                        // Its own wasm module in the release build, like the steps.
                        Page::Drafts => lazy_screen(Page::Drafts, || ()),
                        // With the merging engine: fetched the first time co-editing is used.
                        Page::Coedit => lazy_screen(Page::Coedit, || ()),
                        Page::Step(step) => view! {
                            <StepView step=step />
                            <Deferred><PrevNext step=step /></Deferred>
                        }
                        .into_any(),
                    }}
                </main>
            </div>
        </div>
    }
}

/// The language switcher: a labelled select, each language named in itself.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let ui = UiLang::expect();
    let epoch = expect_context::<PackEpoch>();
    let loading = RwSignal::new(false);
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let select = NodeRef::<leptos::html::Select>::new();
    let choose = move |lang: Lang| {
        problem.set(None);
        if crate::i18n::is_available(lang) {
            ui.0.set(lang);
            return;
        }
        loading.set(true);
        leptos::task::spawn_local(async move {
            let result = ensure_available(lang).await;
            loading.try_set(false);
            match result {
                Ok(()) => {
                    ui.0.try_set(lang);
                    // Redraw with the new texts (the step drawn again leaves focus alone),
                    // then give focus back to the list, which the redraw replaced.
                    super::steps::set_language_redraw(true);
                    epoch.0.try_update(|n| *n += 1);
                    request_animation_frame(|| {
                        request_animation_frame(|| {
                            super::steps::set_language_redraw(false);
                            if let Some(el) = document().get_element_by_id("lang-select") {
                                if let Ok(el) =
                                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
                                {
                                    super::list::app_focus(&el);
                                }
                            }
                        })
                    });
                }
                Err(err) => {
                    // The list showed the choice; put it back on the language still in use.
                    if let Some(el) = select.get_untracked() {
                        el.set_value(ui.0.get_untracked().code());
                    }
                    problem.try_set(Some(pack_error_text(ui.0.get_untracked(), lang, &err)));
                }
            }
        });
    };
    view! {
        <div class="lang">
            <label for="lang-select">{tr("app.language")}</label>
            <select
                id="lang-select"
                node_ref=select
                aria-describedby=move || problem.with(Option::is_some).then_some("lang-problem")
                aria-busy=move || loading.get().then_some("true")
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                        choose(lang);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() selected=move || ui.get() == l>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {move || problem.get().map(|m| view! { <p id="lang-problem" class="field-error" role="alert">{m}</p> })}
        </div>
    }
}

/// "Saved / saving / not saved", announced politely to screen readers.
#[component]
fn SaveIndicator() -> impl IntoView {
    let draft = DraftState::expect();
    let text = move || match draft.status.get() {
        SaveStatus::Saved => t("save.saved"),
        SaveStatus::Pending => t("save.pending"),
        SaveStatus::Failed(_) => t("save.failed"),
        SaveStatus::Conflict => t("save.conflict"),
        SaveStatus::ReadOnly => t("save.read_only"),
    };
    let class = move || match draft.status.get() {
        SaveStatus::Saved => "status ok",
        SaveStatus::Pending => "status pending",
        _ => "status bad",
    };
    view! { <p class=class role="status" aria-live="polite" data-save-status=move || format!("{:?}", draft.status.get())>{text}</p> }
}

/// A one-off message about storage (off, quarantined value, newer schema).
#[component]
fn Notice() -> impl IntoView {
    let draft = DraftState::expect();
    move || {
        draft.notice.get().map(|key| {
            view! {
                <div class="notice" role="alert">
                    <p>{tr(key)}</p>
                    <button type="button" on:click=move |_| draft.notice.set(None)>
                        {tr("app.dismiss")}
                    </button>
                </div>
            }
        })
    }
}

/// The list of steps; the current one carries `aria-current="step"`.
#[component]
fn StepNav() -> impl IntoView {
    let route = Route::expect();
    // The states need a review of the whole draft: it waits until the screen is drawn, so the
    // first paint does not wait for it.
    let drawn = RwSignal::new(false);
    super::deferred::after_drawn(move || {
        drawn.try_set(true);
    });
    // On a phone the list is one row that scrolls sideways: keep the current step in sight
    // (its row only; the page itself never scrolls for this).
    // In the next frame: reading the list's widths forces a layout, which the frame does anyway,
    // rather than in the task that draws the app (the first keystroke waits for that one).
    Effect::new(move |_| {
        if let Page::Step(step) = route.page.get() {
            request_animation_frame(move || reveal_item(step.index()));
        }
    });
    view! {
        <nav class="steps" aria-label=tr("nav.label")>
            <ol>
                {Step::ALL
                    .iter()
                    .map(|&step| {
                        // "My drafts" is no step: none is current while it is shown.
                        let current = move || route.page.get() == Page::Step(step);
                        let readiness = Readiness::expect();
                        let state = move || drawn.get().then(|| readiness.state(step)).flatten();
                        let state_class = move || match state() {
                            Some(StepState::Complete) => "state-complete",
                            Some(StepState::Started) => "state-started",
                            _ => "state-empty",
                        };
                        let state_text = move || match state() {
                            Some(StepState::Complete) => t("nav.complete"),
                            Some(StepState::Started) => t("nav.started"),
                            Some(StepState::Empty) => t("nav.empty"),
                            None => "",
                        };
                        view! {
                            <li class=state_class>
                                <a
                                    href=href(step)
                                    aria-current=move || current().then_some("step")
                                    class:current=current
                                >
                                    <span class="num">{step.index() + 1}</span>
                                    <span>{tr(step.label_key())}</span>
                                    <span class="sr">{move || {
                                        let s = state_text();
                                        if s.is_empty() { String::new() } else { format!(" ({s})") }
                                    }}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// Scrolls the step list sideways so its `index`th item (from 0) is in the middle of what shows, if the list
/// scrolls at all (on a wide screen it is a column and nothing moves).
fn reveal_item(index: usize) {
    use wasm_bindgen::JsCast;
    let Ok(items) = document().query_selector_all("nav.steps li") else {
        return;
    };
    let Some(item) = items
        .item(index as u32)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let Some(list) = item
        .parent_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let room = list.client_width();
    if list.scroll_width() <= room {
        return;
    }
    let left = item.offset_left() - list.offset_left();
    list.set_scroll_left(left - (room - item.offset_width()) / 2);
}

/// Previous / next step links at the foot of each step.
#[component]
fn PrevNext(
    /// The step shown.
    step: Step,
) -> impl IntoView {
    view! {
        <nav class="prevnext" aria-label=tr("nav.prevnext")>
            {step.prev().map(|s| {
                view! {
                    <a class="button secondary" href=href(s) rel="prev">
                        {move || format!("← {}", t(s.label_key()))}
                    </a>
                }
            })}
            {step.next().map(|s| {
                view! {
                    <a class="button" href=href(s) rel="next">
                        {move || format!("{} →", t(s.label_key()))}
                    </a>
                }
            })}
        </nav>
    }
}
