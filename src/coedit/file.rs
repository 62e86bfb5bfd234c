//! The co-editing file: what "Send for co-editing" writes and a colleague opens.
//!
//! Three parts: a first line naming the format (`ASM-PROPOSAL-COEDIT`), so any other file is
//! told apart at once; a line of JSON saying which shared proposal, who sent it, when, with the
//! format's version and a SHA-256 of the rest; then the engine's document. A truncated or
//! altered file fails the checksum before the engine reads a byte of it.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The file's extension.
pub const EXTENSION: &str = "asmshare";
/// The first line.
const MAGIC: &[u8] = b"ASM-PROPOSAL-COEDIT\n";
/// The version of this format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The largest file read (the engine's document of the stress fixture with a long history is
/// far smaller).
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// The header line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// Format version ([`FORMAT_VERSION`]).
    pub version: u32,
    /// Which shared proposal.
    pub shared_id: String,
    /// The proposal's title when sent.
    #[serde(default)]
    pub title: String,
    /// Who sent it (the sending device's person).
    #[serde(default)]
    pub from: String,
    /// When, ISO 8601.
    #[serde(default)]
    pub sent_at: String,
    /// SHA-256 of the document part, hex.
    pub sha256: String,
}

/// Why a file is not a co-editing copy this app can open.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// A draft file (a JSON export), not a co-editing copy.
    PlainExport,
    /// Some other file.
    NotACopy,
    /// Cut short or changed since it was sent.
    Damaged,
    /// Written by a newer version of the app.
    Newer,
}

/// The file's bytes.
pub fn write(header: &Header, doc: &[u8]) -> Vec<u8> {
    let mut header = header.clone();
    header.version = FORMAT_VERSION;
    header.sha256 = hex(&Sha256::digest(doc));
    let mut out = MAGIC.to_vec();
    out.extend(serde_json::to_vec(&header).unwrap_or_default());
    out.push(b'\n');
    out.extend_from_slice(doc);
    out
}

/// The header and the document part of a file, checked.
pub fn read(bytes: &[u8]) -> Result<(Header, &[u8]), FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(FileError::TooLarge);
    }
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Err(if looks_like_draft(bytes) {
            FileError::PlainExport
        } else {
            FileError::NotACopy
        });
    };
    let end = rest
        .iter()
        .position(|&b| b == b'\n')
        .ok_or(FileError::Damaged)?;
    let (line, doc) = (&rest[..end], &rest[end + 1..]);
    let version = serde_json::from_slice::<serde_json::Value>(line)
        .ok()
        .and_then(|v| v.get("version")?.as_u64())
        .ok_or(FileError::Damaged)?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(FileError::Newer);
    }
    let header: Header = serde_json::from_slice(line).map_err(|_| FileError::Damaged)?;
    if header.sha256 != hex(&Sha256::digest(doc)) || header.shared_id.is_empty() {
        return Err(FileError::Damaged);
    }
    Ok((header, doc))
}

/// Whether the bytes are a JSON object with a `schema_version`: a draft file.
fn looks_like_draft(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .is_some_and(|v| v.get("schema_version").is_some())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
