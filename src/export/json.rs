//! JSON export: the lossless draft, exactly as the model serialises it, so a colleague can
//! import it again. The model's `schema_version` field makes the file versioned.

use crate::model::Proposal;

/// The draft as pretty-printed JSON (stable key order, so the same draft gives the same bytes).
pub fn render(p: &Proposal) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(p)?;
    s.push('\n');
    Ok(s)
}
