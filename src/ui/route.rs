//! Step URLs as hash routes (`#/priorities`), so every step has its own address that works on
//! any static host and offline, back/forward move between steps, and a reload stays put.
//!
//! Why not `leptos_router`: it routes on the URL's path, so reloading or sharing a step's
//! address on a static host needs server rewrite rules and breaks when the site is served from
//! a sub-folder; routing on the fragment is an open request (leptos-rs/leptos#2184). A fixed
//! list of steps and one drafts page need only the `hashchange` event and a `match`.

use crate::model::Step;
use leptos::prelude::*;

/// The hash URL of a step.
pub fn href(step: Step) -> String {
    format!("#/{}", step.as_str())
}

/// What the main area shows: a wizard step, or the list of drafts (`#/drafts`), which is no
/// step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// A wizard step.
    Step(Step),
    /// The list of drafts, with import, backup and storage use.
    Drafts,
    /// Co-editing: send a copy, open one, merge it back (`#/coedit`).
    Coedit,
}

/// Reads the page (and, for a step, an optional field anchor after a second `/`) from a
/// location hash; an unknown or empty hash shows the first step.
pub fn parse_hash(hash: &str) -> (Page, Option<String>) {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    if path == "drafts" {
        return (Page::Drafts, None);
    }
    if path == "coedit" {
        return (Page::Coedit, None);
    }
    let mut parts = path.splitn(2, '/');
    let step = parts
        .next()
        .and_then(Step::from_id)
        .unwrap_or(Step::Context);
    let field = parts.next().filter(|f| !f.is_empty()).map(str::to_string);
    (Page::Step(step), field)
}

/// The current route, provided as context and updated on `hashchange`.
#[derive(Clone, Copy)]
pub struct Route {
    /// The page shown.
    pub page: RwSignal<Page>,
    /// A field to focus once the step is shown (from review links).
    pub focus: RwSignal<Option<String>>,
}

impl Route {
    /// Creates the route from the current URL and follows later hash changes.
    pub fn provide() -> Route {
        let (page, field) = parse_hash(&window().location().hash().unwrap_or_default());
        let route = Route {
            page: RwSignal::new(page),
            focus: RwSignal::new(field),
        };
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let (page, field) = parse_hash(&window().location().hash().unwrap_or_default());
            route.page.set(page);
            // A review link to a field of the step already shown: focus it now.
            if let Some(path) = &field {
                super::list::focus_later(crate::model::FieldPath::parse(path).element_id());
            }
            route.focus.set(field);
        });
        // The app lives as long as the page, so the listener does too.
        on_cleanup(move || handle.remove());
        provide_context(route);
        route
    }

    /// The route provided by the app.
    pub fn expect() -> Route {
        expect_context::<Route>()
    }
}
