//! A heading and an input, marked ready once mounted: the load-time floor for `make bench`.
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        view! {
            <main data-app-ready="true">
                <h1>"Minimal Leptos page"</h1>
                <label for="title">"Proposal title"</label>
                <input id="title" type="text" />
            </main>
        }
    });
}
