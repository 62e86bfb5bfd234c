//! The native integration tests, one crate so the library is linked once: a module per area,
//! each former test file one module under it. The browser tests are `tests/browser.rs`.

mod export;
mod i18n;
mod import;
mod knowledge;
mod model;
mod review;
mod storage;
mod support;
