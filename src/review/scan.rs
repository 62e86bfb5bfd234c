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

/// Whether a byte belongs to a word. Bytes of non-ASCII characters count as word characters
/// (letters such as 'é'); the few non-ASCII punctuation marks this misjudges only make a match
/// less likely.
const fn word_byte_table() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b >= 0x80 || b.is_ascii_alphanumeric() || b == b'_';
        i += 1;
    }
    t
}
static WORD_BYTE: [bool; 256] = word_byte_table();

/// Whether a byte is ASCII white space (word separator for [`word_count`]).
const fn space_byte_table() -> [bool; 256] {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0x0c] = true;
    t
}
static SPACE_BYTE: [bool; 256] = space_byte_table();

/// A set of phrases as bits: one bit per phrase of a [`PhraseSet`].
pub type Mask = u128;

/// Up to 128 phrases in up to 8 groups, prepared for a fast search: for every byte, which
/// phrases may start with it, and a cheap test on the next byte before the full comparison.
#[derive(Clone, Debug)]
pub struct PhraseSet {
    phrases: Vec<Phrase>,
    /// Group of each phrase (the index of the list it came from).
    group: Vec<u8>,
    /// Bit `k` of `starts[b]` is set when phrase `k` can start with byte `b`.
    starts: [Mask; 256],
    /// Bit `k` is set when phrase `k` must start at a word boundary.
    needs_boundary: Mask,
    /// Mask of the phrases of each group.
    group_mask: [Mask; 8],
    /// Lower-case ASCII second byte of each phrase, when it has one (0 = no quick test).
    second: Vec<u8>,
}

/// The result of [`PhraseSet::scan`]: the first hit of each group and the word count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScanResult {
    /// For each group, the first hit as `(byte offset, phrase index in the set)`.
    pub first: [Option<(usize, usize)>; 8],
    /// Words in the text, as [`word_count`] counts them.
    pub words: usize,
}

impl PhraseSet {
    /// Prepares the phrases of `lists`; list `g` becomes group `g`. Phrases beyond 128 and
    /// lists beyond 8 are ignored.
    pub fn new(lists: &[&[Phrase]]) -> Self {
        let mut set = PhraseSet {
            phrases: Vec::new(),
            group: Vec::new(),
            starts: [0; 256],
            needs_boundary: 0,
            group_mask: [0; 8],
            second: Vec::new(),
        };
        for (g, list) in lists.iter().enumerate().take(8) {
            for phrase in list.iter() {
                let k = set.phrases.len();
                if k == Mask::BITS as usize {
                    return set;
                }
                let bit: Mask = 1 << k;
                let mut chars = phrase.text.chars();
                if let Some(first) = chars.next() {
                    let mut buf = [0u8; 4];
                    set.starts[first.encode_utf8(&mut buf).as_bytes()[0] as usize] |= bit;
                    for up in first.to_uppercase() {
                        set.starts[up.encode_utf8(&mut buf).as_bytes()[0] as usize] |= bit;
                    }
                    if is_word_char(first) {
                        set.needs_boundary |= bit;
                    }
                }
                let second = match (phrase.text.chars().next(), chars.next()) {
                    // Only when the first char is one byte, so the second char's byte is at i + 1.
                    (Some(f), Some(c)) if f.is_ascii() && (c.is_ascii_graphic() || c == ' ') => {
                        c as u8
                    }
                    _ => 0,
                };
                set.phrases.push(*phrase);
                set.group.push(g as u8);
                set.second.push(second);
                set.group_mask[g] |= bit;
            }
        }
        set
    }

    /// The phrase with index `k` and its group.
    pub fn phrase(&self, k: usize) -> Option<(&Phrase, usize)> {
        Some((self.phrases.get(k)?, *self.group.get(k)? as usize))
    }

    /// Mask of every phrase of the given groups (bit `g` of `groups` selects group `g`).
    pub fn mask(&self, groups: u8) -> Mask {
        (0..8)
            .filter(|g| groups & (1 << g) != 0)
            .fold(0, |m, g| m | self.group_mask[g])
    }

    /// Reads `text` once: finds the first hit of each group among the phrases in `wanted`
    /// (see [`PhraseSet::mask`]) and counts the words.
    ///
    /// Phrases starting with a letter or digit only match at the start of a word.
    pub fn scan(&self, text: &str, wanted: Mask) -> ScanResult {
        let mut out = ScanResult::default();
        let bytes = text.as_bytes();
        let mut wanted = wanted;
        let mut prev_is_word = false;
        let mut prev_space = true;
        for (i, &b) in bytes.iter().enumerate() {
            let space = SPACE_BYTE[b as usize];
            out.words += usize::from(prev_space & !space);
            prev_space = space;
            // Inside a word only phrases that need no boundary may start; computed without a
            // branch, so the common case (a letter inside a word) costs a few instructions.
            let inside = (0 as Mask).wrapping_sub(Mask::from(prev_is_word));
            let mut candidates = self.starts[b as usize] & wanted & !(self.needs_boundary & inside);
            if candidates != 0 {
                let next = bytes.get(i + 1).map_or(0, |n| n.to_ascii_lowercase());
                while candidates != 0 {
                    let k = candidates.trailing_zeros() as usize;
                    candidates &= candidates - 1;
                    let quick = self.second[k];
                    // A space in a phrase may be typed as a no-break space (lead byte C2 or E2).
                    let plausible = quick == 0
                        || quick == next
                        || (quick == b' ' && (next == 0xC2 || next == 0xE2));
                    if !plausible {
                        continue;
                    }
                    // `i` is a char boundary: only ASCII and lead bytes are in `starts`.
                    if match_at(text, i, &self.phrases[k]).is_some() {
                        let g = self.group[k] as usize;
                        out.first[g] = Some((i, k));
                        wanted &= !self.group_mask[g];
                        candidates &= wanted;
                    }
                }
            }
            prev_is_word = WORD_BYTE[b as usize];
        }
        out
    }

    /// The first phrase of any group found in `text`, as `(byte offset, phrase index)`.
    pub fn find_first(&self, text: &str) -> Option<(usize, usize)> {
        let r = self.scan(text, Mask::MAX);
        r.first.iter().flatten().min().copied()
    }
}

/// The first phrase of `phrases` found in `text`, as `(byte offset, phrase index)`. Builds a
/// [`PhraseSet`] each time: keep one (e.g. in a `static OnceLock`) to search many texts.
pub fn find_first(text: &str, phrases: &[Phrase]) -> Option<(usize, usize)> {
    PhraseSet::new(&[phrases]).find_first(text)
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
    // A word starts wherever a non-space byte follows a space (or the start). Bytes of
    // multi-byte characters are never ASCII white space, so they stay inside words. Written
    // without branches so the compiler can vectorise it.
    let mut count = 0usize;
    let mut prev_space = true;
    for &b in text.as_bytes() {
        let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c);
        count += usize::from(prev_space & !space);
        prev_space = space;
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
