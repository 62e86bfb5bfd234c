//! The browser shell: Leptos components over the pure core. Kept thin on purpose: what can be
//! plain Rust lives in the core modules, where native tests reach it.

mod app;
mod lang;
mod route;
mod shell;
mod state;
mod steps;
mod widgets;

pub use app::App;
