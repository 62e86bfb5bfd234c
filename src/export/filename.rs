//! File names for downloads, made from the proposal's title.

/// Turns a title into a safe file name stem: ASCII letters, digits, `-` and `_` only, accents
/// folded (so "Coopérative Minière" gives `Cooperative-Miniere`), at most 60 characters, never
/// empty (falls back to `fallback`, then to `proposal`).
pub fn stem(title: &str, fallback: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in title.chars() {
        let folded = fold(c);
        for f in folded.chars() {
            if f.is_ascii_alphanumeric() || f == '_' {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(f);
            } else {
                pending_dash = true;
            }
        }
        if out.len() > 60 {
            break;
        }
    }
    if out.len() > 60 {
        out.truncate(60);
        // Cut at the last word break so the name does not end in half a word.
        if let Some(i) = out.rfind('-').filter(|&i| i >= 30) {
            out.truncate(i);
        }
    }
    let out = out.trim_matches(['-', '_']).to_string();
    if out.is_empty() {
        if fallback.is_empty() {
            "proposal".to_string()
        } else {
            stem(fallback, "")
        }
    } else {
        out
    }
}

/// The full file name: sanitised stem plus `suffix` (e.g. `-brief`) and extension.
pub fn file_name(title: &str, fallback: &str, suffix: &str, ext: &str) -> String {
    format!("{}{}.{}", stem(title, fallback), suffix, ext)
}

/// Folds common Latin accented letters to ASCII; anything else passes through (and is then
/// dropped by [`stem`] if not ASCII).
fn fold(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' => "c",
        'Ç' => "C",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'È' | 'É' | 'Ê' | 'Ë' => "E",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' => "I",
        'ñ' => "n",
        'Ñ' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "O",
        'œ' => "oe",
        'Œ' => "OE",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' => "Y",
        'ß' => "ss",
        _ => {
            if c.is_ascii() {
                // Map through a static table of single ASCII chars.
                let i = c as usize;
                ASCII.get(i..i + 1).unwrap_or("")
            } else {
                ""
            }
        }
    }
}

/// Every ASCII character, so [`fold`] can hand out a `&'static str` for one.
const ASCII: &str = "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{e}\u{f}\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}\u{18}\u{19}\u{1a}\u{1b}\u{1c}\u{1d}\u{1e}\u{1f} !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u{7f}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitises() {
        assert_eq!(
            stem("Coopérative Minière: Phase 2!", ""),
            "Cooperative-Miniere-Phase-2"
        );
        assert_eq!(stem("../../etc/passwd", ""), "etc-passwd");
        assert_eq!(stem("<script>", ""), "script");
        assert_eq!(stem("", ""), "proposal");
        assert_eq!(stem("   ", "draft 7"), "draft-7");
        assert_eq!(stem("日本語", "日本"), "proposal");
        assert!(stem(&"a".repeat(500), "").len() <= 60);
        assert_eq!(file_name("x", "", "-brief", "html"), "x-brief.html");
    }
}
