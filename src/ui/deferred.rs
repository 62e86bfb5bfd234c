//! Drawing a long screen in several short tasks.
//!
//! Building the whole Context form with the shell in one task takes about 100 ms on a desktop
//! core, four times that on a cheap phone, and the first paint and the first keystroke would
//! wait for all of it. [`Deferred`] parts are drawn one per task, in the order they were declared, after
//! the view around them, so the browser can paint and take a keystroke in between.
//! [`after_drawn`] runs something (moving focus) once every part waiting has been drawn.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

type Job = Box<dyn FnOnce()>;

thread_local! {
    /// Parts waiting to be drawn, first declared first; `None` while no task is scheduled.
    static QUEUE: RefCell<Option<VecDeque<Job>>> = const { RefCell::new(None) };
}

/// Queues `job` behind everything already waiting, and schedules the pump if it is idle.
fn enqueue(job: Job) {
    let start = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        match q.as_mut() {
            Some(queue) => {
                queue.push_back(job);
                false
            }
            None => {
                *q = Some(VecDeque::from([job]));
                true
            }
        }
    });
    if start {
        next_task(pump);
    }
}

/// Runs one queued part, then yields to the browser before the next.
fn pump() {
    let job = QUEUE.with(|q| q.borrow_mut().as_mut().and_then(VecDeque::pop_front));
    if let Some(job) = job {
        job();
    }
    // A part drawn just now may have queued parts of its own: they come after the others.
    let more = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if q.as_ref().is_some_and(|queue| !queue.is_empty()) {
            true
        } else {
            *q = None;
            false
        }
    });
    if more {
        next_task(pump);
    }
}

/// A new task (a zero timeout): rendering and input are handled before it when they are due.
fn next_task(f: fn()) {
    set_timeout(f, std::time::Duration::ZERO);
}

/// Runs `f` once every part queued by the end of the current task has been drawn (in the next
/// task if there is none). The queueing waits for that task's end because a view is built in
/// document order: the navigation asks before the step below it has queued its parts.
pub fn after_drawn(f: impl FnOnce() + 'static) {
    set_timeout(move || enqueue(Box::new(f)), std::time::Duration::ZERO);
}

/// Runs `f` once no part is left to draw, counting parts that drawn parts queue in turn: it
/// waits at the back of the queue, and goes to the back again while more parts came in.
pub fn after_all_drawn(f: impl FnOnce() + 'static) {
    fn wait(f: Job) {
        enqueue(Box::new(move || {
            let more = QUEUE.with(|q| q.borrow().as_ref().is_some_and(|queue| !queue.is_empty()));
            if more {
                wait(f);
            } else {
                f();
            }
        }));
    }
    set_timeout(move || wait(Box::new(f)), std::time::Duration::ZERO);
}

/// Draws its children in a task of their own, after the view around it. Until then it leaves
/// a hidden `data-drawing` marker, which tests wait on.
#[component]
pub fn Deferred(children: Children) -> impl IntoView {
    let shown = RwSignal::new(false);
    enqueue(Box::new(move || {
        // The screen may have been left before its turn came.
        shown.try_set(true);
    }));
    let content = StoredValue::new_local(Some(children));
    move || {
        if shown.get() {
            build_once(content).unwrap_or_else(|| ().into_any())
        } else {
            view! { <span data-drawing="" hidden></span> }.into_any()
        }
    }
}

/// Builds children kept for a later draw, the first time only (`None` after). Untracked: the
/// children can be taken only once, and what they read must not draw them again.
pub fn build_once(content: StoredValue<Option<Children>, LocalStorage>) -> Option<AnyView> {
    untrack(|| {
        content
            .try_update_value(Option::take)
            .flatten()
            .map(|children| children())
    })
}

/// Runs `f` in a task of its own once the browser has reported painting something (the loading
/// message in index.html). When the wasm arrives before the first frame (a fast or cached load),
/// mounting straight away holds that frame back, or removes the message before its paint is
/// timed: the page stays blank longer, and the app, not the message, counts as the largest
/// paint, which Lighthouse then times as if it waited for the whole wasm download. On a phone
/// network the message has long been painted when the wasm arrives, and nothing waits.
/// Waits at most `MAX_WAIT_MS` (a hidden tab draws no frames).
pub fn after_first_paint(f: fn()) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    const MAX_WAIT_MS: u64 = 1000;
    if !paint_timing_supported() || first_paint_reported() {
        next_task(f);
        return;
    }
    let task = FirstTaker::new(f);
    // The observer's callback is a task of its own, queued as soon as the paint is timed.
    let on_paint = {
        let task = task.clone();
        Closure::<dyn FnMut(JsValue, web_sys::PerformanceObserver)>::new(
            move |_entries, observer: web_sys::PerformanceObserver| {
                observer.disconnect();
                task.run();
            },
        )
    };
    let observing = web_sys::PerformanceObserver::new(on_paint.as_ref().unchecked_ref())
        .map(|observer| {
            let types = js_sys::Array::of1(&"paint".into());
            observer.observe(&web_sys::PerformanceObserverInit::new(&types));
        })
        .is_ok();
    // Called at most once or twice, while the app starts: kept for the page's lifetime.
    on_paint.forget();
    let wait = if observing { MAX_WAIT_MS } else { 0 };
    set_timeout(move || task.run(), std::time::Duration::from_millis(wait));
}

/// Whether this browser times paints (`PerformanceObserver.supportedEntryTypes` has "paint").
fn paint_timing_supported() -> bool {
    js_sys::Reflect::get(&window(), &"PerformanceObserver".into())
        .and_then(|ctor| js_sys::Reflect::get(&ctor, &"supportedEntryTypes".into()))
        .ok()
        .filter(js_sys::Array::is_array)
        .is_some_and(|types| js_sys::Array::from(&types).includes(&"paint".into(), 0))
}

/// Whether the page has a paint timing entry yet.
fn first_paint_reported() -> bool {
    window()
        .performance()
        .is_some_and(|perf| perf.get_entries_by_type("paint").length() > 0)
}

/// A task two callbacks race for (the event awaited, and a timeout in case it never comes):
/// whichever runs first runs it, the other finds nothing left.
#[derive(Clone)]
struct FirstTaker(Rc<Cell<Option<Job>>>);

impl FirstTaker {
    fn new(f: impl FnOnce() + 'static) -> Self {
        Self(Rc::new(Cell::new(Some(Box::new(f)))))
    }

    fn run(&self) {
        if let Some(f) = self.0.take() {
            f()
        }
    }
}

/// Runs `f` when the browser is idle, at the latest after `timeout_ms`; on the next task where the
/// browser has no idle callbacks (WebKit: Safari and WebKitGTK lack `requestIdleCallback`).
pub fn when_idle(timeout_ms: u32, f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    if !has_idle_callbacks() {
        set_timeout(f, std::time::Duration::ZERO);
        return;
    }
    let task = FirstTaker::new(f);
    let idle = {
        let task = task.clone();
        wasm_bindgen::closure::Closure::once_into_js(move || task.run())
    };
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(timeout_ms);
    if window()
        .request_idle_callback_with_options(idle.unchecked_ref(), &options)
        .is_err()
    {
        set_timeout(move || task.run(), std::time::Duration::ZERO);
    }
}

/// Whether `window.requestIdleCallback` is a function here.
fn has_idle_callbacks() -> bool {
    js_sys::Reflect::get(&window(), &"requestIdleCallback".into()).is_ok_and(|f| f.is_function())
}
