//! Typed reading and writing: [`ToJson`] and [`FromJson`] for the app's own types.
//!
//! Why not serde? Its generic machinery, instantiated for every document type and every
//! format, was the largest single part of the browser bundle. These traits are plain
//! functions over one [`Value`] type, so each type's code exists once. Structs implement them
//! with [`json_struct!`](crate::json::json_struct); string enums with `id_enum!`.

use std::collections::BTreeMap;

use super::value::{Number, Value};
use super::write::{write_key, write_number, write_str, write_value};

/// Why a value could not be read as a type: where (a path like `context.sites[2]`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Where in the document, outermost first (empty at the top).
    pub path: String,
    /// What was wrong there.
    pub message: String,
}

impl DecodeError {
    /// An error at the current value.
    pub fn new(message: impl Into<String>) -> Self {
        DecodeError {
            path: String::new(),
            message: message.into(),
        }
    }

    /// "expected {what}, found {the value's kind}".
    pub fn expected(what: &str, found: &Value) -> Self {
        DecodeError::new(format!("expected {what}, found {}", found.kind()))
    }

    /// Prefixes the path with an object key (as the error leaves that field).
    pub fn at_key(mut self, key: &str) -> Self {
        self.path = if self.path.is_empty() {
            key.to_string()
        } else if self.path.starts_with('[') {
            format!("{key}{}", self.path)
        } else {
            format!("{key}.{}", self.path)
        };
        self
    }

    /// Prefixes the path with an array index.
    pub fn at_index(mut self, index: usize) -> Self {
        self.path = if self.path.is_empty() || self.path.starts_with('[') {
            format!("[{index}]{}", self.path)
        } else {
            format!("[{index}].{}", self.path)
        };
        self
    }

    /// A required field is absent.
    pub fn missing(field: &str) -> Self {
        DecodeError::new(format!("missing field `{field}`"))
    }

    /// A field this type does not have (for types that refuse unknown fields).
    pub fn unknown(field: &str, known: &[&str]) -> Self {
        DecodeError::new(format!(
            "unknown field `{field}`, expected one of: {}",
            known.join(", ")
        ))
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

/// Writes itself as compact JSON.
pub trait ToJson {
    /// Appends this value's JSON to `out`.
    fn write_json(&self, out: &mut String);
}

/// Reads itself from a parsed value, taking ownership so text is moved, not copied.
pub trait FromJson: Sized {
    /// Converts `v`, or says where and why it does not fit.
    fn from_json(v: Value) -> Result<Self, DecodeError>;
}

/// Compact JSON text of `value`.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// Why text could not be read as a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all.
    Syntax(super::ParseError),
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

/// Parses `text` and reads it as `T`.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, ReadError> {
    let v = super::parse(text.as_bytes()).map_err(ReadError::Syntax)?;
    T::from_json(v).map_err(ReadError::Shape)
}

/// The fields of an object value, or an error naming what was found instead.
pub fn object_fields(v: Value) -> Result<Vec<(String, Value)>, DecodeError> {
    match v {
        Value::Object(fields) => Ok(fields),
        other => Err(DecodeError::expected("an object", &other)),
    }
}

/// Walks an object's fields for a struct decoder: finds each key among `names` and hands its
/// position and value to `set`; an unknown key is skipped, or refused when `deny_unknown`; an
/// error from `set` gets the key prefixed. Shared by every struct so each type's own code is
/// only its assignments (written by `json_struct!`).
#[inline(never)]
pub fn decode_fields(
    v: Value,
    names: &[&str],
    deny_unknown: bool,
    set: &mut dyn FnMut(usize, Value) -> Result<(), DecodeError>,
) -> Result<(), DecodeError> {
    for (key, value) in object_fields(v)? {
        match names.iter().position(|n| *n == key) {
            Some(i) => set(i, value).map_err(|e| e.at_key(&key))?,
            None if deny_unknown => return Err(DecodeError::unknown(&key, names)),
            None => {}
        }
    }
    Ok(())
}

impl ToJson for Value {
    fn write_json(&self, out: &mut String) {
        write_value(out, self);
    }
}

impl FromJson for Value {
    fn from_json(v: Value) -> Result<Self, DecodeError> {
        Ok(v)
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl FromJson for String {
    fn from_json(v: Value) -> Result<Self, DecodeError> {
        match v {
            Value::String(s) => Ok(s),
            other => Err(DecodeError::expected("text", &other)),
        }
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl FromJson for bool {
    fn from_json(v: Value) -> Result<Self, DecodeError> {
        match v {
            Value::Bool(b) => Ok(b),
            other => Err(DecodeError::expected("true or false", &other)),
        }
    }
}

/// Reads a whole number into `i128` (wide enough for every integer type), for the range checks.
fn whole(v: &Value) -> Option<i128> {
    match v {
        Value::Number(Number::UInt(u)) => Some(i128::from(*u)),
        Value::Number(Number::Int(i)) => Some(i128::from(*i)),
        _ => None,
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }
        }
        impl FromJson for $t {
            fn from_json(v: Value) -> Result<Self, DecodeError> {
                whole(&v)
                    .and_then(|n| <$t>::try_from(n).ok())
                    .ok_or_else(|| DecodeError::expected(
                        concat!("a whole number that fits ", stringify!($t)),
                        &v,
                    ))
            }
        }
    )*};
}
integers!(u8, u32, u64, i32, i64);

impl ToJson for f64 {
    fn write_json(&self, out: &mut String) {
        write_number(out, Number::Float(*self));
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: Value) -> Result<Self, DecodeError> {
        match v {
            Value::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    #[inline(never)]
    fn from_json(v: Value) -> Result<Self, DecodeError> {
        match v {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| T::from_json(item).map_err(|e| e.at_index(i)))
                .collect(),
            other => Err(DecodeError::expected("a list", &other)),
        }
    }
}

impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn write_json(&self, out: &mut String) {
        out.push('{');
        let mut first = true;
        for (k, v) in self {
            write_key(out, k, &mut first);
            v.write_json(out);
        }
        out.push('}');
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(v: Value) -> Result<Self, DecodeError> {
        object_fields(v)?
            .into_iter()
            .map(|(k, v)| match T::from_json(v) {
                Ok(v) => Ok((k, v)),
                Err(e) => Err(e.at_key(&k)),
            })
            .collect()
    }
}

impl<T: ToJson> ToJson for Box<T> {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}
