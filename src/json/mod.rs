//! JSON for the app's own documents: a small reader ([`parse`]), a writer that matches
//! serde_json's bytes, and the [`ToJson`] / [`FromJson`] traits the model, storage and
//! knowledge base implement (mostly through [`json_struct!`]).
//!
//! The browser bundle carries only this code for JSON; see [`codec`] for why.

pub mod codec;
mod derive;
mod parse;
mod pretty;
mod value;
mod write;

pub use codec::{from_str, object_fields, to_string, DecodeError, FromJson, ReadError, ToJson};
pub(crate) use derive::{json_newtype, json_struct};
pub use parse::{parse, top_level_fields, ParseError, MAX_DEPTH};
pub use pretty::pretty;
pub use value::{Number, Value};
pub use write::{write_key, write_number, write_str, write_value};

#[cfg(test)]
mod tests;
