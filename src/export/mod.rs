//! export (to be filled)
