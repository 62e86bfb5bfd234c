//! The worked examples of the model branch pass the review with zero blockers.

use crate::support::review as review_support;

use asm_proposal::i18n::Lang;
use asm_proposal::model::examples::{examples, load_example};
use asm_proposal::model::Step;
use asm_proposal::review::{render, review, step_state, StepState};

#[test]
fn every_worked_example_has_zero_blockers() {
    assert!(!examples().is_empty());
    for info in examples() {
        let p = load_example(info.id).expect("example loads");
        let r = review(&p, &review_support::ctx());
        println!(
            "{}: readiness {}, {} warnings, {} tips",
            info.id, r.readiness, r.warnings, r.tips
        );
        for f in &r.findings {
            println!(
                "  [{}] {} {} — {}",
                f.severity.as_str(),
                f.rule,
                f.path,
                render(Lang::En, &f.message)
            );
        }
        let blockers: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.severity == asm_proposal::review::Severity::Blocker)
            .collect();
        assert!(
            blockers.is_empty(),
            "{} has blockers: {blockers:#?}",
            info.id
        );
        for s in Step::WITH_FIELDS {
            assert_ne!(
                step_state(&p, &r, s),
                StepState::Empty,
                "{}: step {s} empty",
                info.id
            );
        }
    }
}
