use crate::support::review as review_support;

#[test]
fn the_good_fixture_is_clean() {
    review_support::assert_clean(&review_support::good());
}
