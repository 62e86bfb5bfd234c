//! What several test modules share: fixtures, the export checks and the review's rule helpers.

pub mod exports;
pub mod fixture;
pub mod review;
pub mod wellformed;
