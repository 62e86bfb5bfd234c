//! Browser tests (wasm-bindgen-test), run in headless Chromium, Firefox ESR and WebKitGTK
//! (scripts/test.sh): the real localStorage backend, the app mounted in a page, and what the
//! app does where an engine lacks something.
#![cfg(target_arch = "wasm32")]

use asm_proposal::model::Proposal;
use asm_proposal::storage::browser::LocalStore;
use asm_proposal::storage::{Drafts, KeyValueStore, Opened, Saved, StorageError, StorageKey};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-27T10:00:00Z";

fn clear() {
    let store = LocalStore;
    for k in store.keys().unwrap_or_default() {
        let _ = store.remove(&k);
    }
}

#[wasm_bindgen_test]
fn local_store_round_trips_values() {
    clear();
    let store = LocalStore;
    assert!(LocalStore::available());
    assert_eq!(store.get("asmpb.test").unwrap(), None);
    store.set("asmpb.test", "héllo ✓").unwrap();
    assert_eq!(store.get("asmpb.test").unwrap().as_deref(), Some("héllo ✓"));
    assert!(store.keys().unwrap().contains(&"asmpb.test".to_string()));
    store.remove("asmpb.test").unwrap();
    assert_eq!(store.get("asmpb.test").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_draft_saved_to_local_storage_comes_back() {
    clear();
    let store = LocalStore;
    let drafts = Drafts::new(&store);
    let mut p = Proposal::new(NOW);
    p.context.title = "Mercury-free gold".into();
    assert_eq!(
        drafts.save("d1", 0, &p, NOW).unwrap(),
        Saved::Done { rev: 1 }
    );
    match drafts.open("d1", NOW).unwrap() {
        Opened::Ready { proposal, .. } => assert_eq!(proposal.context.title, "Mercury-free gold"),
        other => panic!("{other:?}"),
    }
    // It really is in localStorage under our key.
    let raw = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&StorageKey::Draft("d1".into()).as_string())
        .unwrap()
        .unwrap();
    assert!(raw.contains("Mercury-free gold"));
}

#[wasm_bindgen_test]
fn the_real_quota_error_is_recognised_and_keeps_the_old_value() {
    clear();
    let store = LocalStore;
    store.set("asmpb.q", "old").unwrap();
    // Chromium, Firefox and WebKit allow about 5 MB per origin: 12 M characters cannot fit.
    let huge = "x".repeat(12 * 1024 * 1024);
    let err = store.set("asmpb.q", &huge).unwrap_err();
    assert_eq!(err, StorageError::QuotaExceeded);
    assert_eq!(store.get("asmpb.q").unwrap().as_deref(), Some("old"));
    clear();
}

#[wasm_bindgen_test]
fn each_engines_quota_error_is_recognised() {
    use asm_proposal::storage::browser::classify;
    use web_sys::DomException;
    // Chromium, WebKit and Firefox today; older Firefox threw its own name.
    for name in ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"] {
        let err = DomException::new_with_message_and_name("full", name).unwrap();
        assert_eq!(classify(&err.into()), StorageError::QuotaExceeded, "{name}");
    }
    let refused = DomException::new_with_message_and_name("no", "SecurityError").unwrap();
    assert_eq!(classify(&refused.into()), StorageError::Unavailable);
    let other = DomException::new_with_message_and_name("odd", "InvalidStateError").unwrap();
    assert!(matches!(classify(&other.into()), StorageError::Other(_)));
}

/// Hides `window[name]` (or `navigator[name]`) as an engine without it would, for the
/// duration of `f`.
async fn without<F: std::future::Future<Output = ()>>(
    on: &wasm_bindgen::JsValue,
    name: &str,
    f: impl FnOnce() -> F,
) {
    use js_sys::{Object, Reflect};
    let descriptor = Object::new();
    Reflect::set(
        &descriptor,
        &"value".into(),
        &wasm_bindgen::JsValue::UNDEFINED,
    )
    .unwrap();
    Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    let target: &Object = on.unchecked_ref();
    Object::define_property(target, &name.into(), &descriptor);
    f().await;
    Reflect::delete_property(target, &name.into()).unwrap();
}

#[wasm_bindgen_test]
async fn without_request_idle_callback_idle_work_still_runs() {
    use std::{cell::Cell, rc::Rc};
    let window: wasm_bindgen::JsValue = web_sys::window().unwrap().into();
    without(&window, "requestIdleCallback", || async {
        let ran = Rc::new(Cell::new(false));
        let flag = ran.clone();
        asm_proposal::ui::deferred::when_idle(60_000, move || flag.set(true));
        for _ in 0..20 {
            if ran.get() {
                break;
            }
            next_task().await;
        }
        assert!(
            ran.get(),
            "WebKit has no requestIdleCallback: a timeout runs it"
        );
    })
    .await;
}

#[wasm_bindgen_test]
async fn without_navigator_storage_the_persistence_answer_stays_unknown() {
    use asm_proposal::ui::save_banner::{request_persistence, Persisted};
    use leptos::prelude::*;
    let navigator: wasm_bindgen::JsValue = web_sys::window().unwrap().navigator().into();
    without(&navigator, "storage", || async {
        let owner = Owner::new();
        let state = owner.with(|| {
            request_persistence();
            expect_context::<Persisted>()
        });
        next_task().await;
        assert_eq!(state.0.get_untracked(), None);
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_shows_the_context_step() {
    clear();
    let body = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap();
    let host = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap();
    body.append_child(&host).unwrap();
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let handle = leptos::mount::mount_to(host.clone(), asm_proposal::App);
    let doc = web_sys::window().unwrap().document().unwrap();
    assert!(doc.get_element_by_id("f-context-title").is_some());
    assert!(doc.query_selector("nav.steps").unwrap().is_some());
    let items = doc.query_selector_all("nav.steps li").unwrap().length();
    assert_eq!(items, 11);
    drop(handle);
}

/// A new task: resolves from a zero timeout, queued behind the timeouts already set.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn later_parts_are_drawn_one_task_each_in_order_and_after_drawn_comes_last() {
    use asm_proposal::ui::deferred::{after_drawn, Deferred};
    use leptos::prelude::*;
    use std::{cell::RefCell, rc::Rc};
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let handle = leptos::mount::mount_to(host.clone(), || {
        view! {
            <p id="part-0">"drawn at once"</p>
            <Deferred><p id="part-1">"one"</p></Deferred>
            <Deferred><p id="part-2">"two"</p></Deferred>
        }
    });
    let drawn = |id: &str| doc.get_element_by_id(id).is_some();
    let markers = || host.query_selector_all("[data-drawing]").unwrap().length();
    assert!(drawn("part-0"));
    assert!(!drawn("part-1") && !drawn("part-2"));
    assert_eq!(markers(), 2, "a hidden marker per part still to draw");

    // Asked for now, it runs once both parts are drawn.
    let seen: Rc<RefCell<Option<(bool, bool)>>> = Rc::new(RefCell::new(None));
    let record = seen.clone();
    let probe = doc.clone();
    after_drawn(move || {
        let at = |id: &str| probe.get_element_by_id(id).is_some();
        *record.borrow_mut() = Some((at("part-1"), at("part-2")));
    });

    // Parts queued by another test's app may come first: one part per task either way.
    let mut tasks = 0;
    while !drawn("part-1") {
        assert!(!drawn("part-2"), "the parts come in order");
        next_task().await;
        tasks += 1;
        assert!(tasks < 200, "the first later part was never drawn");
    }
    assert!(!drawn("part-2"), "one part per task");
    next_task().await;
    assert!(drawn("part-2"));
    assert_eq!(markers(), 0);
    assert_eq!(*seen.borrow(), None, "after_drawn waits for the parts");
    while seen.borrow().is_none() {
        next_task().await;
        tasks += 1;
        assert!(tasks < 200, "after_drawn never ran");
    }
    assert_eq!(*seen.borrow(), Some((true, true)));
    // In the document's order.
    let text = host.text_content().unwrap_or_default();
    assert_eq!(text, "drawn at onceonetwo");
    drop(handle);
}

/// The next animation frame (after the callbacks already asked for it).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn focus_later_moves_focus_unless_the_person_moved_it_first() {
    use asm_proposal::ui::list::focus_later;
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    host.set_inner_html(
        r#"<input id="fl-wanted"><input id="fl-chosen"><input id="fl-start"><button id="fl-gone">x</button>"#,
    );
    doc.body().unwrap().append_child(&host).unwrap();
    let focus = |id: &str| {
        let el: web_sys::HtmlElement =
            wasm_bindgen::JsCast::unchecked_into(doc.get_element_by_id(id).unwrap());
        el.focus().unwrap();
    };
    let active = || doc.active_element().map(|e| e.id()).unwrap_or_default();

    // Asked from a button that is then removed (a deleted row): focus fell to the body, and
    // the frame moves it where it was asked.
    focus("fl-gone");
    focus_later("fl-wanted");
    doc.get_element_by_id("fl-gone").unwrap().remove();
    next_frame().await;
    assert_eq!(active(), "fl-wanted");

    // Asked, then the person goes to another field before the frame: they keep it.
    focus_later("fl-wanted");
    focus("fl-chosen");
    next_frame().await;
    assert_eq!(
        active(),
        "fl-chosen",
        "a focus move the person made is not undone"
    );

    // Asked while focus stays where it was: it moves.
    focus_later("fl-wanted");
    next_frame().await;
    assert_eq!(active(), "fl-wanted");

    // Asked, then the app itself moves focus before the frame (an item's tools after a move):
    // that is not the person going somewhere, so the later request still wins.
    focus("fl-start");
    focus_later("fl-wanted");
    let other: web_sys::HtmlElement =
        wasm_bindgen::JsCast::unchecked_into(doc.get_element_by_id("fl-chosen").unwrap());
    asm_proposal::ui::list::app_focus(&other);
    assert_eq!(active(), "fl-chosen");
    next_frame().await;
    assert_eq!(
        active(),
        "fl-wanted",
        "focus the app moved does not count as the person's"
    );
    host.remove();
}
