//! Property tests of the engine on the stress fixture: random edits on three devices from one
//! shared start merge the same in any order and grouping, merging a copy twice adds nothing,
//! and no edit made on one side only is lost.

use std::sync::OnceLock;

use asm_proposal::coedit::conflicts;
use asm_proposal::coedit::flat::{self, is_entry, Flat, Leaf};
use asm_proposal::coedit::SharedDoc;
use asm_proposal::model::{stress_fixture, Proposal};
use automerge::ActorId;
use proptest::prelude::*;

/// The stress fixture in a shared document, made once.
fn start() -> &'static (Proposal, Vec<u8>) {
    static START: OnceLock<(Proposal, Vec<u8>)> = OnceLock::new();
    START.get_or_init(|| {
        let p = stress_fixture();
        let mut doc = SharedDoc::create("shared", ActorId::from(vec![0u8; 16])).unwrap();
        doc.record(&flat::flatten_proposal(&p), "Start", 0).unwrap();
        (p, doc.save())
    })
}

#[derive(Clone, Debug)]
enum Edit {
    Type {
        field: usize,
        at: usize,
        text: String,
    },
    Erase {
        field: usize,
    },
    Set {
        field: usize,
        n: u32,
    },
    Add {
        kind: u8,
        text: String,
    },
    Delete {
        item: usize,
    },
    Move {
        item: usize,
    },
}

fn arb_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<usize>(), "[a-zé ]{1,6}").prop_map(|(field, at, text)| Edit::Type {
            field,
            at,
            text
        }),
        any::<usize>().prop_map(|field| Edit::Erase { field }),
        (any::<usize>(), 0u32..100).prop_map(|(field, n)| Edit::Set { field, n }),
        (0u8..3, "[a-z]{1,5}").prop_map(|(kind, text)| Edit::Add { kind, text }),
        any::<usize>().prop_map(|item| Edit::Delete { item }),
        any::<usize>().prop_map(|item| Edit::Move { item }),
    ]
}

/// The proposal after `edits`, as the app would make them.
fn edited(p: &Proposal, edits: &[Edit]) -> Proposal {
    let mut p = p.clone();
    for e in edits {
        if let Edit::Add { kind, text } = e {
            match kind {
                0 => {
                    let id = p.add_risk();
                    p.risks.iter_mut().find(|r| r.id == id).unwrap().text = text.clone();
                }
                1 => {
                    let id = p.add_partner();
                    p.partners.iter_mut().find(|r| r.id == id).unwrap().name = text.clone();
                }
                _ => p.context.sites.push(text.clone()),
            }
            continue;
        }
        let mut f = flat::flatten_proposal(&p);
        let keys = |pred: &dyn Fn(&String, &Leaf) -> bool| -> Vec<String> {
            f.iter()
                .filter(|(k, v)| pred(k, v))
                .map(|(k, _)| k.clone())
                .collect()
        };
        let texts = keys(&|_, v| matches!(v, Leaf::Text(_)));
        let numbers = keys(&|k, v| {
            matches!(v, Leaf::Scalar(serde_json::Value::Number(_)))
                && !k.ends_with("_id")
                && !k.ends_with("lead_partner")
                && !k.ends_with("cofunding_partner")
                && !k.ends_with("mdg_target")
        });
        let items = keys(&|k, _| is_entry(k) && !k.contains('='));
        match e {
            Edit::Type { field, at, text } if !texts.is_empty() => {
                let k = &texts[field % texts.len()];
                if let Some(Leaf::Text(s)) = f.get_mut(k) {
                    let chars: Vec<char> = s.chars().collect();
                    let at = at % (chars.len() + 1);
                    *s = chars[..at]
                        .iter()
                        .chain(text.chars().collect::<Vec<_>>().iter())
                        .chain(&chars[at..])
                        .collect();
                }
            }
            Edit::Erase { field } if !texts.is_empty() => {
                f.remove(&texts[field % texts.len()]);
            }
            Edit::Set { field, n } if !numbers.is_empty() => {
                f.insert(
                    numbers[field % numbers.len()].clone(),
                    Leaf::Scalar(serde_json::Value::from(*n)),
                );
            }
            Edit::Delete { item } if !items.is_empty() => {
                flat::remove_subtree(&mut f, &items[item % items.len()]);
                flat::drop_dangling(&mut f);
            }
            Edit::Move { item } if !items.is_empty() => {
                f.insert(items[item % items.len()].clone(), Leaf::Entry(-1.0));
            }
            _ => {}
        }
        if let Some(q) = flat::to_proposal(&f, &p) {
            p = q;
        }
    }
    p
}

/// A device that opened the shared start and made `edits`, named by `actor`; it hands out
/// ids from its own range, as `coedit::jump_ids` makes it.
fn device(actor: u8, edits: &[Edit]) -> (SharedDoc, Flat) {
    let (p, bytes) = start();
    let mut doc = SharedDoc::load(bytes, ActorId::from(vec![actor; 16])).unwrap();
    let mut own = p.clone();
    own.meta.next_id.0 = u32::from(actor) * 1_000_000;
    doc.record(&flat::flatten_proposal(&edited(&own, edits)), "x", 0)
        .unwrap();
    let f = doc.read(None);
    (doc, f)
}

fn merged(a: &mut SharedDoc, b: &mut SharedDoc) -> SharedDoc {
    let mut m = a.fork();
    m.merge(b).unwrap();
    m
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec(arb_edit(), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn merging_is_commutative_associative_and_idempotent(ea in edits(), eb in edits(), ec in edits()) {
        let (mut a, fa) = device(1, &ea);
        let (mut b, _) = device(2, &eb);
        let (mut c, _) = device(3, &ec);
        let ab = merged(&mut a, &mut b).read(None);
        let ba = merged(&mut b, &mut a).read(None);
        prop_assert_eq!(&ab, &ba);
        let mut ab_doc = merged(&mut a, &mut b);
        let mut bc_doc = merged(&mut b, &mut c);
        let left = merged(&mut ab_doc, &mut c).read(None);
        let right = merged(&mut a, &mut bc_doc).read(None);
        prop_assert_eq!(left, right);
        let mut a2 = a.fork();
        prop_assert_eq!(merged(&mut a, &mut a2).read(None), fa);
    }

    #[test]
    fn no_edit_made_on_one_side_only_is_lost(ea in edits(), eb in edits()) {
        let base = {
            let (_, bytes) = start();
            SharedDoc::load(bytes, ActorId::random()).unwrap().read(None)
        };
        let (mut a, fa) = device(1, &ea);
        let (mut b, fb) = device(2, &eb);
        let m = merged(&mut a, &mut b).read(None);
        // Items one side deleted take their fields with them (the other side's edits to such an
        // item are a conflict, tested in merge.rs).
        let deleted = |f: &Flat, k: &str| base.keys().any(|i| is_entry(i) && !i.contains('=') && !f.contains_key(i) && k.starts_with(&format!("{i}.")));
        for (mine, other) in [(&fa, &fb), (&fb, &fa)] {
            for k in mine.keys().chain(base.keys()) {
                let changed_here = mine.get(k) != base.get(k);
                let untouched_there = other.get(k) == base.get(k);
                if changed_here && untouched_there && !deleted(other, k) {
                    prop_assert_eq!(m.get(k), mine.get(k), "{}", k);
                }
            }
        }
        let one = conflicts::detect(&base, &fa, &fb);
        let two = conflicts::detect(&base, &fb, &fa);
        let keys = |c: &[conflicts::Conflict]| c.iter().map(|x| (x.key.clone(), x.kind)).collect::<Vec<_>>();
        prop_assert_eq!(keys(&one), keys(&two));
    }
}
