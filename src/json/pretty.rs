//! Pretty-printing of compact JSON text, identical to serde_json's pretty printer.
//!
//! Why re-indent text rather than write a second time? A document is written once, compactly
//! (the form storage keeps); re-indenting that text gives the exported file without a second
//! writer per type.

/// Re-indents compact JSON (as `serde_json::to_string` writes it) with two spaces per level,
/// `": "` after keys and `[]`/`{}` for empty containers, exactly as serde_json's pretty printer.
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 4);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(c);
                    out.push(close);
                } else {
                    out.push(c);
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::pretty;

    #[test]
    fn matches_serde_pretty_printer() {
        let v = serde_json::json!({
            "a": [1, 2, {"b": "x, \"y\": [z]"}],
            "e": {}, "f": [], "g": null, "h": -1.5e3, "s": "tab\tand\\"
        });
        let compact = serde_json::to_string(&v).unwrap_or_default();
        let expected = serde_json::to_string_pretty(&v).unwrap_or_default();
        assert_eq!(pretty(&compact), expected);
    }
}
