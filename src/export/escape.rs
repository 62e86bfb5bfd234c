//! Escaping for every markup format we write.
//!
//! Everything a person typed reaches the exports only through these functions. Besides the five
//! markup characters they drop characters that XML 1.0 forbids outright (C0 controls other than
//! tab, line feed and carriage return, U+FFFE/U+FFFF) and the C1 controls it discourages, so one
//! stray byte pasted from a PDF cannot make Word refuse the file.

/// Whether `c` may appear in an XML 1.0 document we write (C1 controls are excluded on purpose).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || ('\u{20}'..='\u{7E}').contains(&c)
        || ('\u{A0}'..='\u{D7FF}').contains(&c)
        || ('\u{E000}'..='\u{FFFD}').contains(&c)
        || c >= '\u{10000}'
}

/// The text with characters invalid in XML removed and line endings normalised to `\n`.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else if is_xml_char(c) {
            out.push(c);
        }
    }
    out
}

/// Escapes text content for XML or HTML (`&`, `<`, `>`), dropping invalid characters.
pub fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_xml_text(&mut out, s);
    out
}

/// Appends escaped text content to `out` (avoids an allocation per field in big documents).
pub fn push_xml_text(out: &mut String, s: &str) {
    for c in clean(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Escapes an attribute value for XML or HTML (quotes too). Tabs and newlines become character
/// references so attribute-value normalisation keeps them.
pub fn xml_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in clean(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes inline Markdown so typed text stays text: no emphasis, links, HTML or headings can
/// come from it. `<` becomes an entity (a backslash would leave `<script` visible to tools that
/// do not know Markdown); newlines become spaces, because callers use this for one-line places
/// (headings, table cells, list items).
pub fn markdown_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in clean(s).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a Markdown paragraph: like [`markdown_inline`] but keeps line breaks (as hard breaks)
/// and defuses characters that would start a block (list, quote, heading, rule) at line start.
pub fn markdown_block(s: &str) -> String {
    let mut lines = Vec::new();
    for line in clean(s).split('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let mut esc = markdown_inline(trimmed);
        if let Some(first) = esc.chars().next() {
            if matches!(first, '-' | '+' | '=' | '~') {
                esc.insert(0, '\\');
            }
        }
        // A line like "1. foo" would become an ordered list.
        let digits = esc.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && matches!(esc[digits..].chars().next(), Some('.') | Some(')')) {
            esc.insert(digits, '\\');
        }
        lines.push(esc);
    }
    lines.join("  \n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            xml_text("a<b>&\u{0}\u{1b}c\u{7f}\u{85}\u{FFFE}"),
            "a&lt;b&gt;&amp;c"
        );
        assert_eq!(xml_attr("\"x' onerror=\n"), "&quot;x&#39; onerror=&#10;");
        assert_eq!(clean("a\r\nb\rc"), "a\nb\nc");
        // Right-to-left marks and astral characters are real text and stay.
        assert_eq!(xml_text("\u{200F}\u{202E}𝄞"), "\u{200F}\u{202E}𝄞");
    }

    #[test]
    fn markdown_stays_text() {
        assert_eq!(
            markdown_inline("[x](javascript:alert(1)) <script>"),
            "\\[x\\](javascript:alert(1)) &lt;script&gt;"
        );
        assert_eq!(
            markdown_block("# no\n- no\n1. no"),
            "\\# no  \n\\- no  \n1\\. no"
        );
    }
}
