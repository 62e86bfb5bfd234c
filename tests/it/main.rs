//! The native integration tests, one crate so the library is linked once: a folder per area,
//! a file per topic, `support/` for what they share. The browser tests are `tests/browser.rs`.
//!
//! proptest keeps the seeds of past failures beside the crate root's folder, by module path:
//! `review/engine.rs` reads and writes `tests/proptest-regressions/review/engine.txt`.

mod coedit;
mod export;
mod i18n;
mod import;
mod knowledge;
mod model;
mod review;
mod storage;
mod support;
