//! Writes sample exports to `target/tmp/exports` for manual checks (LibreOffice, Chromium,
//! xmllint); see `scripts/check_exports.sh`.

use crate::support::exports as export_support;
use asm_proposal::export::*;
use asm_proposal::i18n::Lang;
use asm_proposal::model::{self, DonorTemplate};

#[test]
fn writes_sample_files() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let mut drafts = vec![("sample".to_string(), export_support::good())];
    for ex in model::examples() {
        drafts.push((ex.id.to_string(), model::load_example(ex.id).unwrap()));
    }
    drafts.push(("stress".to_string(), model::stress_fixture()));
    for (id, p) in &drafts {
        for lang in Lang::ALL {
            for template in [
                DonorTemplate::ConceptNote,
                DonorTemplate::FullProposal,
                DonorTemplate::LogframeAnnex,
            ] {
                let opts = ExportOptions { lang, template };
                for f in Format::ALL {
                    let out = render(p, f, &opts).unwrap();
                    let name = format!("{id}-{}-{}", lang.code(), out.file_name);
                    std::fs::write(dir.join(name), &out.bytes).unwrap();
                }
            }
        }
    }
}

/// The crosswalk's loose links are said to be so wherever exports print them (issue 23): a
/// thematic add-on in the full proposal's linkage table, the app's own SDG suggestions in
/// the brief, in every language.
#[test]
fn exports_mark_thematic_and_suggested_sdg_links() {
    // The Peru example links MDG target 3 (SDG 8.7 is a thematic add-on); the Andean one
    // links target 9 (MDG 7, for which the app suggests SDG 13 and 14).
    let peru = model::load_example("peru_women_fund").unwrap();
    let andean = model::load_example("andean_mercury").unwrap();
    for (lang, thematic, suggestion) in [
        (
            Lang::En,
            "SDG 8.7 (thematic add-on)",
            "the app's suggestion",
        ),
        (
            Lang::Fr,
            "ODD 8.7 (complément thématique)",
            "suggestion de l\u{2019}application",
        ),
    ] {
        let full = ExportOptions {
            lang,
            template: DonorTemplate::FullProposal,
        };
        assert!(markdown(&peru, &full).contains(thematic), "{lang:?}");
        let brief = brief_html(&andean, &full);
        assert!(brief.contains(suggestion), "{lang:?}");
        assert!(brief.contains("13") && brief.contains("14"), "{lang:?}");
    }
}
