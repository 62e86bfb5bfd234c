//! Step URLs as hash routes (`#/priorities`), so every step has its own address that works on
//! any static host and offline, back/forward move between steps, and a reload stays put.
//!
//! Why not `leptos_router`: it routes on the URL's path, so reloading or sharing a step's
//! address on a static host needs server rewrite rules and breaks when the site is served from
//! a sub-folder; routing on the fragment is an open request (leptos-rs/leptos#2184). A fixed
//! list of steps and one drafts page need only the `hashchange` event and a `match`.

use leptos::prelude::*;

/// The wizard's steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// Who, where, what problem, how long, how much.
    Context,
    /// A short ranked list of the community's priorities.
    Priorities,
    /// Goal, objectives, indicators, outputs, activities.
    Objectives,
    /// Objectives linked to MDG targets and SDGs.
    Linkages,
    /// How the work fits the donor and the country's strategy.
    Donor,
    /// Who works with the community and how firmly.
    Partners,
    /// Audiences, messages, success stories, events.
    Communication,
    /// Budget lines and totals.
    Budget,
    /// Transitions, formalisation, what lasts after the project.
    Sustainability,
    /// Readiness review and export.
    Review,
}

impl Step {
    /// Every step in wizard order.
    pub const ALL: [Step; 10] = [
        Step::Context,
        Step::Priorities,
        Step::Objectives,
        Step::Linkages,
        Step::Donor,
        Step::Partners,
        Step::Communication,
        Step::Budget,
        Step::Sustainability,
        Step::Review,
    ];

    /// The URL slug, also the first segment of field paths and the translation key suffix.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Context => "context",
            Step::Priorities => "priorities",
            Step::Objectives => "objectives",
            Step::Linkages => "linkages",
            Step::Donor => "donor",
            Step::Partners => "partners",
            Step::Communication => "communication",
            Step::Budget => "budget",
            Step::Sustainability => "sustainability",
            Step::Review => "review",
        }
    }

    /// The step for a slug; unknown slugs give `None`.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Translation key of the step's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Step::Context => "step.context",
            Step::Priorities => "step.priorities",
            Step::Objectives => "step.objectives",
            Step::Linkages => "step.linkages",
            Step::Donor => "step.donor",
            Step::Partners => "step.partners",
            Step::Communication => "step.communication",
            Step::Budget => "step.budget",
            Step::Sustainability => "step.sustainability",
            Step::Review => "step.review",
        }
    }

    /// Position in the wizard, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// The hash URL of the step.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }
}

/// Reads the step (and an optional field anchor after a second `/`) from a location hash.
pub fn parse_hash(hash: &str) -> (Step, Option<String>) {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    let mut parts = path.splitn(2, '/');
    let step = parts
        .next()
        .and_then(Step::from_slug)
        .unwrap_or(Step::Context);
    let field = parts.next().filter(|f| !f.is_empty()).map(str::to_string);
    (step, field)
}

/// The current route, provided as context and updated on `hashchange`.
#[derive(Clone, Copy)]
pub struct Route {
    /// The step shown.
    pub step: RwSignal<Step>,
    /// A field to focus once the step is shown (from review links).
    pub focus: RwSignal<Option<String>>,
    /// Whether the drafts list (`#/drafts`) is shown instead of a step.
    pub drafts: RwSignal<bool>,
}

fn is_drafts(hash: &str) -> bool {
    hash.trim_start_matches('#').trim_start_matches('/') == "drafts"
}

impl Route {
    /// Creates the route from the current URL and follows later hash changes.
    pub fn provide() -> Route {
        let (step, field) = parse_hash(&window().location().hash().unwrap_or_default());
        let hash = window().location().hash().unwrap_or_default();
        let route = Route {
            step: RwSignal::new(step),
            focus: RwSignal::new(field),
            drafts: RwSignal::new(is_drafts(&hash)),
        };
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let hash = window().location().hash().unwrap_or_default();
            route.drafts.set(is_drafts(&hash));
            let (step, field) = parse_hash(&hash);
            route.step.set(step);
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
