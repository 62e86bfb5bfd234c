//! Prints how long each export of the stress fixture takes (no assertion: the numbers go into
//! the release notes; the wasm budget is 300 ms per export).

use asm_proposal::export::{self, ExportOptions, Format};
use asm_proposal::i18n::Lang;
use std::time::Instant;

#[test]
fn stress_fixture_export_timings() {
    let p = asm_proposal::model::stress_fixture();
    let o = ExportOptions::for_proposal(&p, Lang::En);
    for f in Format::ALL {
        // One warm-up, then the best of five, so a busy shared machine does not skew it.
        let mut size = 0;
        let _ = export::render(&p, f, &o);
        let best = (0..5)
            .map(|_| {
                let t = Instant::now();
                let out = export::render(&p, f, &o).expect("export succeeds");
                size = out.bytes.len();
                t.elapsed()
            })
            .min()
            .unwrap_or_default();
        println!(
            "export timing {f:?}: {:.2} ms, {} KB",
            best.as_secs_f64() * 1000.0,
            size / 1024
        );
    }
}
