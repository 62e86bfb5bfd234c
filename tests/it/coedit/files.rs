//! Bad files: each is refused with its reason and changes nothing.

use super::{amina, bruno, send, shared};
use crate::support::fixture::good;
use asm_proposal::coedit::{self, CoeditError, FileError};
use asm_proposal::model::to_json_pretty;

fn refused(bytes: &[u8]) -> CoeditError {
    match coedit::read_copy(bytes, &amina()) {
        Ok(_) => panic!("accepted a bad file"),
        Err(e) => e,
    }
}

#[test]
fn a_good_copy_has_a_clear_name_and_reads_back() {
    let p = good();
    let sent = coedit::send(None, &p, &amina(), "2026-12-04T10:00:00Z", 1).unwrap();
    assert!(
        sent.file_name.ends_with("-co-editing-Amina.asmshare"),
        "{}",
        sent.file_name
    );
    assert!(sent.file.starts_with(b"ASM-PROPOSAL-COEDIT\n"));
    let copy = coedit::read_copy(&sent.file, &bruno()).unwrap();
    assert_eq!(copy.header.from, "Amina");
    assert_eq!(copy.header.shared_id, sent.shared_id);
}

#[test]
fn a_plain_json_export_is_told_apart() {
    let text = to_json_pretty(&good());
    assert_eq!(
        refused(text.as_bytes()),
        CoeditError::File(FileError::PlainExport)
    );
    assert_eq!(refused(b"hello"), CoeditError::File(FileError::NotACopy));
    assert_eq!(refused(b""), CoeditError::File(FileError::NotACopy));
}

#[test]
fn a_truncated_or_altered_copy_is_damaged() {
    let (_, file) = send(None, &good(), &amina());
    for cut in [25, file.len() / 2, file.len() - 1] {
        assert_eq!(
            refused(&file[..cut]),
            CoeditError::File(FileError::Damaged),
            "cut at {cut}"
        );
    }
    let mut altered = file.clone();
    let i = altered.len() - 40;
    altered[i] ^= 0x20;
    assert_eq!(refused(&altered), CoeditError::File(FileError::Damaged));
    // A header edited by hand to claim another proposal no longer matches the document.
    let text = String::from_utf8_lossy(&file).into_owned();
    let start = text.find("\"shared_id\":\"").unwrap() + 13;
    let mut forged = file.clone();
    forged[start] = if forged[start] == b'0' { b'1' } else { b'0' };
    assert_eq!(refused(&forged), CoeditError::File(FileError::Damaged));
}

#[test]
fn a_copy_from_a_newer_app_is_refused_as_newer() {
    let (_, file) = send(None, &good(), &amina());
    let text = String::from_utf8_lossy(&file).into_owned();
    let at = text.find("\"version\":1").unwrap() + 10;
    let mut newer = file.clone();
    newer[at] = b'2';
    assert_eq!(refused(&newer), CoeditError::File(FileError::Newer));
}

#[test]
fn a_copy_of_another_proposal_changes_nothing() {
    let p = good();
    let (doc_a, _, _) = shared(&p);
    let (_, other) = send(None, &p, &bruno());
    let copy = coedit::read_copy(&other, &amina()).unwrap();
    match coedit::merge(&doc_a, &p, copy, &amina(), 1) {
        Err(CoeditError::OtherProposal { title }) => assert_eq!(title, p.context.title),
        Err(e) => panic!("{e:?}"),
        Ok(_) => panic!("merged another proposal"),
    }
}
