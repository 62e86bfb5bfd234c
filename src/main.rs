//! Mounts the app; everything else lives in the library so tests can mount it too.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    asm_proposal::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("asm_proposal is a browser app: build it with `make serve` or `make dist`.");
}
