//! The applicant's organisation identifier as IATI registers organisations: the prefix of a
//! registration agency (IATI's OrganisationRegistrationAgency codelist: a country code or `XM`
//! / `XI`, `-`, the agency's own code) followed by `-` and the number that agency gave, as in
//! `GB-CHC-1234567` or `XM-DAC-41114`.
//!
//! The form checks the shape only: the agency list changes (IATI adds agencies every year) and
//! would weigh on the first screen. The export and its tests check the prefix against the
//! official codelist.

/// What is wrong with a typed identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgIdProblem {
    /// It contains a space or another character IATI identifiers never use.
    BadCharacter,
    /// No agency prefix (`XX-AGENCY-`) before the number.
    NoAgency,
    /// The agency prefix is there, but no number after it.
    NoNumber,
}

impl OrgIdProblem {
    /// The interface catalogue's key for the message.
    pub fn message_key(self) -> &'static str {
        match self {
            OrgIdProblem::BadCharacter => "iati.org_id.bad_character",
            OrgIdProblem::NoAgency => "iati.org_id.no_agency",
            OrgIdProblem::NoNumber => "iati.org_id.no_number",
        }
    }
}

/// The registration agency's prefix of a well-formed identifier (`GB-CHC` of
/// `GB-CHC-1234567`).
pub fn agency_prefix(id: &str) -> Option<&str> {
    check_org_identifier(id).ok()?;
    let (country, rest) = id.split_once('-')?;
    let (agency, _) = rest.split_once('-')?;
    Some(&id[..country.len() + 1 + agency.len()])
}

/// Checks the shape of an identifier: `CC-AGENCY-NUMBER`, where `CC` is two capital letters,
/// `AGENCY` capitals, digits or `_`, and `NUMBER` anything IATI allows in an identifier
/// (letters, digits, `-`, `_`, `.`, `/`). An empty identifier is fine (none given).
pub fn check_org_identifier(id: &str) -> Result<(), OrgIdProblem> {
    if id.is_empty() {
        return Ok(());
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-_./".contains(c);
    if !id.chars().all(allowed) {
        return Err(OrgIdProblem::BadCharacter);
    }
    let mut parts = id.splitn(3, '-');
    let country = parts.next().unwrap_or_default();
    let agency = parts.next().unwrap_or_default();
    let number = parts.next();
    let country_ok = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
    let agency_ok = !agency.is_empty()
        && agency
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if !country_ok || !agency_ok {
        return Err(OrgIdProblem::NoAgency);
    }
    match number {
        Some(n) if n.bytes().any(|b| b.is_ascii_alphanumeric()) => Ok(()),
        _ => Err(OrgIdProblem::NoNumber),
    }
}
