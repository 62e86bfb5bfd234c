//! Opening a co-editing copy: a merge into the draft it came from (its history first), or a
//! new draft for a proposal not on this device yet, once the person says so.

use super::unix_now;
use crate::coedit::{self, CoeditError, Person};
use crate::i18n::{fill, Lang};
use crate::model::Proposal;
use crate::storage::{CoeditStore, Drafts, Library, MergeReport, Opened};
use crate::ui::state::{now_iso, with_store, DraftState};
use leptos::prelude::*;

/// What opening a copy did.
pub(super) enum Opening {
    /// Merged, or opened as a new draft: the lines to announce.
    Done(Vec<String>),
    /// A copy of a proposal not on this device: nothing done until the person confirms.
    NotHere {
        /// The copy's title.
        title: String,
        /// Who sent it.
        from: String,
    },
}

/// Opens a copy: merges it into the draft it came from, or, when `as_new`, makes a copy of a
/// proposal not on this device a new draft.
pub(super) fn open_copy(
    draft: DraftState,
    bytes: &[u8],
    me: &Person,
    lang: Lang,
    as_new: bool,
) -> Result<Opening, CoeditError> {
    let t = |key: &str| crate::i18n::t(lang, key);
    let copy = coedit::read_copy(bytes, me)?;
    draft.flush();
    let now = now_iso();
    let live = |id: &str| {
        with_store(|s| Library::new(s).list())
            .unwrap_or_default()
            .into_iter()
            .any(|d| d.id == id && d.trashed_at.is_none())
    };
    let target =
        with_store(|s| CoeditStore::new(s).draft_of(&copy.header.shared_id)).filter(|id| live(id));
    let from = copy.header.from.clone();
    let title = copy.header.title.clone();
    let failed = |e: crate::storage::StorageError| {
        vec![fill(t("drafts.failed"), &[("error", &e.to_string())])]
    };
    let Some(id) = target else {
        if !as_new {
            return Ok(Opening::NotHere { title, from });
        }
        let shared_id = copy.header.shared_id.clone();
        let (p, doc) = coedit::start_from_copy(copy, &now)?;
        let made = with_store(|s| {
            let id = Library::new(s).create(&p, &now)?;
            CoeditStore::new(s).set_doc(&id, &shared_id, &doc)?;
            Ok::<_, crate::storage::StorageError>(id)
        });
        return Ok(Opening::Done(match made {
            Ok(id) => {
                draft.switch_to(&id);
                vec![fill(
                    t("coedit.opened_new"),
                    &[("title", &title), ("from", &from)],
                )]
            }
            Err(e) => failed(e),
        }));
    };
    let local: Proposal = if id == draft.id.get_untracked() {
        draft.proposal.get_untracked()
    } else {
        match with_store(|s| Drafts::new(s).open(&id, &now)) {
            Ok(Opened::Ready { proposal, .. }) => *proposal,
            _ => return Err(CoeditError::Broken),
        }
    };
    let Some((shared_id, stored)) = with_store(|s| CoeditStore::new(s).doc(&id)) else {
        return Err(CoeditError::Broken);
    };
    let merged = coedit::merge(&stored, &local, copy, me, unix_now())?;
    let report = MergeReport {
        at: now.clone(),
        from: merged.from.clone(),
        conflicts: merged.conflicts.clone(),
        changes: coedit::changes::diff(&local, &merged.proposal),
        unlinked: merged.unlinked.clone(),
        before: local.clone(),
        doc_before: Some(crate::storage::coedit_encode(&stored)),
    };
    // The draft as it was goes into its history first, so the merge can be undone from there
    // too; then the report, the engine's document and the merged draft.
    let kept = with_store(|s| {
        let text = crate::model::to_json_compact(&local);
        Library::new(s).keep_version_text(&id, &text, &local.context.title, &now)?;
        CoeditStore::new(s).set_report(&id, Some(&report))?;
        CoeditStore::new(s).set_doc(&id, &shared_id, &merged.doc)
    });
    if let Err(e) = kept {
        return Ok(Opening::Done(failed(e)));
    }
    if id != draft.id.get_untracked() {
        draft.switch_to(&id);
    }
    draft.replace(merged.proposal);
    draft.flush_now();
    let who = if merged.from.is_empty() {
        from
    } else {
        merged.from.join(", ")
    };
    let mut lines = vec![fill(t("coedit.merged"), &[("from", &who)])];
    if !merged.conflicts.is_empty() {
        lines.push(crate::i18n::plural::counted(
            lang,
            "coedit.conflicts_count",
            merged.conflicts.len(),
            &[],
        ));
    }
    Ok(Opening::Done(lines))
}
