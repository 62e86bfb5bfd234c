//! Reads a file of the app's own build (same origin, relative URL) over `fetch`. In a release
//! build the service worker answers from its cache, so this works offline once installed.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file of the build could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, server gone, or the request was refused.
    Network,
    /// The server answered with this HTTP status instead of the file.
    Status(u16),
    /// The answer started but its body could not be read to the end.
    Body,
}

/// The bytes at `url` (relative to the page).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let buffer = response.array_buffer().map_err(|_| FetchError::Body)?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| FetchError::Body)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
