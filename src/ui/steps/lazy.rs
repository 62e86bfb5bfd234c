//! Every step but Context, and the "My drafts" page, are loaded when someone opens them.
//!
//! In the release build (`--cfg asm_split`, see `scripts/split_wasm.py`) each step's screen is
//! its own wasm module: `wasm_split` turns the function into an import that `split_wasm.py`
//! wires to a loader, so the first load carries only the shell and the Context step. The
//! service worker precaches the modules, so steps still open offline. Other builds (`trunk
//! serve`, browser tests) compile the same functions in place and "load" them at once.
//!
//! A module that cannot be fetched (offline before the worker kept it) shows a message and a
//! button to try again; the proposal is untouched, since it lives in the shell's state.
//!
//! Why a script of our own: trunk 0.21 cannot split a wasm module. The module has to be split
//! before wasm-bindgen runs, and trunk's hooks run either before cargo or after wasm-bindgen
//! (trunk-rs/trunk#1022, open). So `scripts/split_wasm.py` splits cargo's output with
//! `wasm-split-cli` after trunk has built, and puts the pieces in `dist/` under trunk's names.

use super::super::lang::tr;
use super::super::route::Page;
use super::{budget, communication, donor, linkages, objectives, partners, priorities};
use super::{review, risks, sustainability};
use crate::model::Step;
use leptos::prelude::*;

/// Declares the split points, each `module: fn name(args) -> T { body }`: in the release
/// build a function of the wasm module `module` (several may share one), elsewhere compiled in
/// place. Either way it is called as `split::name(args).await` and gives `Result<T, _>`, an
/// error only when its module could not be fetched.
macro_rules! split_points {
    ($($module:ident: fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block)*) => {
        /// The split points as `wasm_split` functions: each module is fetched on first call.
        #[cfg(asm_split)]
        mod split {
            use super::*;
            $(
                #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
                pub fn $name($($arg: $ty),*) -> Result<$out, leptos::wasm_split::SplitLoaderError> {
                    let value: $out = $body;
                    Ok(value)
                }
            )*
        }

        /// The same without splitting: everything is already in the module.
        #[cfg(not(asm_split))]
        mod split {
            use super::*;
            $(
                pub async fn $name($($arg: $ty),*) -> Result<$out, ()> {
                    let value: $out = $body;
                    Ok(value)
                }
            )*
        }
    };
}

split_points! {
    priorities_step: fn priorities_step() -> AnyView { priorities::PrioritiesStep().into_any() }
    objectives_step: fn objectives_step() -> AnyView { objectives::ObjectivesStep().into_any() }
    linkages_step: fn linkages_step() -> AnyView { linkages::LinkagesStep().into_any() }
    donor_step: fn donor_step() -> AnyView { donor::DonorStep().into_any() }
    partners_step: fn partners_step() -> AnyView { partners::PartnersStep().into_any() }
    communication_step: fn communication_step() -> AnyView {
        communication::CommunicationStep().into_any()
    }
    budget_step: fn budget_step() -> AnyView { budget::BudgetStep().into_any() }
    sustainability_step: fn sustainability_step() -> AnyView {
        sustainability::SustainabilityStep().into_any()
    }
    risks_step: fn risks_step() -> AnyView { risks::RisksStep().into_any() }
    review_step: fn review_step() -> AnyView { review::ReviewStep().into_any() }
    drafts_page: fn drafts_page() -> AnyView { crate::ui::drafts::DraftsView().into_any() }
    // The co-editing page with the merging engine (Automerge), the largest module by far.
    coedit_page: fn coedit_page() -> AnyView { crate::ui::coedit::CoeditView().into_any() }
    // The rest of the knowledge base (goals, SDGs, priorities, partnership kinds, approaches)
    // and language packs, which merge into it: one module, which every screen but Context
    // needs first.
    knowledge: fn complete_knowledge_base() -> () {
        crate::i18n::install_later_english();
        crate::knowledge::complete()
    }
    knowledge: fn install_language_pack(lang: crate::i18n::Lang, bytes: Vec<u8>) -> Result<(), String> {
        // A pack makes the base whole without `complete_knowledge_base`; English fills the
        // gaps of every pack, so its later strings come too.
        crate::i18n::install_later_english();
        crate::i18n::pack::install(lang, &bytes)
    }
}

thread_local! {
    /// Set once the whole knowledge base is here, so guidance waiting for it is drawn again.
    static WHOLE_KNOWLEDGE: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Makes the whole knowledge base available; false when its module could not be fetched.
pub async fn complete_knowledge() -> bool {
    let done = crate::knowledge::is_complete() || split::complete_knowledge_base().await.is_ok();
    let signal = WHOLE_KNOWLEDGE.with(Clone::clone);
    if done && !signal.get_untracked() {
        signal.set(true);
    }
    done
}

/// Whether the whole knowledge base is here, tracked: guidance that needs more than the first
/// screen's part calls this, which starts fetching the rest and redraws it once it arrives.
pub fn whole_knowledge() -> bool {
    let signal = WHOLE_KNOWLEDGE.with(Clone::clone);
    let here = signal.get();
    if !here && crate::knowledge::is_complete() {
        return true;
    }
    if !here {
        leptos::task::spawn_local(async {
            complete_knowledge().await;
        });
    }
    here
}

/// Installs a language pack (in the knowledge module, since it merges into the base); the
/// outer error when that module could not be fetched, the inner when the pack is refused.
pub async fn install_pack(
    lang: crate::i18n::Lang,
    bytes: Vec<u8>,
) -> Result<Result<(), String>, ()> {
    split::install_language_pack(lang, bytes)
        .await
        .map_err(|_| ())
}

/// Loads a page (a step other than Context, or the drafts); `None` when its module (or the knowledge it reads) could not be fetched.
async fn load(page: Page) -> Option<AnyView> {
    if !complete_knowledge().await {
        return None;
    }
    let step = match page {
        Page::Drafts => return split::drafts_page().await.ok(),
        Page::Coedit => return split::coedit_page().await.ok(),
        Page::Step(step) => step,
    };
    let loaded = match step {
        // Context is in the first module; it never goes through here.
        Step::Context => return None,
        Step::Priorities => split::priorities_step().await.ok(),
        Step::Objectives => split::objectives_step().await.ok(),
        Step::Linkages => split::linkages_step().await.ok(),
        Step::Donor => split::donor_step().await.ok(),
        Step::Partners => split::partners_step().await.ok(),
        Step::Communication => split::communication_step().await.ok(),
        Step::Budget => split::budget_step().await.ok(),
        Step::Sustainability => split::sustainability_step().await.ok(),
        Step::Risks => split::risks_step().await.ok(),
        Step::Review => split::review_step().await.ok(),
    };
    loaded
}

/// The page, drawn once its module is here; `then` runs after it is drawn (focus).
pub fn lazy_screen(page: Page, then: impl Fn() + Clone + Send + Sync + 'static) -> AnyView {
    // Bumped by "Try again": the closure below runs again and starts a fresh load.
    let attempt = RwSignal::new(0u32);
    let failed = tr("step.load_failed");
    let retry = tr("step.load_retry");
    let busy = tr("step.loading");
    (move || {
        attempt.track();
        let then = then.clone();
        let loading = Suspend::new(async move {
            match load(page).await {
                Some(view) => {
                    request_animation_frame(then);
                    view
                }
                None => view! {
                    <div class="notice" role="alert">
                        <p>{failed}</p>
                        <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                            {retry}
                        </button>
                    </div>
                }
                .into_any(),
            }
        });
        view! {
            <Suspense fallback=move || view! { <p class="hint" role="status" data-step-loading="true">{busy}</p> }>
                {loading}
            </Suspense>
        }
    })
    .into_any()
}
