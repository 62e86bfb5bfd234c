//! Hostile text through every format: the output must stay well-formed and inert.

use crate::support::exports as export_support;

use asm_proposal::export::{self, ExportOptions, Format};
use asm_proposal::i18n::Lang;
use asm_proposal::model::{self, DonorTemplate, Proposal};
use export_support::*;
use proptest::prelude::*;

const NASTY: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.js>",
    "\" onerror=\"alert(1)",
    "' onmouseover='alert(1)",
    "javascript:alert(1)",
    "[click](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<img src=x onerror=alert(1)>",
    "]]>",
    "<![CDATA[",
    "<!--",
    "-->",
    "&amp;",
    "&#0;",
    "&lt;script&gt;",
    "\u{0}\u{1}\u{8}\u{b}\u{c}\u{1b}\u{7f}\u{85}\u{9f}",
    "\u{fffe}\u{ffff}",
    "\u{202e}\u{200f}\u{200e}\u{2066}",
    "\r\n\r\t",
    "# heading\n- item\n1. x\n> quote\n|a|b|",
    "`code` *em* _u_ \\",
    "{words} {limit}",
    "%1. %s {{}}",
    "𝄞 é ñ 日本 عربى",
];

fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(NASTY).prop_map(str::to_string),
            any::<String>(),
            "[ -~]{0,12}",
        ],
        0..6,
    )
    .prop_map(|v| v.concat())
}

fn assert_all_formats_safe(p: &Proposal) {
    for lang in Lang::ALL {
        for template in [
            DonorTemplate::ConceptNote,
            DonorTemplate::FullProposal,
            DonorTemplate::LogframeAnnex,
        ] {
            let o = ExportOptions { lang, template };
            for f in Format::ALL {
                if template != DonorTemplate::FullProposal
                    && matches!(
                        f,
                        Format::Json
                            | Format::IatiXml
                            | Format::BriefHtml
                            | Format::BriefDocx
                            | Format::Xlsx
                    )
                {
                    continue; // these do not depend on the template
                }
                let out = match export::render(p, f, &o) {
                    Ok(out) => out,
                    // A code or date the form refuses: the donor formats print nothing.
                    Err(export::ExportError::Refused(v)) if f != Format::Json => {
                        assert_eq!(v, model::rules::refused(p));
                        continue;
                    }
                    Err(e) => panic!("{f:?}: {e}"),
                };
                let s = std::str::from_utf8(&out.bytes);
                match f {
                    Format::Docx | Format::BriefDocx => {
                        check_docx(&out.bytes).unwrap_or_else(|e| panic!("{f:?}: {e}"));
                    }
                    Format::Html | Format::BriefHtml | Format::IatiXml => {
                        check_xml_inert(s.expect("utf-8")).unwrap_or_else(|e| panic!("{f:?}: {e}"));
                    }
                    Format::Markdown => {
                        check_markdown_inert(s.expect("utf-8"))
                            .unwrap_or_else(|e| panic!("{f:?}: {e}"));
                    }
                    Format::Xlsx => assert!(out.bytes.starts_with(b"PK\x03\x04")),
                    Format::Json => {
                        let back = model::import_json(&out.bytes).expect("JSON re-imports");
                        assert_eq!(&back, p, "JSON not lossless");
                    }
                }
                let name = &out.file_name;
                assert!(
                    name.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')),
                    "{name}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Every free-text field of a full proposal set to the same hostile string.
    #[test]
    fn every_field_hostile(text in hostile_text()) {
        assert_all_formats_safe(&with_every_text(&good(), &text));
    }

    /// Different hostile strings in the fields that reach attributes, headings, table cells,
    /// list items, file names and IATI codes.
    #[test]
    fn mixed_hostile_fields(a in hostile_text(), b in hostile_text(), c in hostile_text(), d in hostile_text()) {
        let mut p = good();
        p.context.title = a.clone();
        p.context.applicant = b.clone();
        p.context.country_code = c.clone();
        p.context.currency = d.clone();
        p.context.duration.start = c.clone();
        p.meta.updated = d.clone();
        p.context.sites = vec![a.clone(), b.clone()];
        p.logframe.objectives[0].indicators[0].baseline_value = b.clone();
        p.logframe.objectives[0].indicators[0].unit = c.clone();
        p.partners[0].name = d.clone();
        p.budget[0].description = a;
        p.budget[0].unit = b;
        p.communication.stories[0].source = c;
        p.donor.funding_cycle[0].date = d;
        assert_all_formats_safe(&p);
        // The same with the codes and dates the form keeps, so every donor format runs.
        let s = good();
        p.context.country_code = s.context.country_code;
        p.context.currency = s.context.currency;
        p.context.duration.start = s.context.duration.start;
        p.donor.funding_cycle[0].date = s.donor.funding_cycle[0].date.clone();
        assert!(model::rules::refused(&p).is_empty());
        assert_all_formats_safe(&p);
    }
}

#[test]
fn every_nasty_string_alone() {
    for n in NASTY {
        assert_all_formats_safe(&with_every_text(&good(), n));
    }
    // And all of them at once, in the IATI file, which must still validate.
    let all = NASTY.concat();
    let p = with_every_text(&good(), &all);
    let xml = export::iati_xml(&p, &ExportOptions::for_proposal(&p, Lang::En));
    if let Some(r) = xmllint_iati(&xml, "nasty") {
        r.unwrap();
    }
}

/// Text where a code or a date belongs is a value the form refuses: the donor formats refuse
/// the whole draft (so they never print it) and the draft file still round-trips.
#[test]
fn text_in_codes_and_dates_is_refused_by_the_donor_formats() {
    for n in NASTY {
        let p = with_every_string(&good(), n);
        let refused = model::rules::refused(&p);
        assert!(!refused.is_empty(), "{n:?}");
        let o = ExportOptions::for_proposal(&p, Lang::Fr);
        for f in Format::ALL {
            match export::render(&p, f, &o) {
                Ok(out) if f == Format::Json => {
                    assert_eq!(model::import_json(&out.bytes).as_ref(), Ok(&p));
                }
                Err(export::ExportError::Refused(v)) if f != Format::Json => {
                    assert_eq!(v, refused);
                }
                other => panic!("{f:?} {n:?}: {:?}", other.map(|o| o.file_name)),
            }
        }
    }
}
