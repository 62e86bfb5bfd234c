//! Messages with a count, in each language's CLDR plural form.
//!
//! A counted message is a group of catalogue keys: `<key>.one`, `<key>.other` and, when a
//! language needs it, `<key>.many` (every language has the same keys, so a form a language
//! does not use repeats its `.other` text). [`category`] picks the form by CLDR 46's cardinal
//! rules for whole numbers; [`counted`] fills `{n}` with the count written as the language
//! writes numbers. A native test checks that every group has `.one` and `.other`.

use super::{fill, format, t, Lang};

/// A CLDR plural category (the ones these four languages use for whole numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// `one`.
    One,
    /// `many`: French, Spanish and Portuguese for exact millions ("1 000 000 de mots").
    Many,
    /// `other`.
    Other,
}

impl Category {
    /// The key suffix of this form.
    pub fn suffix(self) -> &'static str {
        match self {
            Category::One => "one",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// The plural category of the whole number `n` in `lang` (CLDR cardinal rules, integers:
/// i = n, v = 0, e = 0):
/// - en: one `i = 1 and v = 0`;
/// - es: one `n = 1`; many `e = 0 and i != 0 and i % 1000000 = 0 and v = 0`;
/// - fr: one `i = 0,1`; many as Spanish;
/// - pt (CLDR `pt`): one `i = 0..1`; many as Spanish.
pub fn category(lang: Lang, n: u64) -> Category {
    let million = n != 0 && n.is_multiple_of(1_000_000);
    match lang {
        Lang::En if n == 1 => Category::One,
        Lang::En => Category::Other,
        Lang::Es if n == 1 => Category::One,
        Lang::Fr | Lang::Pt if n <= 1 => Category::One,
        Lang::Es | Lang::Fr | Lang::Pt if million => Category::Many,
        Lang::Es | Lang::Fr | Lang::Pt => Category::Other,
    }
}

/// The text of the form of `key` for `n` (`key.many` falls back to `key.other` when the
/// catalogue has no `many` form).
pub fn form(lang: Lang, key: &str, n: u64) -> &'static str {
    let cat = category(lang, n);
    if cat == Category::Many {
        let many = format!("{key}.many");
        if super::has_key(&many) {
            return t(lang, &many);
        }
    }
    let suffix = if cat == Category::One { "one" } else { "other" };
    t(lang, &format!("{key}.{suffix}"))
}

/// The form of `key` for `n`, with `{n}` the count as `lang` writes numbers and the other
/// placeholders from `args`.
pub fn counted(lang: Lang, key: &str, n: usize, args: &[(&str, &str)]) -> String {
    let shown = format::count(lang, n);
    let mut all: Vec<(&str, &str)> = vec![("n", shown.as_str())];
    all.extend_from_slice(args);
    fill(form(lang, key, n as u64), &all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_follow_cldr() {
        use Category::*;
        let cases = [
            (Lang::En, [Other, One, Other, Other]),
            (Lang::Es, [Other, One, Other, Many]),
            (Lang::Fr, [One, One, Other, Many]),
            (Lang::Pt, [One, One, Other, Many]),
        ];
        for (lang, want) in cases {
            let got = [0, 1, 2, 1_000_000].map(|n| category(lang, n));
            assert_eq!(got, want, "{lang:?}");
        }
        assert_eq!(category(Lang::Fr, 2_000_001), Other);
    }
}
