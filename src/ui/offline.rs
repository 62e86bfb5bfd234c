//! Offline support in the page: registers the service worker (`dist/sw.js`, written by
//! `scripts/post_dist.sh`), offers a newer build to the person instead of switching mid-edit,
//! and says calmly when the device is offline.
//!
//! The update handshake: a new build's worker installs and then waits (it never calls
//! `skipWaiting` by itself). The page sees it (`registration.waiting`, or `updatefound` then
//! `installed`) and shows "a new version is ready". When the person accepts, the draft is
//! written first; only if that worked does the page post `SKIP_WAITING` to the waiting worker,
//! which takes charge, and the page reloads on `controllerchange` onto the new build.
//!
//! Every browser call here may fail or be missing (no service workers in this browser, an
//! insecure origin, a dev build without `sw.js`): the app then simply works as before.

use super::lang::tr;
use super::state::{storage_persists, DraftState, SaveStatus};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Where a newer build of the app stands, as far as this page knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Update {
    /// Nothing newer than what runs here.
    None,
    /// A newer build is installed and waits for the person.
    Ready,
    /// The draft could not be stored, so reloading would lose it: the person is told first.
    Blocked,
    /// The person accepted: the page is switching over.
    Applying,
}

/// The service worker registration, kept to reach its waiting worker when the person accepts.
type RegistrationSlot = StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>;

/// The offline indicator and the "new version is ready" prompt, shown under the header.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let draft = DraftState::expect();
    let online = RwSignal::new(window().navigator().on_line());
    let update = RwSignal::new(Update::None);
    let registration: RegistrationSlot = StoredValue::new_local(None);

    let on = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    // Not while the first screen is being drawn: installing the worker fetches and stores every
    // file of the app (about 2 MB before compression), which on a phone with few cores competes
    // with drawing the form and taking the first keystrokes. Once the whole form is there and
    // the page is idle (at the latest two seconds later), nothing waits for the worker.
    super::deferred::after_all_drawn(move || {
        super::deferred::when_idle(2000, move || register(update, registration));
    });

    let accept = move |_| {
        // Writing the draft now, not after the debounce, is what makes the reload safe.
        draft.flush();
        let stored = storage_persists()
            && matches!(
                draft.status.get_untracked(),
                SaveStatus::Saved | SaveStatus::ReadOnly
            );
        if stored || update.get_untracked() == Update::Blocked {
            update.set(Update::Applying);
            apply_update(registration);
        } else {
            update.set(Update::Blocked);
        }
    };

    let offline_text = tr("offline.offline");
    let ready_text = tr("offline.update_ready");
    let blocked_text = tr("offline.update_blocked");
    let button_text = tr("offline.update_button");
    let anyway_text = tr("offline.update_anyway");
    let busy_text = tr("offline.updating");
    view! {
        // Always in the page, so screen readers announce what appears inside.
        <div class="connection" role="status" aria-live="polite">
            <Show when=move || !online.get()>
                <p class="offline" data-offline="true">
                    {offline_text}
                </p>
            </Show>
            <Show when=move || update.get() != Update::None>
                <div class="update" data-update=move || format!("{:?}", update.get())>
                    <p>
                        {move || {
                            if update.get() == Update::Blocked { blocked_text() } else { ready_text() }
                        }}
                    </p>
                    <button
                        type="button"
                        class=move || (update.get() == Update::Blocked).then_some("danger")
                        disabled=move || update.get() == Update::Applying
                        on:click=accept
                    >
                        {move || match update.get() {
                            Update::Applying => busy_text(),
                            Update::Blocked => anyway_text(),
                            _ => button_text(),
                        }}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// The page's service worker container, when this browser and origin allow one.
fn container() -> Option<ServiceWorkerContainer> {
    let window = window();
    // Browsers expose service workers to secure contexts only (https, or localhost).
    if !window.is_secure_context() {
        return None;
    }
    let found =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker")).ok()?;
    if found.is_undefined() || found.is_null() {
        return None;
    }
    found.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Registers `sw.js` (next to `index.html`) and follows its updates.
fn register(update: RwSignal<Update>, slot: RegistrationSlot) {
    // Only release builds carry `sw.js` (written by scripts/post_dist.sh); a debug build served
    // by `make serve` would ask for a file that is not there.
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else {
        return;
    };

    // Who is in charge changes in three cases: the first worker claims a page it did not load
    // (nothing to do), the person accepted here (reload onto the new build), or they accepted
    // in another tab (this page still runs the old build: offer the reload).
    let mut controlled = container.controller().is_some();
    let on_change = Closure::<dyn FnMut()>::new(move || {
        match update.try_get_untracked() {
            Some(Update::Applying) => reload(),
            Some(_) if controlled => {
                let _ = update.try_set(Update::Ready);
            }
            _ => {}
        }
        controlled = true;
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    // The page keeps its worker container as long as it lives; so does this listener.
    on_change.forget();

    let registered = Closure::<dyn FnMut(JsValue)>::once(move |value: JsValue| {
        if let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() {
            watch(&registration, update);
            let _ = slot.try_set_value(Some(registration));
        }
    });
    // No worker (no sw.js in a development build, storage blocked, ...): the app works online
    // exactly as before, so the error is deliberately ignored.
    let failed = Closure::<dyn FnMut(JsValue)>::once(|_: JsValue| {});
    let _ = container.register("./sw.js").then2(&registered, &failed);
    // One of the two runs once, at page load; both stay allocated for the page's life.
    registered.forget();
    failed.forget();
}

/// Offers a build that is already waiting, and any build that finishes installing later.
fn watch(registration: &ServiceWorkerRegistration, update: RwSignal<Update>) {
    if registration.waiting().is_some() {
        offer(update);
    }
    let reg = registration.clone();
    let found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = reg.installing() else {
            return;
        };
        let watched = worker.clone();
        let reg = reg.clone();
        let changed = Closure::<dyn FnMut()>::new(move || {
            // Installed while another build is in charge: it now waits for the person. (The
            // very first worker goes straight on to activate and needs no prompt.)
            if watched.state() == ServiceWorkerState::Installed && reg.active().is_some() {
                offer(update);
            }
        });
        worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
        // Lives as long as that worker object: one small closure per new build.
        changed.forget();
    });
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

/// Shows the prompt, unless it already shows or the switch is under way.
fn offer(update: RwSignal<Update>) {
    if update.try_get_untracked() == Some(Update::None) {
        let _ = update.try_set(Update::Ready);
    }
}

/// Asks the waiting worker to take charge; `controllerchange` then reloads the page.
fn apply_update(slot: RegistrationSlot) {
    let waiting = slot
        .try_with_value(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting))
        .flatten();
    let Some(worker) = waiting else {
        // Already in charge (accepted in another tab): loading the page again is all it takes.
        reload();
        return;
    };
    let message = js_sys::Object::new();
    let posted = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into())
        .and_then(|_| worker.post_message(&message));
    if posted.is_err() {
        reload();
        return;
    }
    // Should the new worker fail to take charge, reload anyway: the draft is stored, and the
    // page comes back on whichever build is then in charge, whole.
    set_timeout(reload, Duration::from_secs(5));
}

fn reload() {
    let _ = window().location().reload();
}
