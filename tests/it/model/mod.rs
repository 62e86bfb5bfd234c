//! The proposal model: examples, JSON import, list operations, properties, validation.

mod budget_years;
mod examples;
mod import;
mod ops;
mod props;
mod validate;
