//! JSON through serde: one way in and one way out for every document, draft and data file.
//!
//! Every type that is stored, imported, exported or read from `data/` derives `Serialize` and
//! `Deserialize`. [`from_str`] names the field at fault in an error (`context.title: invalid
//! type: …`) by reading the field path at serde_json's error position off the text
//! ([`path_at`]). `serde_path_to_error` does the same by wrapping every visitor, which put
//! 242 KB of its wrapper code (of 984 KB) into the first wasm module when it was used here.

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

/// What a value that did not fit should have been, read off serde's message (its wording is
/// stable: serde's `Unexpected`/`Expected` texts and serde_json's primitive names).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A field that must be there is not (its name).
    Field(String),
    /// Text.
    Text,
    /// A whole number, zero or more (ids, counts, years, percentages).
    Count,
    /// A whole number that may carry a sign (amounts in minor units, quantities in thousandths).
    WholeNumber,
    /// `true` or `false`.
    YesNo,
    /// A list.
    List,
    /// A group of named fields.
    Group,
    /// One of a fixed set of choices.
    Choice,
    /// Anything else.
    Other,
}

impl DecodeError {
    /// What the value at [`DecodeError::path`] should have been.
    pub fn expected(&self) -> Expected {
        let m = self.message.as_str();
        if let Some(rest) = m.strip_prefix("missing field `") {
            return Expected::Field(rest.trim_end_matches('`').to_string());
        }
        if m.starts_with("unknown variant") {
            return Expected::Choice;
        }
        let wanted = m.rsplit(", expected ").next().unwrap_or("");
        match wanted {
            "a string" | "a character" => Expected::Text,
            "u8" | "u16" | "u32" | "u64" | "usize" => Expected::Count,
            "i8" | "i16" | "i32" | "i64" | "isize" => Expected::WholeNumber,
            "a boolean" => Expected::YesNo,
            "a sequence" => Expected::List,
            w if w.starts_with("struct ") || w == "a map" => Expected::Group,
            w if w.starts_with("enum ") || w.starts_with("one of ") => Expected::Choice,
            _ => Expected::Other,
        }
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
    let text = utf8(bytes)?;
    serde_json::from_str(text).map_err(|e| ParseError {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// `text` with every `\uXXXX` escape of a lone UTF-16 surrogate (half of a pair without its
/// other half) replaced by `\uFFFD`, the replacement character. JSON's grammar allows such
/// escapes but no Rust string can hold one, so serde_json refuses the whole text; a draft
/// written by a JavaScript tool may carry one in a single character of a long text, and
/// losing that character is better than refusing the draft. Borrowed when there is none.
pub fn replace_lone_surrogates(text: &str) -> std::borrow::Cow<'_, str> {
    fn unit_at(b: &[u8], i: usize) -> Option<u16> {
        // `\u` followed by four hex digits at `i`.
        if b.get(i) != Some(&b'\\') || b.get(i + 1) != Some(&b'u') {
            return None;
        }
        let hex = std::str::from_utf8(b.get(i + 2..i + 6)?).ok()?;
        u16::from_str_radix(hex, 16).ok()
    }
    let is_high = |u: u16| (0xD800..0xDC00).contains(&u);
    let is_low = |u: u16| (0xDC00..0xE000).contains(&u);
    let b = text.as_bytes();
    let mut lone: Vec<usize> = Vec::new();
    let (mut i, mut in_string) = (0, false);
    while i < b.len() {
        match b[i] {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                match unit_at(b, i) {
                    Some(u) if is_high(u) && unit_at(b, i + 6).is_some_and(is_low) => i += 6,
                    Some(u) if is_high(u) || is_low(u) => lone.push(i),
                    _ => {}
                }
                // Past the escape's first two characters (`\\`, `\"`, `\u`...).
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    if lone.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for at in lone {
        out.push_str(&text[last..at]);
        out.push_str("\\uFFFD");
        last = at + 6;
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// `bytes` as text, or where the first byte that is not UTF-8 sits. (One reader, for text,
/// keeps one copy of serde_json's parser in the bundle.)
pub fn utf8(bytes: &[u8]) -> Result<&str, ParseError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.len()
            - before
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |p| p + 1)
            + 1;
        ParseError {
            line,
            column,
            message: format!("not UTF-8 text at line {line} column {column}"),
        }
    })
}

/// Reads a parsed value as `T`, through its text: every type is then read by one
/// deserializer, serde_json's text reader, whose code per type the browser bundle carries
/// once (reading the knowledge base from `Value` doubled every list's reader: about 60 KB
/// of the first module's code before gzip). The value is a few KB, so the round trip is cheap.
pub fn from_value<T: DeserializeOwned>(v: Value) -> Result<T, DecodeError> {
    from_str(&v.to_string()).map_err(|e| match e {
        ReadError::Shape(e) => e,
        ReadError::Syntax(e) => DecodeError {
            path: String::new(),
            message: e.message,
        },
    })
}

/// Reads JSON text as `T`; a shape error names the field at fault.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        // serde_json appends the position; the path says it better.
        let message = match message.rfind(" at line ") {
            Some(cut) => message[..cut].to_string(),
            None => message,
        };
        if e.is_data() {
            ReadError::Shape(DecodeError {
                path: path_at(text, e.line(), e.column()),
                message,
            })
        } else {
            ReadError::Syntax(ParseError {
                line: e.line(),
                column: e.column(),
                message,
            })
        }
    })
}

/// One level of nesting while [`path_at`] walks the text.
enum Level {
    /// Inside an object: the last key read.
    Object(Option<String>),
    /// Inside a list: the index of the current item.
    List(usize),
}

/// The field path (`context.sites[2]`) of the value at 1-based `line` and byte `column` of
/// valid JSON `text`, as serde_json reports the position of a shape error: just after the
/// value that did not fit, or just after the object that lacks a field (then the path is the
/// object's own).
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let end = (line_start + column).min(text.len());
    let bytes = text.as_bytes();
    let mut levels: Vec<Level> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                levels.push(Level::Object(None));
                expect_key = true;
            }
            b'[' => levels.push(Level::List(0)),
            b'}' | b']' => {
                levels.pop();
                expect_key = false;
            }
            b',' => match levels.last_mut() {
                Some(Level::List(n)) => *n += 1,
                Some(Level::Object(_)) => expect_key = true,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expect_key {
                    let key = serde_json::from_str(&text[start..=i.min(text.len() - 1)])
                        .unwrap_or_default();
                    if let Some(Level::Object(k)) = levels.last_mut() {
                        *k = Some(key);
                    }
                    expect_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for level in &levels {
        match level {
            Level::Object(Some(k)) if path.is_empty() => path.push_str(k),
            Level::Object(Some(k)) => {
                path.push('.');
                path.push_str(k);
            }
            Level::Object(None) => {}
            Level::List(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        context: Context,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Context {
        title: String,
        sites: Vec<String>,
    }

    fn err(text: &str) -> String {
        match from_str::<Doc>(text) {
            Err(ReadError::Shape(e)) => e.to_string(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_shape_error_names_the_field() {
        assert_eq!(
            err(r#"{"context": {"sites": [], "title": 5}}"#),
            "context.title: invalid type: integer `5`, expected a string"
        );
        assert_eq!(
            err("{\"context\": {\"title\": \"a \\\"}\\\" b\",\n \"sites\": [\"x\", \"y\", 3]}}"),
            "context.sites[2]: invalid type: integer `3`, expected a string"
        );
        assert_eq!(
            err(r#"{"context": {"title": "x"}}"#),
            "context: missing field `sites`"
        );
        assert_eq!(err(r#"{}"#), "missing field `context`");
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let read = |t: &str| -> String {
            serde_json::from_str(&replace_lone_surrogates(t)).unwrap_or_else(|e| panic!("{t}: {e}"))
        };
        assert_eq!(read(r#""a\ud800 b""#), "a\u{FFFD} b");
        assert_eq!(read(r#""\udc00\ud800""#), "\u{FFFD}\u{FFFD}");
        assert_eq!(read(r#""\ud83d\ude00""#), "\u{1F600}");
        assert_eq!(read(r#""\\ud800""#), "\\ud800");
        assert!(matches!(
            replace_lone_surrogates(r#"{"a": "\u00e9"}"#),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn text_that_is_not_json_says_where() {
        let Err(ReadError::Syntax(e)) = from_str::<Doc>("{\n  \"context\": x}") else {
            panic!("not a syntax error")
        };
        assert_eq!((e.line, e.column), (2, 14));
        let e = parse(b"\"\xff\"").unwrap_err();
        assert_eq!((e.line, e.column), (1, 2));
    }
}
