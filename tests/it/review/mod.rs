//! The readiness review: engine, rules, worked examples, finding subjects, the good fixture.

mod engine;
mod examples;
mod fixture;
mod rules;
mod subject;
