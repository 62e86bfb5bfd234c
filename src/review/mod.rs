//! review (to be filled)
