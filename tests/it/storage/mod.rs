//! Drafts, the library, backups and drafts stored by older builds.

mod backup;
mod coedit;
mod drafts;
mod library;
mod stored_v1;
