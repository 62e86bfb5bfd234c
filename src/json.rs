//! JSON through serde: one way in and one way out for every document, draft and data file.
//!
//! Every type that is stored, imported, exported or read from `data/` derives `Serialize` and
//! `Deserialize`. Reading always goes text → [`Value`] → type, with `serde_path_to_error`
//! naming the field at fault (`context.title: invalid type: …`). One path means each type's
//! `Deserialize` code is instantiated once in the browser bundle (for `Value`), and migrations
//! can edit the `Value` in between.

use serde::de::DeserializeOwned;
use serde::Serialize;

pub use serde_json::{Map, Value};

/// Why a value could not be read as a type: where (a path like `context.sites[2]`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Where in the document, outermost first (empty at the top).
    pub path: String,
    /// What was wrong there.
    pub message: String,
}

impl DecodeError {
    /// Prefixes the path with an object key (the error happened inside that field).
    pub fn at_key(mut self, key: &str) -> Self {
        self.path = match self.path.as_str() {
            "" => key.to_string(),
            p if p.starts_with('[') => format!("{key}{p}"),
            p => format!("{key}.{p}"),
        };
        self
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Text that is not JSON: where the reader stopped (1-based) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Line of the error.
    pub line: usize,
    /// Column of the error.
    pub column: usize,
    /// What the reader found.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Why text could not be read as a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all.
    Syntax(ParseError),
    /// JSON of the wrong shape.
    Shape(DecodeError),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Syntax(e) => e.fmt(f),
            ReadError::Shape(e) => e.fmt(f),
        }
    }
}

/// Parses JSON text (serde_json limits nesting to 128 levels, so hostile input errors
/// instead of overflowing the stack).
pub fn parse(bytes: &[u8]) -> Result<Value, ParseError> {
    serde_json::from_slice(bytes).map_err(|e| ParseError {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// Reads a parsed value as `T`, naming the field at fault on error.
pub fn from_value<T: DeserializeOwned>(v: Value) -> Result<T, DecodeError> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        DecodeError {
            path: if path == "." { String::new() } else { path },
            message: e.into_inner().to_string(),
        }
    })
}

/// Parses `text` and reads it as `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let v = parse(text.as_bytes()).map_err(ReadError::Syntax)?;
    from_value(v).map_err(ReadError::Shape)
}

/// Compact JSON text of `value`. The app's types serialise infallibly (string keys, no
/// non-finite floats), so an error can only mean a bug; it yields an empty string, which
/// every caller treats as "nothing written".
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Pretty JSON text of `value` (two-space indent), for files people may read.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}
