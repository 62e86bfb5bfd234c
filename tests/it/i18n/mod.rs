//! Translations, number and date formats, and the language packs.

mod format;
mod keys;
mod lang_pack;
