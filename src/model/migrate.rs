//! JSON export and import, with the migration chain that lifts older files to the current
//! schema.
//!
//! Import never panics and never trusts the file: size is capped before parsing, the version
//! is read from a generic JSON value first, migrations run on that value, and only then is it
//! turned into a [`Proposal`] and checked with [`validate`].

use crate::json::{Expected, Value};

use super::validate::{all_ids, validate, Problem};
use super::{IdCounter, Proposal, SCHEMA_VERSION};

/// Largest file [`import_json`] accepts. The stress fixture (far bigger than any real
/// proposal) is well under 1 MB, so 5 MB only turns away files that are not proposals.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why a file could not be imported. Each variant carries what a message to the person needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// Size of the file in bytes.
        size: usize,
        /// The limit in bytes.
        max: usize,
    },
    /// The file is not JSON (or not UTF-8); where the reader stopped (1-based).
    NotJson {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
    },
    /// JSON, but not a proposal (missing `schema_version`, wrong field types, ...).
    NotAProposal {
        /// Where in the file, as a JSON path (`budget[2].quantity`; empty for the whole file).
        path: String,
        /// What the value there should have been.
        expected: Expected,
        /// Technical detail for developers (serde's message); people get words from
        /// `review::import_report`.
        detail: String,
    },
    /// Written by a newer version of the app; the person should update the app.
    NewerSchema {
        /// Version in the file.
        found: u64,
        /// Newest version this build reads.
        supported: u32,
    },
    /// A proposal whose ids or links are broken: the problems that block the import, and the
    /// proposal as read (so a message can name the items concerned).
    Invalid {
        /// The problems that block the import.
        problems: Vec<Problem>,
        /// The proposal as read from the file.
        proposal: Box<Proposal>,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { size, max } => {
                write!(f, "file too large ({size} bytes, limit {max})")
            }
            ImportError::NotJson { line, column } => {
                write!(f, "not a JSON file (line {line}, column {column})")
            }
            ImportError::NotAProposal { detail, .. } => write!(f, "not a proposal: {detail}"),
            ImportError::NewerSchema { found, supported } => write!(
                f,
                "made with a newer version of the app (schema {found}, this app reads up to {supported})"
            ),
            ImportError::Invalid { problems, .. } => {
                write!(f, "{} structural problem(s)", problems.len())
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// One migration step: rewrites a document of version `n` (its index + 1) into version `n + 1`.
/// Steps work on a JSON [`Value`] so they can read fields the current types no longer have.
pub type Migration = fn(&mut Value) -> Result<(), String>;

/// The chain: `MIGRATIONS[0]` lifts v1 to v2, and so on. Empty while v1 is current; when the
/// schema changes, bump [`SCHEMA_VERSION`] and append the step here (and a fixture test).
pub const MIGRATIONS: &[Migration] = &[];

/// Lifts `doc` from version `from` to `to` using `chain`, updating `schema_version` after each
/// step. Exposed so the mechanism can be tested with a made-up chain.
pub fn migrate_value(
    doc: &mut Value,
    from: u32,
    to: u32,
    chain: &[Migration],
) -> Result<(), String> {
    let mut version = from;
    while version < to {
        let step = usize::try_from(version - 1)
            .ok()
            .and_then(|i| chain.get(i))
            .ok_or_else(|| format!("no migration from schema version {version}"))?;
        step(doc).map_err(|e| format!("migrating from schema version {version}: {e}"))?;
        version += 1;
        let Some(fields) = doc.as_object_mut() else {
            return Err("document is not an object".into());
        };
        fields.insert("schema_version".into(), Value::from(version));
    }
    Ok(())
}

/// Lossless, deterministic JSON of a proposal (field order fixed by the types, maps sorted).
pub fn to_json_pretty(p: &Proposal) -> String {
    crate::json::to_string_pretty(p)
}

/// Compact JSON of a proposal (for storage): the one serializer the app has.
pub fn to_json_compact(p: &Proposal) -> String {
    crate::json::to_string(p)
}

/// Reads a proposal file: checks size, parses, migrates older versions, repairs a too-low id
/// counter, and refuses files whose ids or links are broken. Drafting gaps (an empty name) and
/// values the form would refuse (a negative amount, an unknown currency, a date that does not
/// exist: `model::rules`) do not block the import: the draft opens with them marked (the
/// review lists them at their fields; see [`super::rules::refused`]).
///
/// A lone UTF-16 surrogate escape in a text (`"\ud800"`, half of a pair, which no Rust
/// string can hold) comes back as U+FFFD, the replacement character, instead of refusing the
/// file (`json::replace_lone_surrogates`).
pub fn import_json(bytes: &[u8]) -> Result<Proposal, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    // Skip a UTF-8 byte-order mark some Windows editors add.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // serde_json limits nesting depth, so hostile deep nesting errors instead of overflowing.
    let not_json = |e: crate::json::ParseError| ImportError::NotJson {
        line: e.line,
        column: e.column,
    };
    let text = crate::json::utf8(bytes).map_err(not_json)?;
    let repaired = crate::json::replace_lone_surrogates(text);
    let text: &str = &repaired;
    let mut doc = crate::json::parse(text.as_bytes()).map_err(not_json)?;
    let not_a_proposal = |path: &str, expected: Expected, detail: &str| ImportError::NotAProposal {
        path: path.into(),
        expected,
        detail: detail.into(),
    };
    if !doc.is_object() {
        return Err(not_a_proposal(
            "",
            Expected::Group,
            "the file holds JSON but not an object",
        ));
    }
    let found = match doc.get("schema_version") {
        Some(v) => v.as_u64().ok_or_else(|| {
            not_a_proposal(
                "schema_version",
                Expected::Count,
                "schema_version is not a whole number",
            )
        })?,
        None => {
            return Err(not_a_proposal(
                "",
                Expected::Field("schema_version".into()),
                "missing field `schema_version`",
            ))
        }
    };
    if found > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found == 0 {
        return Err(not_a_proposal(
            "schema_version",
            Expected::Other,
            "schema_version 0 does not exist",
        ));
    }
    let migrated;
    let text = if found < u64::from(SCHEMA_VERSION) {
        // `found` is between 1 and SCHEMA_VERSION here, so it fits in u32.
        let from = u32::try_from(found).unwrap_or(SCHEMA_VERSION);
        migrate_value(&mut doc, from, SCHEMA_VERSION, MIGRATIONS)
            .map_err(|detail| not_a_proposal("", Expected::Other, &detail))?;
        migrated = crate::json::to_string(&doc);
        migrated.as_str()
    } else {
        text
    };
    // Read from the text, so an error names the field at fault (see `json::from_str`).
    let mut proposal = crate::json::from_str::<Proposal>(text).map_err(|e| match e {
        crate::json::ReadError::Shape(d) => not_a_proposal(&d.path, d.expected(), &d.to_string()),
        crate::json::ReadError::Syntax(s) => not_a_proposal("", Expected::Other, &s.message),
    })?;
    repair_counter(&mut proposal);
    let blocking: Vec<Problem> = validate(&proposal)
        .into_iter()
        .filter(|p| p.kind.blocks_import())
        .collect();
    if blocking.is_empty() {
        Ok(proposal)
    } else {
        Err(ImportError::Invalid {
            problems: blocking,
            proposal: Box::new(proposal),
        })
    }
}

/// A hand-edited file may have a `next_id` at or below ids in use; raising it is always safe
/// and saves the person from a refusal. (At `u32::MAX` it cannot be raised: validation refuses.)
fn repair_counter(p: &mut Proposal) {
    let max = all_ids(p)
        .into_iter()
        .map(|(_, id)| id.0)
        .max()
        .unwrap_or(0);
    if p.meta.next_id.0 <= max {
        if let Some(next) = max.checked_add(1) {
            p.meta.next_id = IdCounter(next);
        }
    }
}
