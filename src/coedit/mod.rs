//! Co-editing with no server: a draft is sent as a file, edited elsewhere, and merged back.
//!
//! - [`flat`]: the proposal as one map from field paths to values, the shape the engine
//!   holds (and why it is flat);
//! - [`engine`]: that map in an Automerge document, which does the merging;
//! - [`conflicts`]: where both sides changed one thing differently, for the person to choose;
//! - [`changes`]: what changed between two versions, for the summary after a merge and for
//!   comparing versions in a draft's history (no engine needed);
//! - [`file`]: the file that travels, checked before anything is read from it.
//!
//! The engine is large (its wasm is fetched only when co-editing is used, see
//! `ui::coedit`); everything here is plain Rust, tested natively.
//!
//! Ids: every device hands out item ids from the proposal's one counter. So that two people
//! adding items at once never pick the same id, a device that opens or merges a copy moves its
//! counter past every id it knows by a random step of up to a million ([`jump_ids`]).

pub mod changes;
pub mod conflicts;
pub mod engine;
pub mod file;
pub mod flat;
pub mod place;

use std::str::FromStr;

use automerge::ActorId;

use crate::model::{IdCounter, Proposal};
pub use conflicts::{Choice, Conflict, ConflictKind};
pub use engine::SharedDoc;
pub use file::{FileError, Header};
pub use flat::{Flat, Leaf};

/// The person writing on this device.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    /// Their name, as they gave it.
    pub name: String,
    /// The device's engine identity, hex.
    pub actor: String,
}

impl Person {
    /// A new person on a new device, with a random identity.
    pub fn new(name: &str) -> Self {
        Person {
            name: name.to_string(),
            actor: ActorId::random().to_hex_string(),
        }
    }

    fn actor_id(&self) -> ActorId {
        ActorId::from_str(&self.actor).unwrap_or_else(|_| ActorId::random())
    }
}

/// Why co-editing refused a file or an action.
#[derive(Clone, Debug, PartialEq)]
pub enum CoeditError {
    /// The file is not a copy this app can open (see [`FileError`]).
    File(FileError),
    /// A copy of another shared proposal than this draft's.
    OtherProposal {
        /// The copy's title.
        title: String,
    },
    /// The draft could not be rebuilt from the merge (should not happen: reported, not hidden).
    Broken,
}

impl From<FileError> for CoeditError {
    fn from(e: FileError) -> Self {
        CoeditError::File(e)
    }
}

/// A copy ready to send, and the engine document to keep beside the draft.
pub struct Sent {
    /// The engine document, to store.
    pub doc: Vec<u8>,
    /// The file to send.
    pub file: Vec<u8>,
    /// Its name.
    pub file_name: String,
    /// The shared proposal's id.
    pub shared_id: String,
}

/// Makes the co-editing copy of `local`: records it in the stored document (creating one the
/// first time) as a change by `me`. `now` is ISO 8601, `time` the same in Unix seconds.
pub fn send(
    stored: Option<&[u8]>,
    local: &Proposal,
    me: &Person,
    now: &str,
    time: i64,
) -> Result<Sent, CoeditError> {
    let mut doc = match stored {
        Some(bytes) => SharedDoc::load(bytes, me.actor_id()).map_err(|_| CoeditError::Broken)?,
        None => SharedDoc::create(&ActorId::random().to_hex_string(), me.actor_id())
            .map_err(|_| CoeditError::Broken)?,
    };
    doc.record(&flat::flatten_proposal(local), &me.name, time)
        .map_err(|_| CoeditError::Broken)?;
    let shared_id = doc.shared_id().ok_or(CoeditError::Broken)?;
    let bytes = doc.save();
    let header = Header {
        version: file::FORMAT_VERSION,
        shared_id: shared_id.clone(),
        title: local.context.title.clone(),
        from: me.name.clone(),
        sent_at: now.to_string(),
        sha256: String::new(),
    };
    let suffix = if me.name.trim().is_empty() {
        "-co-editing".to_string()
    } else {
        format!(
            "-co-editing-{}",
            crate::export::filename::stem(&me.name, "")
        )
    };
    Ok(Sent {
        file: file::write(&header, &bytes),
        file_name: crate::export::filename::file_name(
            &local.context.title,
            "",
            &suffix,
            file::EXTENSION,
        ),
        doc: bytes,
        shared_id,
    })
}

/// A copy read and checked: its header and its engine document.
pub struct Copy {
    /// The header.
    pub header: Header,
    /// The document.
    pub doc: SharedDoc,
}

/// Reads a co-editing file, to be written by `me` from now on.
pub fn read_copy(bytes: &[u8], me: &Person) -> Result<Copy, CoeditError> {
    let (header, body) = file::read(bytes)?;
    let doc = SharedDoc::load(body, me.actor_id()).map_err(|_| FileError::Damaged)?;
    if !doc.is_well_formed() || doc.shared_id().as_deref() != Some(header.shared_id.as_str()) {
        return Err(FileError::Damaged.into());
    }
    if doc.schema_version() > u64::from(crate::model::SCHEMA_VERSION) {
        return Err(FileError::Newer.into());
    }
    Ok(Copy { header, doc })
}

/// A draft made from a copy opened for the first time on this device, and its document.
pub fn start_from_copy(mut copy: Copy, now: &str) -> Result<(Proposal, Vec<u8>), CoeditError> {
    let fresh = Proposal::new(now);
    let mut p = flat::to_proposal(&copy.doc.read(None), &fresh).ok_or(CoeditError::Broken)?;
    jump_ids(&mut p);
    Ok((p, copy.doc.save()))
}

/// The result of merging a returned copy into a draft.
pub struct Merged {
    /// The draft after the merge: where there are conflicts, this device's version (and any
    /// item deleted on one side and changed on the other), until the person chooses.
    pub proposal: Proposal,
    /// Where both sides disagree.
    pub conflicts: Vec<Conflict>,
    /// Who wrote the copy's changes that were new here (names).
    pub from: Vec<String>,
    /// The engine document after the merge, to store.
    pub doc: Vec<u8>,
    /// Links removed because what they pointed at was deleted on the other side.
    pub unlinked: Vec<String>,
}

/// Merges `copy` into the draft `local`, whose stored document is `stored`. The draft's own
/// unsent edits are first recorded as a change by `me`.
pub fn merge(
    stored: &[u8],
    local: &Proposal,
    mut copy: Copy,
    me: &Person,
    time: i64,
) -> Result<Merged, CoeditError> {
    let mut ours = SharedDoc::load(stored, me.actor_id()).map_err(|_| CoeditError::Broken)?;
    if ours.shared_id() != Some(copy.header.shared_id.clone()) {
        return Err(CoeditError::OtherProposal {
            title: copy.header.title,
        });
    }
    ours.record(&flat::flatten_proposal(local), &me.name, time)
        .map_err(|_| CoeditError::Broken)?;
    let theirs = &mut copy.doc;
    let (base_heads, new_authors) = ours.compare(theirs);
    let (our_heads, their_heads) = (ours.heads(), theirs.heads());
    let mut merged = ours.fork();
    merged.merge(theirs).map_err(|_| CoeditError::Broken)?;
    let base = merged.read(Some(&base_heads));
    let mine = merged.read(Some(&our_heads));
    let other = merged.read(Some(&their_heads));
    let conflicts = conflicts::detect(&base, &mine, &other);
    let mut result = merged.read(None);
    // Until the person chooses, the draft keeps their own version (the engine's pick for one
    // text changed twice in one place is the two interleaved) and keeps an item one side
    // deleted and the other changed, so nothing is lost before they decide.
    for c in &conflicts {
        let keep = match c.kind {
            ConflictKind::Removed if c.ours.is_empty() => Choice::Theirs,
            _ => Choice::Ours,
        };
        conflicts::apply(&mut result, c, &keep);
    }
    let unlinked = flat::drop_dangling(&mut result);
    let mut proposal = flat::to_proposal(&result, local).ok_or(CoeditError::Broken)?;
    jump_ids(&mut proposal);
    let people = merged.people();
    let mut from: Vec<String> = new_authors
        .iter()
        .filter_map(|a| people.get(a).cloned())
        .filter(|n| !n.is_empty())
        .collect();
    from.dedup();
    Ok(Merged {
        proposal,
        conflicts,
        from,
        doc: merged.save(),
        unlinked,
    })
}

/// The draft with the person's choices for the conflicts applied; `None` if the result is not
/// a valid draft (a choice restoring an item whose links are gone is cleaned like a merge).
pub fn resolve(current: &Proposal, chosen: &[(Conflict, Choice)]) -> Option<Proposal> {
    let mut f = flat::flatten_proposal(current);
    for (conflict, choice) in chosen {
        conflicts::apply(&mut f, conflict, choice);
    }
    flat::drop_dangling(&mut f);
    flat::to_proposal(&f, current)
}

/// The names of everyone who has written in the stored document.
pub fn contributors(stored: &[u8]) -> Vec<String> {
    SharedDoc::load(stored, ActorId::random())
        .map(|d| d.people().into_values().filter(|n| !n.is_empty()).collect())
        .unwrap_or_default()
}

/// Moves the id counter past every id in use by a random step, so ids this device hands out
/// do not collide with those a colleague hands out meanwhile.
pub fn jump_ids(p: &mut Proposal) {
    let random = ActorId::random()
        .to_bytes()
        .iter()
        .fold(0u32, |a, b| a.rotate_left(8) ^ u32::from(*b));
    let max = crate::model::validate::all_ids(p)
        .into_iter()
        .map(|(_, id)| id.0)
        .max()
        .unwrap_or(0);
    let from = max.max(p.meta.next_id.0);
    let step = (1 << 16) + random % (1 << 20);
    p.meta.next_id = IdCounter(from.saturating_add(step));
}
