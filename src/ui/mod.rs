//! The browser shell: Leptos components over the pure core. Kept thin on purpose: what can be
//! plain Rust lives in the core modules, where native tests reach it.

mod app;
pub mod download;
pub mod drafts;
pub mod fetch;
pub mod lang;
pub mod list;
pub mod offline;
pub mod readiness;
pub mod route;
pub mod save_banner;
mod shell;
pub mod state;
pub mod steps;
pub mod tabs;
pub mod widgets;

pub use app::App;
