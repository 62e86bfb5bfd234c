//! knowledge (to be filled)
