//! Co-editing: the flat form, the merge, conflicts, the change list and the file.

mod files;
mod flat;
mod merge;
mod props;

use asm_proposal::coedit::{self, Copy, Person};
use asm_proposal::model::Proposal;

/// Two people on two devices.
pub fn amina() -> Person {
    Person {
        name: "Amina".into(),
        actor: "aa01".into(),
    }
}

pub fn bruno() -> Person {
    Person {
        name: "Bruno".into(),
        actor: "bb02".into(),
    }
}

/// `p` sent by `from` (its stored document, if any, first): the stored document and the file.
pub fn send(stored: Option<&[u8]>, p: &Proposal, from: &Person) -> (Vec<u8>, Vec<u8>) {
    let sent = coedit::send(stored, p, from, "2026-12-04T10:00:00Z", 1_796_000_000).expect("sent");
    (sent.doc, sent.file)
}

/// The file read by `me`.
pub fn read(file: &[u8], me: &Person) -> Copy {
    coedit::read_copy(file, me).expect("a good copy")
}

/// Amina sends `p` to Bruno, who opens it: Amina's stored document, Bruno's draft and his.
pub fn shared(p: &Proposal) -> (Vec<u8>, Proposal, Vec<u8>) {
    let (doc_a, file) = send(None, p, &amina());
    let (p_b, doc_b) =
        coedit::start_from_copy(read(&file, &bruno()), "2026-12-04T11:00:00Z").expect("opened");
    (doc_a, p_b, doc_b)
}
