//! `json_struct!` and `json_newtype!`: [`ToJson`](super::ToJson) and
//! [`FromJson`](super::FromJson) for plain structs from one list of their fields.
//!
//! ```text
//! json_struct!(Context, defaults, allow { title, applicant, sites });
//! json_struct!(Citation, fields, deny { section, speaker = default });
//! ```
//!
//! - `defaults`: a missing field keeps its value from the struct's `Default`.
//!   `fields`: a field is required unless marked `= default` (then its type's default).
//! - `allow` ignores fields the type does not have; `deny` refuses them with a message.
//!
//! Fields are written in the order listed, which must be the declaration order (the order
//! the files always had). Writing destructures the struct without `..`, so a field left out
//! of the list does not compile.

/// See the [module docs](self).
macro_rules! json_struct {
    ($ty:ident, $mode:ident, $unknown:ident { $($field:ident $(= $def:ident)?),* $(,)? }) => {
        // Never inlined: a type read or written from several places (an indicator, a text)
        // then exists once in the bundle instead of once per place.
        impl $crate::json::ToJson for $ty {
            #[inline(never)]
            fn write_json(&self, out: &mut String) {
                let $ty { $($field),* } = self;
                out.push('{');
                let mut first = true;
                $(
                    $crate::json::write_key(out, stringify!($field), &mut first);
                    $crate::json::ToJson::write_json($field, out);
                )*
                out.push('}');
            }
        }
        impl $crate::json::FromJson for $ty {
            #[inline(never)]
            fn from_json(v: $crate::json::Value) -> Result<Self, $crate::json::DecodeError> {
                $crate::json::json_struct!(@decode $mode $unknown $ty v { $($field $(= $def)?),* })
            }
        }
    };
    (@decode defaults $unknown:ident $ty:ident $v:ident { $($field:ident $(= $def:ident)?),* }) => {{
        let mut out = <$ty as Default>::default();
        $crate::json::codec::decode_fields(
            $v,
            &[$(stringify!($field)),*],
            $crate::json::json_struct!(@deny $unknown),
            &mut |i: usize, value: $crate::json::Value| {
                $crate::json::json_struct!(@arms i value [] $((out.$field))*);
                Ok(())
            },
        )?;
        Ok(out)
    }};
    (@decode fields $unknown:ident $ty:ident $v:ident { $($field:ident $(= $def:ident)?),* }) => {{
        $(let mut $field = None;)*
        $crate::json::codec::decode_fields(
            $v,
            &[$(stringify!($field)),*],
            $crate::json::json_struct!(@deny $unknown),
            &mut |i: usize, value: $crate::json::Value| {
                $crate::json::json_struct!(@arms_some i value [] $($field)*);
                Ok(())
            },
        )?;
        Ok($ty {
            $($field: match $field {
                Some(x) => x,
                None => $crate::json::json_struct!(@missing $field $($def)?),
            }),*
        })
    }};
    // One `if` per field, comparing the field's position (a constant `0 + 1 + …`).
    (@arms $i:ident $value:ident [$($n:tt)*]) => {};
    (@arms $i:ident $value:ident [$($n:tt)*] ($($place:tt)*) $($rest:tt)*) => {
        if $i == 0 $(+ $n)* {
            $($place)* = $crate::json::FromJson::from_json($value)?;
            return Ok(());
        }
        $crate::json::json_struct!(@arms $i $value [$($n)* 1] $($rest)*);
    };
    (@arms_some $i:ident $value:ident [$($n:tt)*]) => {};
    (@arms_some $i:ident $value:ident [$($n:tt)*] $field:ident $($rest:ident)*) => {
        if $i == 0 $(+ $n)* {
            $field = Some($crate::json::FromJson::from_json($value)?);
            return Ok(());
        }
        $crate::json::json_struct!(@arms_some $i $value [$($n)* 1] $($rest)*);
    };
    (@deny allow) => { false };
    (@deny deny) => { true };
    (@missing $field:ident) => {
        return Err($crate::json::DecodeError::missing(stringify!($field)))
    };
    (@missing $field:ident default) => {
        Default::default()
    };
}
pub(crate) use json_struct;

/// A one-field tuple struct written as its field (`Id(7)` is `7`).
macro_rules! json_newtype {
    ($($ty:ident($inner:ty)),* $(,)?) => {$(
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                $crate::json::ToJson::write_json(&self.0, out);
            }
        }
        impl $crate::json::FromJson for $ty {
            fn from_json(v: $crate::json::Value) -> Result<Self, $crate::json::DecodeError> {
                <$inner as $crate::json::FromJson>::from_json(v).map($ty)
            }
        }
    )*};
}
pub(crate) use json_newtype;
