//! Imports: what they refuse or mark, and what they say about it.

mod messages;
mod rules;
