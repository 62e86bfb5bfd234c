//! Every export format: well-formed, inert, translated, laid out, official IATI codes, and the
//! spreadsheet as openpyxl reads it.

mod budget_years;
mod donor_formats;
mod formats;
mod hostile;
mod iati_codelists;
mod render;
mod risks;
mod smoke;
mod typography;
mod workplan;
mod xlsx;
