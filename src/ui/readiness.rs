//! The readiness review of the draft being edited, derived (never stored) so the navigation's
//! step states and the Review step always agree with the text on screen.

use super::state::{now_iso, DraftState};
use crate::model::Step;
use crate::review::{review, step_state, Review, ReviewContext, StepState};
use crate::ui::widgets::memo;
use leptos::prelude::*;

/// The review of the current draft.
#[derive(Clone, Copy)]
pub struct Readiness(pub Memo<Review>);

/// Ticks a quarter of a second after the draft last changed (and never while typing goes on):
/// what costs a walk over the whole proposal follows this instead of every keystroke.
#[derive(Clone, Copy)]
pub struct Settled(pub RwSignal<u32>);

impl Settled {
    /// The signal provided by [`Readiness::provide`].
    pub fn expect() -> Settled {
        expect_context::<Settled>()
    }
}

impl Readiness {
    /// Derives the review from the draft and provides it.
    ///
    /// The review follows the draft a quarter of a second after the last change rather than on
    /// every keystroke: on a large proposal it costs milliseconds, which typing must not pay.
    pub fn provide() {
        let draft = DraftState::expect();
        let today = now_iso();
        let ctx = ReviewContext::new(today.get(..10).unwrap_or(&today));
        let settled = RwSignal::new(0u32);
        provide_context(Settled(settled));
        let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
        Effect::new(move |_| {
            draft.proposal.track();
            if let Some(handle) = timer.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(
                move || settled.update(|n| *n = n.wrapping_add(1)),
                std::time::Duration::from_millis(250),
            );
            timer.set_value(handle.ok());
        });
        let memo = memo(move || {
            settled.track();
            // Opening another draft is not typing: its review shows at once.
            draft.id.track();
            draft.proposal.with_untracked(|p| review(p, &ctx))
        });
        provide_context(Readiness(memo));
    }

    /// The review provided by the app.
    pub fn expect() -> Readiness {
        expect_context::<Readiness>()
    }

    /// The state of a wizard step (the Review step itself has none).
    pub fn state(self, step: Step) -> Option<StepState> {
        if !step.has_fields() {
            return None;
        }
        let draft = DraftState::expect();
        Some(
            self.0
                .with(|r| draft.proposal.with(|p| step_state(p, r, step))),
        )
    }
}
