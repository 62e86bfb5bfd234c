//! Compact history: an older version is stored as the edits that turn the next newer version
//! into it (a reverse delta), so a draft's 30 versions cost one full copy plus a few hundred
//! bytes per version instead of 30 full copies.
//!
//! Why deltas in Rust rather than the browser's `CompressionStream`: gzip shrinks a 23.8 KB
//! example version to 7.3 KB, but localStorage holds text, so the bytes need base64 (9.7 KB)
//! and then count twice (UTF-16): 19.4 KB a copy, and 20 such drafts with 30 versions each
//! need about 12 MB, more than twice the quota. Consecutive versions differ by what a person
//! typed in a few minutes, so a delta is usually well under 1 KB. Measured by `make bench`
//! (`examples/bench_core.rs`, a sentence and a title changed between versions): an example
//! draft with 30 versions takes 116 KB instead of 1,457 KB as 31 full copies, and 20 such
//! drafts 2.4 MB of the 5 MB. Deltas are also synchronous and pure, so they are tested
//! natively and a save never waits on a promise; the code is a few KB of wasm and no crate.
//!
//! The diff works on segments (text cut after a space or JSON punctuation, so a word typed into
//! a long paragraph changes one segment): common head and tail are trimmed, then Myers' O(ND)
//! algorithm finds the shortest edit script of what is left, up to [`MAX_EDITS`] segments (a
//! larger change, rare between two autosaves, is stored as one replaced span).
//!
//! The stored form is text: `~` then operations on the newer version's UTF-8 bytes, `=N` keep
//! N bytes, `-N` skip N bytes, `+N:` followed by N bytes to insert. A version stored in full
//! (every version written before this format, and the newest one) is JSON, so starts with `{`.
//! The history index keeps each version's hash, and a rebuilt version is checked against it.

/// First character of a stored delta (a full copy is JSON and starts with `{`).
pub const MARK: char = '~';

/// Beyond this many segment edits the diff stops searching and replaces one span.
pub const MAX_EDITS: usize = 1000;

/// Whether a stored version is a delta (else it is a full copy).
pub fn is_delta(stored: &str) -> bool {
    stored.starts_with(MARK)
}

/// Cuts text after each space or JSON punctuation; the pieces concatenate back to `text`.
fn segments(text: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if matches!(
            b,
            b' ' | b',' | b'"' | b':' | b'{' | b'}' | b'[' | b']' | b'\n'
        ) {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    Keep,
    Del,
    Ins,
}

/// The shortest edit script turning `a` into `b` (Myers 1986), one op per segment; `None`
/// when it needs more than `max_d` edits.
fn myers(a: &[&str], b: &[&str], max_d: usize) -> Option<Vec<Op>> {
    let (n, m) = (a.len() as i64, b.len() as i64);
    let lim = ((n + m) as usize).min(max_d) as i64;
    let off = lim + 1;
    let mut v = vec![0i64; (2 * lim + 3) as usize];
    // v as it was before each step d, for k in -d..=d: what the walk back needs.
    let mut trace: Vec<Vec<i64>> = Vec::new();
    for d in 0..=lim {
        trace.push(v[(off - d) as usize..=(off + d) as usize].to_vec());
        let mut k = -d;
        while k <= d {
            let down = k == -d || (k != d && v[(k - 1 + off) as usize] < v[(k + 1 + off) as usize]);
            let mut x = if down {
                v[(k + 1 + off) as usize]
            } else {
                v[(k - 1 + off) as usize] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[(k + off) as usize] = x;
            if x >= n && y >= m {
                return Some(walk_back(&trace, n, m, d));
            }
            k += 2;
        }
    }
    None
}

fn walk_back(trace: &[Vec<i64>], n: i64, m: i64, last: i64) -> Vec<Op> {
    let (mut x, mut y) = (n, m);
    let mut script = Vec::with_capacity((n + m) as usize);
    for d in (0..=last).rev() {
        if d == 0 {
            script.extend(std::iter::repeat_n(Op::Keep, x as usize));
            break;
        }
        let snap = &trace[d as usize];
        let at = |k: i64| snap[(k + d) as usize];
        let k = x - y;
        let prev_k = if k == -d || (k != d && at(k - 1) < at(k + 1)) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = at(prev_k);
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            script.push(Op::Keep);
            x -= 1;
            y -= 1;
        }
        script.push(if x == prev_x { Op::Ins } else { Op::Del });
        x = prev_x;
        y = prev_y;
    }
    script.reverse();
    script
}

fn is_separator(b: u8) -> bool {
    matches!(
        b,
        b' ' | b',' | b'"' | b':' | b'{' | b'}' | b'[' | b']' | b'\n'
    )
}

/// The delta that turns `base` into `target`, to store `target` next to a full `base`.
pub fn diff(base: &str, target: &str) -> String {
    let (x, y) = (base.as_bytes(), target.as_bytes());
    // Most saves change one or two places: the common head and tail are found on bytes (fast),
    // cut back to segment boundaries, and only what lies between is cut into segments.
    let mut pre = x.iter().zip(y).take_while(|(a, b)| a == b).count();
    if pre < x.len().min(y.len()) || x.len() != y.len() {
        while pre > 0 && !is_separator(x[pre - 1]) {
            pre -= 1;
        }
    }
    let room = x.len().min(y.len()) - pre;
    let mut suf = x
        .iter()
        .rev()
        .zip(y.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    // The tail must start right after a separator (or where the head ends).
    while suf > 0 && !is_separator(x[x.len() - suf - 1]) && x.len() - suf != pre {
        suf -= 1;
    }
    let a = segments(&base[pre..base.len() - suf]);
    let b = segments(&target[pre..target.len() - suf]);
    let script = myers(&a, &b, MAX_EDITS).unwrap_or_else(|| {
        let mut s = vec![Op::Del; a.len()];
        s.extend(std::iter::repeat_n(Op::Ins, b.len()));
        s
    });
    // Runs of one kind: (op, bytes of base, inserted text).
    let mut runs: Vec<(Op, usize, String)> = vec![(Op::Keep, pre, String::new())];
    let (mut ia, mut ib) = (0, 0);
    for op in script {
        let (bytes, text) = match op {
            Op::Keep => {
                ia += 1;
                ib += 1;
                (a[ia - 1].len(), "")
            }
            Op::Del => {
                ia += 1;
                (a[ia - 1].len(), "")
            }
            Op::Ins => {
                ib += 1;
                (0, b[ib - 1])
            }
        };
        match runs.last_mut() {
            Some(last) if last.0 == op => {
                last.1 += bytes;
                last.2.push_str(text);
            }
            _ => runs.push((op, bytes, text.to_string())),
        }
    }
    match runs.last_mut() {
        Some(last) if last.0 == Op::Keep => last.1 += suf,
        _ => runs.push((Op::Keep, suf, String::new())),
    }
    let mut out = String::from(MARK);
    for (op, bytes, text) in runs {
        match op {
            Op::Keep if bytes == 0 => {}
            Op::Keep => out.push_str(&format!("={bytes}")),
            Op::Del => out.push_str(&format!("-{bytes}")),
            Op::Ins => {
                out.push_str(&format!("+{}:", text.len()));
                out.push_str(&text);
            }
        }
    }
    out
}

/// How to store `target` next to the newer full text `base`: a delta, or `target` itself when
/// that is no larger.
pub fn encode(base: &str, target: &str) -> String {
    let delta = diff(base, target);
    if delta.len() < target.len() {
        delta
    } else {
        target.to_string()
    }
}

/// Applies a delta to `base`; `None` when the delta is damaged or not for this base.
pub fn apply(delta: &str, base: &str) -> Option<String> {
    let mut rest = delta.strip_prefix(MARK)?;
    let mut pos = 0usize;
    let mut out = String::with_capacity(base.len());
    while let Some(&op) = rest.as_bytes().first() {
        rest = rest.get(1..)?;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let n: usize = rest.get(..digits)?.parse().ok()?;
        rest = rest.get(digits..)?;
        match op {
            b'=' => {
                let end = pos.checked_add(n)?;
                out.push_str(base.get(pos..end)?);
                pos = end;
            }
            b'-' => {
                let end = pos.checked_add(n)?;
                base.get(pos..end)?;
                pos = end;
            }
            b'+' => {
                rest = rest.strip_prefix(':')?;
                out.push_str(rest.get(..n)?);
                rest = rest.get(n..)?;
            }
            _ => return None,
        }
    }
    (pos == base.len()).then_some(out)
}

/// A stored version's text, given the full text of the next newer version.
pub fn decode(stored: &str, newer: &str) -> Option<String> {
    if is_delta(stored) {
        apply(stored, newer)
    } else {
        Some(stored.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(a: &str, b: &str) {
        let d = diff(a, b);
        assert_eq!(apply(&d, a).as_deref(), Some(b), "{a:?} -> {b:?} via {d:?}");
    }

    #[test]
    fn deltas_round_trip() {
        round("", "");
        round("", "{\"a\":1}");
        round("{\"a\":1}", "");
        round(
            "{\"title\":\"Gold in Ghana\"}",
            "{\"title\":\"Gold and tin in Ghana\"}",
        );
        round("a b c d e f", "a c d x e f g");
        round("é ü 😀 ,", "😀 , é");
        round("abc", "abd");
        round("a b", "a b c");
        round("a b c", "a b");
        round("x a", "y a");
        round("same", "same");
        round("a,b", "a,,b");
        round("{\"x\":[1,2,3]}", "{\"y\":[3,2,1],\"x\":[]}");
    }

    #[test]
    fn a_small_edit_in_a_long_text_is_a_small_delta() {
        let long = "word ".repeat(5000);
        let edited = long.replacen("word word", "word new word", 1);
        let d = diff(&edited, &long);
        assert!(d.len() < 40, "{d}");
        round(&edited, &long);
    }

    #[test]
    fn a_large_change_is_still_exact() {
        let a: String = (0..3000).map(|i| format!("{i} ")).collect();
        let b: String = (0..3000).map(|i| format!("{} ", i * 7 % 3001)).collect();
        round(&a, &b);
    }

    #[test]
    fn damaged_deltas_are_refused_not_panicking() {
        for bad in ["~=99", "~+5:ab", "~x", "~=", "~-1=2", "{}", "~+1:é"] {
            let _ = apply(bad, "ab");
        }
        assert_eq!(apply("~=99", "ab"), None);
        assert_eq!(apply("~=1", "ab"), None);
    }
}
