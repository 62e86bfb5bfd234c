//! The status region of a page that reads files (My drafts, Writing together): what opening a
//! file did, said so that a screen reader announces it and a sighted person sees it change.

use leptos::prelude::*;

/// Shows `lines` in a status region, emptied first and filled a moment later: a second file
/// whose message is the same as the first's is then announced again by a screen reader, and
/// seen to go and come back on screen.
pub fn announce(message: RwSignal<Vec<String>>, lines: Vec<String>) {
    message.set(Vec::new());
    set_timeout(
        move || {
            message.try_set(lines);
        },
        std::time::Duration::from_millis(120),
    );
}

/// The status region: `message`'s lines, as problems (`plain` false) or as news.
#[component]
pub fn StatusLines(
    /// The lines shown.
    message: RwSignal<Vec<String>>,
    /// Whether the lines are news rather than problems.
    #[prop(optional)]
    plain: bool,
) -> impl IntoView {
    let class = if plain { "messages plain" } else { "messages" };
    view! {
        <div role="status" aria-live="polite">
            {move || {
                let m = message.get();
                (!m.is_empty()).then(|| view! { <ul class=class>{m.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul> })
            }}
        </div>
    }
}
