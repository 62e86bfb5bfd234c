//! Native builds only: the examples' JSON text compiled in, for tests, tools and benchmarks.
//! The web app fetches the same files instead (see the parent module).

use super::{EMBEDDED_JSON, EXAMPLES};
use crate::model::migrate::import_json;
use crate::model::Proposal;

/// The raw JSON text of an example, exactly as in `data/examples/<id>.json`.
pub fn example_json(id: &str) -> Option<&'static str> {
    EXAMPLES
        .iter()
        .zip(EMBEDDED_JSON)
        .find(|(info, _)| info.id == id)
        .map(|(_, json)| *json)
}

/// Loads an example by id through the normal import path; `None` for an unknown id (or, which
/// tests rule out, an example file that fails to import).
pub fn load_example(id: &str) -> Option<Proposal> {
    import_json(example_json(id)?.as_bytes()).ok()
}
