//! The proposal model: examples, JSON import, list operations, properties, validation.

mod examples;
mod import;
mod ops;
mod props;
mod validate;
