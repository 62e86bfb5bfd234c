//! Checking the knowledge base's report line ranges against the report itself.
//!
//! Facts, and every text that claims a result ("shows", "proved", "success"…), carry the lines
//! of the 2005 report they draw on (`"lines": [first, last]` next to their `"cite"`, see
//! [`super::Citation::lines`]). [`check_cited_lines`] takes the report's plain text (the
//! maintainers' reference copy) and reports every range that does not exist in it, and every
//! number of a fact's figure that the cited lines do not contain (as digits or as a word:
//! "thirty percent" holds the 30 of "≈ 30 %"). The maintainer check calls it; native tests run
//! it on the reference copy and on small synthetic reports.

use crate::json::Value;

/// Figures whose number the app counted itself from a list in the cited lines, so the lines
/// do not contain it: `(fact id, number)`.
const COUNTED: &[(&str, &str)] = &[
    // The report lists the sixteen countries of the ILO programme without counting them.
    ("ipec_mining_countries", "16"),
];

/// Every problem with the report lines the embedded knowledge files cite, checked against
/// `report` (the report's plain text, one report line per line). Empty when all is well.
pub fn check_cited_lines(report: &str) -> Vec<String> {
    check_files(report, super::DATA_FILES)
}

/// [`check_cited_lines`] for the given `(file name, JSON)` files.
pub fn check_files(report: &str, files: &[(&str, &str)]) -> Vec<String> {
    let lines: Vec<&str> = report.lines().collect();
    let mut problems = Vec::new();
    for (name, raw) in files {
        match crate::json::parse(raw.as_bytes()) {
            Ok(v) => visit(&v, name, &lines, &mut problems),
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    problems
}

/// Walks `v`, checking every object that carries `lines`.
fn visit(v: &Value, path: &str, report: &[&str], problems: &mut Vec<String>) {
    match v {
        Value::Object(fields) => {
            if let Some(l) = v.get("lines") {
                check_item(v, l, path, report, problems);
            }
            for (k, child) in fields {
                visit(child, &format!("{path}.{k}"), report, problems);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let key = child
                    .get("id")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .or_else(|| {
                        child
                            .get("number")
                            .and_then(Value::as_u64)
                            .map(|n| n.to_string())
                    })
                    .unwrap_or_else(|| i.to_string());
                visit(child, &format!("{path}[{key}]"), report, problems);
            }
        }
        _ => {}
    }
}

/// The `[first, last]` range of a `lines` value, when well formed.
fn range(lines: &Value) -> Option<(usize, usize)> {
    let Value::Array(items) = lines else {
        return None;
    };
    let [a, b] = items.as_slice() else {
        return None;
    };
    let (a, b) = (
        usize::try_from(a.as_u64()?).ok()?,
        usize::try_from(b.as_u64()?).ok()?,
    );
    (a >= 1 && a <= b).then_some((a, b))
}

fn check_item(
    item: &Value,
    lines: &Value,
    path: &str,
    report: &[&str],
    problems: &mut Vec<String>,
) {
    let Some((first, last)) = range(lines) else {
        problems.push(format!(
            "{path}: `lines` must be [first, last] with 1 ≤ first ≤ last"
        ));
        return;
    };
    if last > report.len() {
        problems.push(format!(
            "{path}: lines {first}–{last} are past the report's end (it has {} lines)",
            report.len()
        ));
        return;
    }
    let cited = report[first - 1..last].join("\n");
    if cited.trim().is_empty() {
        problems.push(format!(
            "{path}: lines {first}–{last} are blank in the report"
        ));
        return;
    }
    let id = item.get("id").and_then(Value::as_str).unwrap_or("");
    let figure = item
        .get("figure")
        .and_then(|f| f.get("en"))
        .and_then(Value::as_str)
        .unwrap_or("");
    for n in numbers(figure) {
        if COUNTED.contains(&(id, n.as_str())) {
            continue;
        }
        if !holds_number(&cited, &n) {
            problems.push(format!(
                "{path}: the figure's {n} (\"{figure}\") is not in lines {first}–{last}"
            ));
        }
    }
}

/// The numbers written in digits in `s`, thousands separators dropped: "13–20 million" gives
/// 13 and 20, "2,000" gives 2000, "39.4" stays 39.4.
pub fn numbers(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            cur.push(c);
        } else if (c == ',' || c == '.') && !cur.is_empty() && next_digit {
            if c == '.' {
                cur.push('.');
            }
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// English words the report uses for small numbers.
const WORDS: &[(&str, &[&str])] = &[
    ("1", &["one"]),
    ("2", &["two", "double"]),
    ("3", &["three", "triple"]),
    ("4", &["four"]),
    ("5", &["five"]),
    ("6", &["six"]),
    ("7", &["seven"]),
    ("8", &["eight"]),
    ("9", &["nine"]),
    ("10", &["ten"]),
    ("12", &["twelve"]),
    ("15", &["fifteen"]),
    ("20", &["twenty"]),
    ("30", &["thirty"]),
    ("40", &["forty"]),
    ("50", &["fifty"]),
    ("100", &["hundred"]),
];

/// Whether `text` contains the number `n`: in digits (not inside a longer number, thousands
/// separators ignored), or, for a small number, as a word.
pub fn holds_number(text: &str, n: &str) -> bool {
    let digits: String = text
        .char_indices()
        .filter(|&(i, c)| {
            // Drop a comma between digits ("2,000" → "2000").
            !(c == ','
                && text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_ascii_digit())
                && text[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|q| q.is_ascii_digit()))
        })
        .map(|(_, c)| c)
        .collect();
    let bytes = digits.as_bytes();
    let mut from = 0;
    while let Some(at) = digits[from..].find(n) {
        let start = from + at;
        let end = start + n.len();
        let before = start.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(end).copied();
        let after_next = bytes.get(end + 1).copied();
        let digit_before = before.is_some_and(|b| b.is_ascii_digit() || b == b'.');
        let digit_after = after.is_some_and(|b| b.is_ascii_digit())
            || (after == Some(b'.') && after_next.is_some_and(|b| b.is_ascii_digit()));
        if !digit_before && !digit_after {
            return true;
        }
        from = start + 1;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    WORDS
        .iter()
        .filter(|(d, _)| *d == n)
        .flat_map(|(_, ws)| ws.iter())
        .any(|w| words.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "Title\n\nWomen are about thirty percent of the workforce.\n\
        Some 2,000 people live in six communities.\nHIV: 39.4 million in 2004.\n";

    fn file(json: &str) -> Vec<String> {
        check_files(REPORT, &[("t.json", json)])
    }

    #[test]
    fn good_ranges_and_figures_pass() {
        let ok = r#"{"facts": [
            {"id": "a", "figure": {"en": "≈ 30 %", "fr": ""}, "cite": "x", "lines": [3, 3]},
            {"id": "b", "figure": {"en": "6 communities, ≈ 2,000 people", "fr": ""}, "cite": "x", "lines": [4, 4]},
            {"id": "c", "figure": {"en": "39.4 million", "fr": ""}, "cite": "x", "lines": [3, 5]},
            {"id": "d", "text": {"en": "A success.", "fr": ""}, "cite": "x", "lines": [1, 5]}
        ]}"#;
        assert_eq!(file(ok), Vec::<String>::new());
    }

    #[test]
    fn a_figure_missing_from_its_lines_is_reported() {
        let bad = r#"{"facts": [{"id": "a", "figure": {"en": "≈ 33 %", "fr": ""}, "cite": "x", "lines": [3, 3]}]}"#;
        let p = file(bad);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("facts[a]") && p[0].contains("33"), "{p:?}");
        // Right number, wrong line.
        let moved = r#"{"facts": [{"id": "a", "figure": {"en": "39.4 million", "fr": ""}, "cite": "x", "lines": [3, 4]}]}"#;
        assert_eq!(file(moved).len(), 1);
    }

    #[test]
    fn ranges_past_the_end_reversed_or_blank_are_reported() {
        for lines in ["[7, 9]", "[4, 3]", "[0, 1]", "[2, 2]", "[3]", "\"3\""] {
            let j = format!(r#"{{"x": [{{"id": "a", "cite": "x", "lines": {lines}}}]}}"#);
            assert_eq!(file(&j).len(), 1, "{lines}");
        }
    }

    #[test]
    fn numbers_are_read_whole() {
        assert_eq!(numbers("13–20 million"), ["13", "20"]);
        assert_eq!(
            numbers("≈ 2,000 people; 39.4 %; 1.3."),
            ["2000", "39.4", "1.3"]
        );
        assert!(holds_number("in 2004 there", "2004"));
        assert!(!holds_number("in 2004 there", "200"));
        assert!(!holds_number("it was 39.4", "39"));
        assert!(!holds_number("it was 139", "39"));
        assert!(holds_number("about 2,000 people", "2000"));
        assert!(holds_number("Thirty to forty women", "40"));
        assert!(holds_number("expected to triple", "3"));
    }

    #[test]
    fn the_embedded_files_parse_for_the_check() {
        // With an empty report every range is past the end, so each cited item is reported.
        let problems = check_cited_lines("");
        assert!(problems.len() > 40, "{}", problems.len());
        assert!(problems.iter().all(|p| p.contains("past the report's end")));
    }
}
