//! Labels of list items: the words that name them in buttons, headings, messages and the undo
//! bar, the shortened forms of their text those quote, and the element ids of their fields
//! (which review links focus).

use super::*;

/// The text with its first letter in upper case (item names start sentences in messages).
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `text` when it has at most `max` characters, else its first `keep` characters and an
/// ellipsis (with the cut's trailing spaces dropped when `tidy`). The three ways below of
/// shortening an item's text differ in length and spacing, and each is what its screens
/// (and their tests) show, so they keep their own rules on one implementation.
fn clip(text: &str, max: usize, keep: usize, tidy: bool) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(keep).collect();
    let cut = if tidy { cut.trim_end() } else { cut.as_str() };
    format!("{cut}…")
}

/// Shortens text for headings and tables to at most `max` characters, ellipsis included.
pub fn short(text: &str, max: usize) -> String {
    clip(text.trim(), max, max.saturating_sub(1), true)
}

/// At most `max` characters of a one-line summary of `text`, with an ellipsis if cut.
pub fn one_line(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    clip(&line, max, max, false)
}

/// A short excerpt of what a person typed, to name an item in messages.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    clip(text.trim(), max_chars, max_chars, false)
}

/// The item's name, capitalised, then its text shortened and quoted when it has any:
/// `Objective 2 “Safer water”` (how most undo bars name what was deleted).
pub fn name_and_quote(name: &str, text: &str) -> String {
    let name = capitalize(name);
    if text.trim().is_empty() {
        name
    } else {
        format!("{name} “{}”", short(text, 40))
    }
}

/// The item's name as it is, then an excerpt of its text quoted in brackets when it has any:
/// `Priority 1 (“Girls' schooling”)` (how the priorities and evidence undo bars name it).
pub fn name_and_bracketed_quote(name: &str, text: &str) -> String {
    let quote = excerpt(text, 40);
    if quote.is_empty() {
        name.to_string()
    } else {
        format!("{name} (“{quote}”)")
    }
}

/// Names an item for buttons and messages: `partner 3` or `partner 3 “Name”`.
pub fn item_name(key: &str, n: usize, label: &str) -> String {
    let base = fill(t(key), &[("n", &n.to_string())]);
    let label = one_line(label, 40);
    if label.is_empty() {
        base
    } else {
        format!("{base} “{label}”")
    }
}
