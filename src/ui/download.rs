//! Hands a file to the person: a download through a Blob and an object URL (no network), or the
//! system share sheet where the device offers one for files (most phones).

use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

fn blob_parts(bytes: &[u8]) -> Array {
    let data = Uint8Array::new_with_length(bytes.len() as u32);
    data.copy_from(bytes);
    Array::of1(&data)
}

/// Saves `bytes` as a file named `name`. Errors are returned as text for the status line.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&blob_parts(bytes), &opts)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    // Revoke later: some browsers read the URL after the click handler returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    }
    Ok(())
}

fn navigator_fn(name: &str) -> Option<(JsValue, Function)> {
    let nav: JsValue = web_sys::window()?.navigator().into();
    let f = Reflect::get(&nav, &JsValue::from_str(name)).ok()?;
    f.dyn_into::<Function>().ok().map(|f| (nav, f))
}

fn share_data(name: &str, mime: &str, bytes: &[u8]) -> Option<Object> {
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type(mime);
    let file =
        web_sys::File::new_with_u8_array_sequence_and_options(&blob_parts(bytes), name, &opts)
            .ok()?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file)).ok()?;
    Reflect::set(&data, &"title".into(), &JsValue::from_str(name)).ok()?;
    Some(data)
}

/// Whether this device can share files through the system share sheet.
pub fn can_share_files() -> bool {
    let Some((nav, can_share)) = navigator_fn("canShare") else {
        return false;
    };
    let Some(data) = share_data("probe.txt", "text/plain", b"probe") else {
        return false;
    };
    can_share
        .call1(&nav, &data)
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Opens the share sheet with the file; falls back to a download where sharing is missing.
pub fn share_or_download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    if can_share_files() {
        if let (Some((nav, share)), Some(data)) =
            (navigator_fn("share"), share_data(name, mime, bytes))
        {
            // The promise rejects when the person closes the sheet: that is not an error.
            return share
                .call1(&nav, &data)
                .map(|_| ())
                .map_err(|e| format!("{e:?}"));
        }
    }
    download(name, mime, bytes)
}

/// The file a person picked in a file input's `change` event, if any. The input is cleared,
/// so picking the same file again fires the event again.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}
