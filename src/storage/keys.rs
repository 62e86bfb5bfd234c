//! Storage keys as an enum, so no part of the app spells a key by hand.

/// Prefix of every key this app writes, so it never touches another app's data on the origin.
pub const PREFIX: &str = "asmpb.";

/// Prefix of every draft's key (the draft id follows).
pub const PREFIX_DRAFT: &str = "asmpb.draft.";

/// Every kind of key the app stores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The chosen interface language.
    Language,
    /// The list of drafts with their summaries.
    DraftIndex,
    /// The id of the draft opened last, reopened on the next visit.
    LastDraft,
    /// One draft's current document.
    Draft(String),
    /// The index of one draft's older versions.
    History(String),
    /// One older version of a draft: draft id and version number.
    Version(String, u64),
    /// A stored value that could not be read, kept aside untouched.
    Quarantine(String),
    /// A tab's text that another tab's newer save kept from being saved: draft id, tab id.
    Unsaved(String, String),
    /// When the last full backup of this device was made (ISO 8601).
    BackupMade,
    /// When the backup reminder was last put aside (ISO 8601).
    BackupSnoozed,
    /// The person writing on this device, for co-editing (their name and the device's id).
    DevicePerson,
    /// One shared draft's co-editing document: draft id.
    CoeditDoc(String),
    /// The last merge into a draft, until put away: draft id.
    CoeditReport(String),
}

impl StorageKey {
    /// The key as written to storage.
    pub fn as_string(&self) -> String {
        match self {
            StorageKey::Language => format!("{PREFIX}lang"),
            StorageKey::DraftIndex => format!("{PREFIX}drafts"),
            StorageKey::LastDraft => format!("{PREFIX}last"),
            StorageKey::Draft(id) => format!("{PREFIX}draft.{id}"),
            StorageKey::History(id) => format!("{PREFIX}history.{id}"),
            StorageKey::Version(id, n) => format!("{PREFIX}version.{id}.{n}"),
            StorageKey::Quarantine(id) => format!("{PREFIX}quarantine.{id}"),
            StorageKey::Unsaved(id, tab) => format!("{PREFIX}unsaved.{id}.{tab}"),
            StorageKey::BackupMade => format!("{PREFIX}backup.made"),
            StorageKey::BackupSnoozed => format!("{PREFIX}backup.snoozed"),
            StorageKey::DevicePerson => format!("{PREFIX}device.person"),
            StorageKey::CoeditDoc(id) => format!("{PREFIX}coedit.doc.{id}"),
            StorageKey::CoeditReport(id) => format!("{PREFIX}coedit.report.{id}"),
        }
    }

    /// Whether a raw key of ours holds one of the person's settings (the language, and any
    /// setting added later), which a backup carries: everything of ours except drafts, their
    /// history, set-aside values and what only describes this device (its co-editing identity,
    /// which two devices must never share).
    pub fn is_setting(raw: &str) -> bool {
        let Some(rest) = raw.strip_prefix(PREFIX) else {
            return false;
        };
        let device = ["drafts", "last", "probe"];
        let families = [
            "draft.",
            "history.",
            "version.",
            "quarantine.",
            "backup.",
            "unsaved.",
            "device.",
            "coedit.",
        ];
        !device.contains(&rest) && !families.iter().any(|f| rest.starts_with(f))
    }

    /// Whether a raw key belongs to this app.
    pub fn is_ours(raw: &str) -> bool {
        raw.starts_with(PREFIX)
    }
}
