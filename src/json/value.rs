//! The JSON value tree the reader builds and migrations edit.

/// A JSON number, kept exact: whole numbers as integers, others as `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A whole number ≥ 0.
    UInt(u64),
    /// A negative whole number.
    Int(i64),
    /// A number with a fraction or exponent (or a whole number too large for 64 bits).
    Float(f64),
}

/// A parsed JSON value. Objects keep their keys in file order (a repeated key: the last wins
/// when decoded, as in most JSON readers).
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in file order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// How a message names this kind of value ("found {kind}").
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "text",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }

    /// The value of `key` if this is an object holding it (the last one if repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value of `key`, mutably, if this is an object holding it (the last one if repeated).
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Value::Object(fields) => fields
                .iter_mut()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if this is a whole number ≥ 0.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(Number::UInt(n)) => Some(*n),
            _ => None,
        }
    }

    /// Whether this is an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// Sets `key` to `value` in an object (replacing every earlier value of that key), and
    /// returns false when this is not an object.
    pub fn insert(&mut self, key: &str, value: Value) -> bool {
        match self {
            Value::Object(fields) => {
                fields.retain(|(k, _)| k != key);
                fields.push((key.to_string(), value));
                true
            }
            _ => false,
        }
    }

    /// Removes `key` from an object, returning its (last) value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        match self {
            Value::Object(fields) => {
                let mut found = None;
                fields.retain_mut(|(k, v)| {
                    if k == key {
                        found = Some(std::mem::take(v));
                        false
                    } else {
                        true
                    }
                });
                found
            }
            _ => None,
        }
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Number(Number::UInt(u64::from(n)))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_string())
    }
}
