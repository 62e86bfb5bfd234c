//! JSON export: the lossless draft, exactly as the model serialises it, so a colleague can
//! import it again (`model::migrate::import_json`). The model's `schema_version` field makes the
//! file versioned.

use crate::model::Proposal;

/// The draft as pretty-printed JSON (field order fixed by the types, so the same draft gives
/// the same bytes), or `None` if the model's serializer produced nothing.
pub fn render(p: &Proposal) -> Option<String> {
    let mut s = crate::model::migrate::to_json_pretty(p);
    if s.is_empty() {
        return None;
    }
    s.push('\n');
    Some(s)
}
