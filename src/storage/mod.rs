//! storage (to be filled)
