//! [`FieldPath`]: the one way to name a field of the document (the convention is described in
//! [`super`]'s "Field paths").
//!
//! Paths are built from typed parts ([`FieldPath::step`], [`FieldPath::item`],
//! [`FieldPath::field`]) or read back from their text ([`FieldPath::parse`]); their text form
//! (`objectives.7.text`) is what validation, the review, links and exports show, and
//! [`FieldPath::element_id`] is the id of the field's element in the UI.

use std::fmt;

use super::ids::Id;
use super::Step;

/// The path of one field, a list or a whole step, e.g. `objectives.7.indicators.12.name`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(String);

impl FieldPath {
    /// The path of a whole step (`objectives`).
    pub fn step(step: Step) -> Self {
        FieldPath(step.as_str().to_string())
    }

    /// The path of a top-level field that is not a wizard step (`meta`, `schema_version`).
    pub fn root(name: &str) -> Self {
        FieldPath(name.to_string())
    }

    /// A path read back from its text form (a finding's path in a link, a route anchor).
    pub fn parse(text: &str) -> Self {
        FieldPath(text.to_string())
    }

    /// This path with a field name appended (`.text`).
    pub fn field(&self, name: &str) -> Self {
        FieldPath(format!("{}.{name}", self.0))
    }

    /// This path with a list item's id appended (`.7`).
    pub fn item(&self, id: Id) -> Self {
        FieldPath(format!("{}.{id}", self.0))
    }

    /// The wizard step the field belongs to (`None` for `meta.*`, `schema_version` or an
    /// unknown first segment).
    pub fn wizard_step(&self) -> Option<Step> {
        Step::from_id(self.0.split('.').next().unwrap_or("")).filter(|s| s.has_fields())
    }

    /// The last segment when it is a field name (`source`, `why`), not an item id.
    pub fn last_field(&self) -> Option<&str> {
        let last = self.0.rsplit('.').next()?;
        (!last.is_empty() && !last.bytes().all(|b| b.is_ascii_digit())).then_some(last)
    }

    /// The text form, `objectives.7.text`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id of the field's element in the UI: `objectives.7.text` → `f-objectives-7-text`.
    /// Review links and the Add and Undo buttons focus fields by these ids.
    pub fn element_id(&self) -> String {
        format!("f-{}", self.dashed())
    }

    /// The id of the heading of the item or list the path names: `objectives.7.indicators` →
    /// `h-objectives-7-indicators`.
    pub fn heading_id(&self) -> String {
        format!("h-{}", self.dashed())
    }

    /// The path with `.` replaced by `-`, as element ids want it.
    fn dashed(&self) -> String {
        self.0.replace('.', "-")
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::ops::Deref for FieldPath {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// A literal path written in the convention (`"context.duration.start"`), as the review rules
/// name fixed fields.
impl From<&'static str> for FieldPath {
    fn from(text: &'static str) -> Self {
        FieldPath::parse(text)
    }
}

impl From<FieldPath> for String {
    fn from(p: FieldPath) -> String {
        p.0
    }
}

impl PartialEq<str> for FieldPath {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for FieldPath {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for FieldPath {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

impl serde::Serialize for FieldPath {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}
