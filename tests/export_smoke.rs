//! Writes sample exports to `target/tmp/exports` for manual checks (LibreOffice, Chromium,
//! xmllint); see `scripts/check_exports.sh`.

mod export_support;
use asm_proposal::export::*;
use asm_proposal::i18n::Lang;
use asm_proposal::model::{self, DonorTemplate};

#[test]
fn writes_sample_files() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let mut drafts = vec![("sample".to_string(), export_support::sample())];
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
