//! A small, strict XML 1.0 well-formedness checker.
//!
//! The exports must never be malformed, whatever was typed; tests (and the proptest with hostile
//! text) run every XML-based output through this. It is not a general parser: no DTD internals,
//! no external entities, only the five predefined entities and character references, which is
//! exactly what our writers emit. It also hands back every element with its attributes so tests
//! can look for anything active (scripts, event handlers, `javascript:` links).

/// An element seen while checking: its name and attributes (values with references resolved).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// Qualified name, e.g. `w:t`.
    pub name: String,
    /// Attributes in document order.
    pub attrs: Vec<(String, String)>,
}

/// Checks `xml` and returns its elements in document order, or a message saying where it broke.
pub fn check(xml: &str) -> Result<Vec<Element>, String> {
    let b = xml.as_bytes();
    let mut i = 0usize;
    let mut stack: Vec<String> = Vec::new();
    let mut elements = Vec::new();
    let mut seen_root = false;
    if let Some(c) = xml.chars().find(|&c| {
        !asm_proposal::export::escape::is_xml_char(c) && !('\u{7F}'..='\u{9F}').contains(&c)
    }) {
        return Err(format!("invalid character U+{:04X}", c as u32));
    }
    while i < b.len() {
        if b[i] == b'<' {
            if xml[i..].starts_with("<?") {
                let end = find(xml, i, "?>")?;
                i = end + 2;
            } else if xml[i..].starts_with("<!--") {
                let end = find(xml, i + 4, "-->")?;
                if xml[i + 4..end].contains("--") {
                    return Err(format!("'--' inside comment at {i}"));
                }
                i = end + 3;
            } else if xml[i..].starts_with("<![CDATA[") {
                if stack.is_empty() {
                    return Err(format!("CDATA outside root at {i}"));
                }
                let end = find(xml, i, "]]>")?;
                i = end + 3;
            } else if xml[i..].starts_with("<!DOCTYPE") {
                let end = find(xml, i, ">")?;
                if seen_root || xml[i..end].contains('[') {
                    return Err(format!("unsupported DOCTYPE at {i}"));
                }
                i = end + 1;
            } else if xml[i..].starts_with("</") {
                let end = find(xml, i, ">")?;
                let name = xml[i + 2..end].trim_end();
                match stack.pop() {
                    Some(open) if open == name => {}
                    other => return Err(format!("</{name}> closes {other:?} at {i}")),
                }
                i = end + 1;
            } else {
                if stack.is_empty() && seen_root {
                    return Err(format!("second root element at {i}"));
                }
                let (el, end, self_closing) = tag(xml, i)?;
                if !self_closing {
                    stack.push(el.name.clone());
                }
                seen_root = true;
                elements.push(el);
                i = end;
            }
        } else {
            let next = xml[i..].find('<').map(|p| i + p).unwrap_or(b.len());
            let text = &xml[i..next];
            if stack.is_empty() && !text.trim().is_empty() {
                return Err(format!("text outside the root element at {i}"));
            }
            if text.contains("]]>") {
                return Err(format!("']]>' in text at {i}"));
            }
            unescape(text).map_err(|e| format!("{e} in text at {i}"))?;
            i = next;
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!("<{open}> never closed"));
    }
    if !seen_root {
        return Err("no root element".into());
    }
    Ok(elements)
}

fn find(xml: &str, from: usize, pat: &str) -> Result<usize, String> {
    xml[from..]
        .find(pat)
        .map(|p| from + p)
        .ok_or_else(|| format!("unterminated construct at {from} (no {pat:?})"))
}

fn is_name_char(c: char, first: bool) -> bool {
    c.is_alphabetic()
        || c == '_'
        || c == ':'
        || (!first && (c.is_ascii_digit() || c == '-' || c == '.'))
}

fn name_at(xml: &str, start: usize) -> Result<(String, usize), String> {
    let mut end = start;
    for (k, c) in xml[start..].char_indices() {
        if !is_name_char(c, k == 0) {
            break;
        }
        end = start + k + c.len_utf8();
    }
    if end == start {
        return Err(format!("expected a name at {start}"));
    }
    Ok((xml[start..end].to_string(), end))
}

fn skip_ws(xml: &str, mut i: usize) -> usize {
    while let Some(c) = xml[i..].chars().next() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Parses a start tag at `i` (which points at `<`); returns the element, the index after `>`,
/// and whether it was self-closing.
fn tag(xml: &str, i: usize) -> Result<(Element, usize, bool), String> {
    let (name, mut p) = name_at(xml, i + 1)?;
    let mut attrs: Vec<(String, String)> = Vec::new();
    loop {
        let q = skip_ws(xml, p);
        let had_ws = q > p;
        p = q;
        let rest = &xml[p..];
        if rest.starts_with("/>") {
            return Ok((Element { name, attrs }, p + 2, true));
        }
        if rest.starts_with('>') {
            return Ok((Element { name, attrs }, p + 1, false));
        }
        if !had_ws {
            return Err(format!("expected space, '>' or '/>' in <{name}> at {p}"));
        }
        let (an, after) = name_at(xml, p)?;
        p = skip_ws(xml, after);
        if !xml[p..].starts_with('=') {
            return Err(format!("attribute {an} without value at {p}"));
        }
        p = skip_ws(xml, p + 1);
        let quote = xml[p..].chars().next().ok_or("truncated attribute")?;
        if quote != '"' && quote != '\'' {
            return Err(format!("unquoted attribute {an} at {p}"));
        }
        let close = xml[p + 1..]
            .find(quote)
            .map(|k| p + 1 + k)
            .ok_or_else(|| format!("unterminated attribute {an}"))?;
        let raw = &xml[p + 1..close];
        if raw.contains('<') {
            return Err(format!("'<' in attribute {an} at {p}"));
        }
        let value = unescape(raw).map_err(|e| format!("{e} in attribute {an}"))?;
        if attrs.iter().any(|(n, _)| *n == an) {
            return Err(format!("duplicate attribute {an} in <{name}>"));
        }
        attrs.push((an, value));
        p = close + 1;
    }
}

/// Resolves the predefined entities and character references; rejects anything else.
pub fn unescape(s: &str) -> Result<String, String> {
    if !s.contains('&') {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let semi = after.find(';').ok_or("bare '&'")?;
        let ent = &after[..semi];
        let c = match ent {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(h) = ent.strip_prefix("#x") {
                    u32::from_str_radix(h, 16).ok()
                } else if let Some(d) = ent.strip_prefix('#') {
                    d.parse::<u32>().ok()
                } else {
                    None
                };
                code.and_then(char::from_u32)
                    .filter(|&c| {
                        asm_proposal::export::escape::is_xml_char(c)
                            || ('\u{7F}'..='\u{9F}').contains(&c)
                    })
                    .ok_or_else(|| format!("unknown entity &{ent};"))?
            }
        };
        out.push(c);
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_good_and_rejects_bad() {
        assert!(check(
            "<?xml version=\"1.0\"?>\n<a x=\"1\" y='&lt;'><b/>t&amp;&#233;<!-- c --></a>"
        )
        .is_ok());
        assert!(check("<!DOCTYPE html>\n<html><p>x<br /></p></html>").is_ok());
        for bad in [
            "<a><b></a></b>",
            "<a>x & y</a>",
            "<a>x < y</a>",
            "<a x=1/>",
            "<a x=\"1\" x=\"2\"/>",
            "<a/><b/>",
            "<a>",
            "<a>]]></a>",
            "<a>\u{1}</a>",
            "<a>&foo;</a>",
            "text",
        ] {
            assert!(check(bad).is_err(), "accepted {bad:?}");
        }
        let els = check("<a onclick=\"x&quot;\"><b href='j'/></a>").unwrap();
        assert_eq!(
            els[0].attrs,
            vec![("onclick".to_string(), "x\"".to_string())]
        );
        assert_eq!(els[1].name, "b");
    }
}
