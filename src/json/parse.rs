//! The reader: JSON text (RFC 8259) to a [`Value`], with the line and column of the first
//! error. It never panics and never recurses deeper than [`MAX_DEPTH`], so a hostile file
//! gives a message, not a crash.

use super::value::{Number, Value};

/// Deepest nesting of arrays and objects accepted (the app's documents need about 8).
pub const MAX_DEPTH: usize = 128;

/// Where and why reading stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Line of the error, from 1.
    pub line: usize,
    /// Column of the error (in bytes), from 1.
    pub column: usize,
    /// What was wrong.
    pub message: &'static str,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

/// Reads one JSON value filling the whole text (surrounding whitespace allowed).
pub fn parse(bytes: &[u8]) -> Result<Value, ParseError> {
    let mut r = Reader {
        b: bytes,
        i: 0,
        depth: 0,
        keep: true,
    };
    let v = r.value()?;
    r.end()?;
    Ok(v)
}

/// Reads a JSON object and gives each top-level field's key with its value's exact text,
/// checked but not built: a stored envelope's large document stays text until needed.
pub fn top_level_fields(text: &str) -> Result<Vec<(String, &str)>, ParseError> {
    let mut r = Reader {
        b: text.as_bytes(),
        i: 0,
        depth: 1,
        keep: true,
    };
    r.ws();
    r.expect(b'{', "expected an object")?;
    let mut out = Vec::new();
    r.ws();
    if r.peek() == Some(b'}') {
        r.i += 1;
        r.end()?;
        return Ok(out);
    }
    loop {
        r.ws();
        let key = r.string()?;
        r.ws();
        r.expect(b':', "expected `:`")?;
        r.ws();
        let start = r.i;
        r.keep = false;
        r.value()?;
        r.keep = true;
        // Both ends sit on ASCII bytes the reader matched, so they are char boundaries.
        let raw = text.get(start..r.i).unwrap_or_default();
        out.push((key, raw));
        r.ws();
        match r.next() {
            Some(b',') => continue,
            Some(b'}') => break,
            _ => return Err(r.error("expected `,` or `}`")),
        }
    }
    r.end()?;
    Ok(out)
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
    /// False while skipping a value whose text is kept raw: check it, build nothing.
    keep: bool,
}

impl Reader<'_> {
    fn error(&self, message: &'static str) -> ParseError {
        let upto = &self.b[..self.i.min(self.b.len())];
        let line = upto.iter().filter(|&&c| c == b'\n').count() + 1;
        let line_start = upto.iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
        ParseError {
            line,
            column: upto.len() - line_start + 1,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    fn expect(&mut self, c: u8, message: &'static str) -> Result<(), ParseError> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.error(message))
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn end(&mut self) -> Result<(), ParseError> {
        self.ws();
        if self.i < self.b.len() {
            return Err(self.error("unexpected text after the end"));
        }
        Ok(())
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        self.ws();
        match self.peek() {
            None => Err(self.error("unexpected end of the file")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b't') => self.word(b"true", Value::Bool(true)),
            Some(b'f') => self.word(b"false", Value::Bool(false)),
            Some(b'n') => self.word(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn word(&mut self, w: &[u8], v: Value) -> Result<Value, ParseError> {
        if self.b[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.i += 1;
        Ok(())
    }

    fn array(&mut self) -> Result<Value, ParseError> {
        self.enter()?;
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
        } else {
            loop {
                let v = self.value()?;
                if self.keep {
                    items.push(v);
                }
                self.ws();
                match self.next() {
                    Some(b',') => continue,
                    Some(b']') => break,
                    _ => return Err(self.error("expected `,` or `]`")),
                }
            }
        }
        self.depth -= 1;
        Ok(Value::Array(items))
    }

    fn object(&mut self) -> Result<Value, ParseError> {
        self.enter()?;
        let mut fields = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
        } else {
            loop {
                self.ws();
                if self.peek() != Some(b'"') {
                    return Err(self.error("expected a key in quotes"));
                }
                let key = self.string()?;
                self.ws();
                self.expect(b':', "expected `:`")?;
                let v = self.value()?;
                if self.keep {
                    fields.push((key, v));
                }
                self.ws();
                match self.next() {
                    Some(b',') => continue,
                    Some(b'}') => break,
                    _ => return Err(self.error("expected `,` or `}`")),
                }
            }
        }
        self.depth -= 1;
        Ok(Value::Object(fields))
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.expect(b'"', "expected text in quotes")?;
        let mut out = String::new();
        loop {
            // Copy the longest run without quotes, escapes or control characters at once.
            let start = self.i;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            let run = std::str::from_utf8(&self.b[start..self.i])
                .map_err(|_| self.error("text is not valid UTF-8"))?;
            if self.keep {
                out.push_str(run);
            }
            match self.next() {
                Some(b'"') => return Ok(out),
                Some(b'\\') => {
                    let c = self.escape()?;
                    if self.keep {
                        out.push(c);
                    }
                }
                Some(_) => {
                    self.i -= 1;
                    return Err(self.error("control character in text"));
                }
                None => return Err(self.error("text not closed")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, ParseError> {
        Ok(match self.next() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let hi = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&hi) {
                    // A high surrogate must be followed by `\u` and a low one.
                    if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                        return Err(self.error("lone surrogate in \\u escape"));
                    }
                    let lo = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err(self.error("lone surrogate in \\u escape"));
                    }
                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                } else {
                    hi
                };
                char::from_u32(code).ok_or_else(|| self.error("lone surrogate in \\u escape"))?
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self
                .next()
                .and_then(|c| (c as char).to_digit(16))
                .ok_or_else(|| self.error("invalid \\u escape"))?;
            n = n * 16 + d;
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.b[int_start] == b'0') {
            return Err(self.error("invalid number"));
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.i += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            whole = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if !self.keep {
            return Ok(Value::Null);
        }
        // Only ASCII digits, signs, `.` and `e` were consumed.
        let text = std::str::from_utf8(&self.b[start..self.i]).unwrap_or("0");
        let exact = if !whole {
            None
        } else if negative {
            text.parse::<i64>().ok().map(|n| match u64::try_from(n) {
                Ok(u) => Number::UInt(u),
                Err(_) => Number::Int(n),
            })
        } else {
            text.parse::<u64>().ok().map(Number::UInt)
        };
        match exact {
            Some(n) => Ok(Value::Number(n)),
            None => text
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .map(|f| Value::Number(Number::Float(f)))
                .ok_or_else(|| self.error("number out of range")),
        }
    }
}
