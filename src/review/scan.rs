//! Allocation-free text helpers shared by the rules: phrase search, word counts and numbers as
//! people type them.
//!
//! The review runs on every keystroke over fields that may hold thousands of characters, so
//! these helpers walk the bytes once, never lowercase a copy of the text and never allocate.

/// A phrase the review looks for, written in lower case.
#[derive(Clone, Copy, Debug)]
pub struct Phrase {
    /// The phrase in lower case (accents included, e.g. `"à déterminer"`).
    pub text: &'static str,
    /// When true, the phrase must end at a word boundary (`"never"` does not match `"nevertheless"`).
    /// A phrase always has to *start* at a word boundary when its first character is a letter or digit.
    pub whole_word: bool,
}

impl Phrase {
    /// A phrase that must stand as whole words.
    pub const fn word(text: &'static str) -> Phrase {
        Phrase {
            text,
            whole_word: true,
        }
    }

    /// A phrase that may be followed by anything (`"[insert"`, `"xxx"`, `"..."`).
    pub const fn prefix(text: &'static str) -> Phrase {
        Phrase {
            text,
            whole_word: false,
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Compares one character of the text with one (lower-case) character of a phrase.
fn same_char(c: char, p: char) -> bool {
    if c == p {
        return true;
    }
    if c.is_ascii() {
        return c.to_ascii_lowercase() == p;
    }
    // Non-ASCII capitals such as 'É' or 'À': compare their single-char lower case.
    let mut lower = c.to_lowercase();
    lower.next() == Some(p) && lower.next().is_none()
}

/// Whether `phrase` occurs in `text` at byte `at` (a char boundary); returns the matched length.
fn match_at(text: &str, at: usize, phrase: &Phrase) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut hay = rest.char_indices();
    for p in phrase.text.chars() {
        let (_, c) = hay.next()?;
        // A typed non-breaking space counts as a space ("100 %" in French typography).
        let c = if c == '\u{a0}' || c == '\u{202f}' {
            ' '
        } else {
            c
        };
        if !same_char(c, p) {
            return None;
        }
    }
    let len = hay.next().map_or(rest.len(), |(i, _)| i);
    if phrase.whole_word {
        let ends_in_word = phrase.text.chars().last().is_some_and(is_word_char);
        if ends_in_word && rest[len..].chars().next().is_some_and(is_word_char) {
            return None;
        }
    }
    Some(len)
}

/// The first phrase of `phrases` found in `text`, as `(byte offset, phrase index)`.
///
/// Phrases starting with a letter or digit only match at the start of a word. The scan walks
/// the bytes once and only tries the phrases whose first byte could match there, so long
/// fields cost little more than reading them.
pub fn find_first(text: &str, phrases: &[Phrase]) -> Option<(usize, usize)> {
    // Which bytes can start a phrase (the first byte of its first char, in lower or upper case).
    let mut starts = [false; 256];
    for phrase in phrases {
        if let Some(first) = phrase.text.chars().next() {
            let mut buf = [0u8; 4];
            starts[first.encode_utf8(&mut buf).as_bytes()[0] as usize] = true;
            for up in first.to_uppercase() {
                starts[up.encode_utf8(&mut buf).as_bytes()[0] as usize] = true;
            }
        }
    }
    let bytes = text.as_bytes();
    let mut prev_is_word = false;
    for (i, &b) in bytes.iter().enumerate() {
        // Bytes of non-ASCII characters count as word characters (letters such as 'é'); the
        // few non-ASCII punctuation marks this misjudges only make a match less likely.
        let is_word = b >= 0x80 || b.is_ascii_alphanumeric() || b == b'_';
        let boundary = !(0x80..0xC0).contains(&b);
        if boundary && starts[b as usize] {
            for (k, phrase) in phrases.iter().enumerate() {
                let needs_boundary = phrase.text.chars().next().is_some_and(is_word_char);
                if needs_boundary && prev_is_word {
                    continue;
                }
                if match_at(text, i, phrase).is_some() {
                    return Some((i, k));
                }
            }
        }
        prev_is_word = is_word;
    }
    None
}

/// A short excerpt of `text` around byte `at`, for a finding's message (at most ~40 characters).
pub fn excerpt(text: &str, at: usize, len: usize) -> String {
    let start = floor_char_boundary(text, at.saturating_sub(12));
    let end = floor_char_boundary(text, (at + len + 24).min(text.len()));
    let mut s = String::with_capacity(end - start + 6);
    if start > 0 {
        s.push('…');
    }
    s.push_str(text[start..end].trim());
    if end < text.len() {
        s.push('…');
    }
    s
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The matched text of phrase `k` at byte `at` (the person's own spelling, e.g. "TBD").
pub fn matched<'a>(text: &'a str, at: usize, phrase: &Phrase) -> &'a str {
    match match_at(text, at, phrase) {
        Some(len) => &text[at..at + len],
        None => "",
    }
}

/// Counts words the way word processors do: runs of characters separated by white space.
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        // Bytes of multi-byte characters are never ASCII white space, so they stay inside words.
        let space = b.is_ascii_whitespace();
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
    }
    count
}

/// Whether the text holds anything but white space.
pub fn has_text(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Parses a number as people type it in English or French: `1200`, `1,200`, `1 200`, `12.5`,
/// `12,5`, `45%`, `45 %`, `-3`. Gives `None` for text such as "many" or "reduced".
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    let s = s.strip_suffix('%').unwrap_or(s).trim_end();
    if s.is_empty() {
        return None;
    }
    let mut cleaned = [0u8; 48];
    let mut n = 0;
    let mut commas = 0;
    let mut dots = 0;
    for c in s.chars() {
        match c {
            ' ' | '\u{a0}' | '\u{202f}' | '\'' | '_' => continue,
            '0'..='9' | '-' | '+' | '.' | ',' => {
                if c == ',' {
                    commas += 1;
                }
                if c == '.' {
                    dots += 1;
                }
                if n == cleaned.len() {
                    return None;
                }
                cleaned[n] = c as u8;
                n += 1;
            }
            _ => return None,
        }
    }
    let raw = std::str::from_utf8(&cleaned[..n]).ok()?;
    let mut buf = [0u8; 48];
    let mut m = 0;
    // Decide what a comma means: a decimal mark ("12,5") or a thousands separator ("1,200").
    let comma_is_decimal = commas == 1 && dots == 0 && {
        let after = raw.rsplit(',').next().unwrap_or("");
        after.len() != 3
    };
    for b in raw.bytes() {
        let out = match b {
            b',' if comma_is_decimal => b'.',
            b',' => continue,
            other => other,
        };
        buf[m] = out;
        m += 1;
    }
    let v: f64 = std::str::from_utf8(&buf[..m]).ok()?.parse().ok()?;
    v.is_finite().then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PH: [Phrase; 4] = [
        Phrase::word("tbd"),
        Phrase::word("à déterminer"),
        Phrase::prefix("xxx"),
        Phrase::prefix("..."),
    ];

    #[test]
    fn finds_phrases_case_and_accent_insensitively() {
        assert_eq!(find_first("Budget: TBD.", &PH), Some((8, 0)));
        assert_eq!(find_first("Montant À DÉTERMINER", &PH), Some((8, 1)));
        assert_eq!(find_first("code XXXX here", &PH), Some((5, 2)));
        assert_eq!(find_first("and so on...", &PH), Some((9, 3)));
    }

    #[test]
    fn respects_word_boundaries() {
        assert_eq!(find_first("outbid tbdx", &PH), None);
        let never = [Phrase::word("never")];
        assert_eq!(find_first("nevertheless", &never), None);
        assert_eq!(find_first("Never again", &never), Some((0, 0)));
        assert_eq!(find_first("they never,", &never), Some((5, 0)));
    }

    #[test]
    fn non_breaking_space_counts_as_space() {
        let p = [Phrase::prefix("100 %")];
        assert!(find_first("atteindre 100\u{a0}% des mineurs", &p).is_some());
    }

    #[test]
    fn excerpt_stays_on_char_boundaries() {
        let t = "ééééééééééééé TBD ééééééééééééééééééééééééééééééé";
        let (at, k) = find_first(t, &PH).unwrap();
        assert_eq!(matched(t, at, &PH[k]), "TBD");
        let e = excerpt(t, at, 3);
        assert!(e.contains("TBD"));
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("  one two\tthree\nfour  "), 4);
        assert_eq!(word_count("l'école à Mahé"), 3);
    }

    #[test]
    fn parses_numbers() {
        assert_eq!(parse_number("1200"), Some(1200.0));
        assert_eq!(parse_number("1,200"), Some(1200.0));
        assert_eq!(parse_number("1 200"), Some(1200.0));
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("45 %"), Some(45.0));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("many"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("30 women"), None);
    }
}
