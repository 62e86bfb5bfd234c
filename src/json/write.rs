//! The writer: compact JSON, byte for byte what serde_json writes for the same data, so
//! drafts and files saved by earlier versions compare and hash the same.

use super::value::{Number, Value};

/// Appends `s` as a JSON string: `"` and `\` escaped, control characters as `\n`-style short
/// escapes where JSON has one and `\u00XX` (lower-case hex) otherwise; everything else as is.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // `i` is at an ASCII byte, so both slices end on char boundaries.
        out.push_str(&s[start..i]);
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(short);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Appends an object key and its colon, with a comma before every key but the first.
pub fn write_key(out: &mut String, key: &str, first: &mut bool) {
    if !*first {
        out.push(',');
    }
    *first = false;
    write_str(out, key);
    out.push(':');
}

/// Appends a number. Whole numbers are written as serde_json writes them; floats (which no
/// document of the app holds) in Rust's shortest form that reads back to the same value.
pub fn write_number(out: &mut String, n: Number) {
    match n {
        Number::UInt(u) => out.push_str(&u.to_string()),
        Number::Int(i) => out.push_str(&i.to_string()),
        // `{:?}` always keeps a float a float (`1.0`, `1e20`).
        Number::Float(f) if f.is_finite() => out.push_str(&format!("{f:?}")),
        Number::Float(_) => out.push_str("null"),
    }
}

/// Appends a whole value.
pub fn write_value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(out, *n),
        Value::String(s) => write_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            let mut first = true;
            for (k, item) in fields {
                write_key(out, k, &mut first);
                write_value(out, item);
            }
            out.push('}');
        }
    }
}
