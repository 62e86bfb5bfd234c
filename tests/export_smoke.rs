mod export_support;
use asm_proposal::export::*;
use asm_proposal::i18n::Lang;

#[test]
fn writes_sample_files() {
    let p = export_support::sample();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    for lang in Lang::ALL {
        for f in Format::ALL {
            let opts = ExportOptions::for_proposal(&p, lang);
            let out = render(&p, f, &opts).unwrap();
            std::fs::write(
                dir.join(format!("{}-{}", lang.code(), out.file_name)),
                &out.bytes,
            )
            .unwrap();
        }
    }
    println!("{}", dir.display());
}
