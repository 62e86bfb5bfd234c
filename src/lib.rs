#![warn(missing_docs)]
//! ASM Proposal Builder.
//!
//! The pure core (`model`, `knowledge`, `review`, `export`, `storage`, `i18n`, `coedit`) knows nothing of the
//! browser and is tested natively; `ui` is the thin Leptos shell, compiled only for wasm32.

pub mod coedit;
pub mod export;
pub mod i18n;
pub mod json;
pub mod knowledge;
pub mod model;
pub mod review;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::App;
