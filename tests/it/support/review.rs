//! Helpers to make one review rule fire by breaking one thing in the complete proposal.

pub use super::fixture::good;
use asm_proposal::model::*;
use asm_proposal::review::{review, Finding, ReviewContext, RULES};

/// The review's "today" in these tests.
pub const TODAY: &str = "2026-11-27";

/// A context for [`TODAY`].
pub fn ctx() -> ReviewContext {
    ReviewContext::new(TODAY)
}

/// What rule `id` finds in `p` (panics if the rule does not exist).
pub fn run(id: &str, p: &Proposal) -> Vec<Finding> {
    let rule = RULES
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no rule {id}"));
    let found = (rule.check)(p, &ctx());
    for f in &found {
        assert_eq!(f.rule, rule.id, "finding tagged with another rule");
        assert_eq!(f.severity, rule.severity, "severity differs from the table");
    }
    found
}

/// The paths rule `id` reports in `p`.
pub fn paths(id: &str, p: &Proposal) -> Vec<String> {
    run(id, p)
        .into_iter()
        .map(|f| String::from(f.path))
        .collect()
}

/// Asserts rule `id` is silent on the good proposal and fires on `broken(good)`; returns the
/// findings on the broken proposal.
pub fn fires_when(id: &str, broken: impl FnOnce(&mut Proposal)) -> Vec<Finding> {
    let good = good();
    assert!(
        run(id, &good).is_empty(),
        "{id} fires on the good proposal: {:?}",
        run(id, &good)
    );
    let mut p = good;
    broken(&mut p);
    let found = run(id, &p);
    assert!(
        !found.is_empty(),
        "{id} does not fire on the broken proposal"
    );
    found
}

/// Asserts rule `id` stays silent after `change` to the good proposal.
pub fn silent_when(id: &str, change: impl FnOnce(&mut Proposal)) {
    let mut p = good();
    change(&mut p);
    let found = run(id, &p);
    assert!(found.is_empty(), "{id} fires: {found:?}");
}

/// Asserts the full review of `p` has no finding at all.
pub fn assert_clean(p: &Proposal) {
    let r = review(p, &ctx());
    assert!(r.findings.is_empty(), "findings: {:#?}", r.findings);
}
