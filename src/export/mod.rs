//! Export: each format is a pure function from the proposal to bytes.
//!
//! | format | file | built from |
//! |---|---|---|
//! | Word | `docx.rs` (+ `zip.rs`) | the document IR |
//! | HTML (also the print-ready PDF) | `html.rs` | the document IR |
//! | Markdown | `markdown.rs` | the document IR |
//! | JSON (lossless draft) | `json.rs` | the model's serializer |
//! | IATI 2.03 activity XML | `iati.rs` | the proposal directly |
//! | Advocacy brief (HTML, DOCX) | `brief.rs` | its own one-page IR |
//! | Spreadsheet (logframe, workplan, budget with live totals) | `xlsx.rs` | the proposal directly |
//!
//! The human-readable formats share one document model (`ir.rs`) built once by `document/`
//! following the donor template's section order (`template.rs`), so all three always agree.
//! Everything typed passes through `escape.rs`. Output is deterministic: every date in a file
//! comes from the draft itself, never from a clock.

pub mod brief;
pub mod document;
pub mod docx;
pub mod escape;
pub mod filename;
pub mod html;
pub mod iati;
pub mod ir;
pub mod json;
pub mod labels;
pub mod layout;
pub mod markdown;
pub mod template;
pub mod value_names;
pub mod xlsx;
pub mod zip;

use crate::i18n::Lang;
use crate::model::{DonorTemplate, Proposal};

/// An export format the person can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Word document following the chosen template.
    Docx,
    /// Self-contained HTML (open and print to PDF).
    Html,
    /// Markdown for pasting into other tools.
    Markdown,
    /// The lossless draft as JSON.
    Json,
    /// IATI 2.03 activity XML.
    IatiXml,
    /// One-page advocacy brief as HTML.
    BriefHtml,
    /// One-page advocacy brief as Word.
    BriefDocx,
    /// Spreadsheet: logframe, workplan and budget with live totals.
    Xlsx,
}

impl Format {
    /// Every format, in the order the export page lists them.
    pub const ALL: [Format; 8] = [
        Format::Docx,
        Format::Html,
        Format::Markdown,
        Format::Json,
        Format::IatiXml,
        Format::BriefHtml,
        Format::BriefDocx,
        Format::Xlsx,
    ];

    /// The MIME type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Docx | Format::BriefDocx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Html | Format::BriefHtml => "text/html;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Json => "application/json",
            Format::IatiXml => "application/xml",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx | Format::BriefDocx => "docx",
            Format::Html | Format::BriefHtml => "html",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::IatiXml => "xml",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Choices that shape an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// Language of headings and labels (typed text is exported as typed).
    pub lang: Lang,
    /// Donor template: sections, their order and word limits.
    pub template: DonorTemplate,
}

impl ExportOptions {
    /// Options for `lang` with the template the proposal itself names.
    pub fn for_proposal(p: &Proposal, lang: Lang) -> Self {
        ExportOptions {
            lang,
            template: p.context.template,
        }
    }
}

/// A finished file, ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportedFile {
    /// Safe file name with extension (ASCII letters, digits, `-`, `_`).
    pub file_name: String,
    /// MIME type for the download.
    pub mime: &'static str,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// Why an export failed. Exports of any proposal the model can hold succeed; these exist so a
/// failure reaches the person as a message, never as a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The document is too large for a plain ZIP container (over 4 GiB).
    TooLarge,
    /// The JSON serializer failed (message).
    Json(String),
    /// The draft holds values the form refuses (`model::rules`): a document for the donor
    /// would print them, so only the draft file (JSON) is written until they are corrected.
    Refused(Vec<crate::model::Problem>),
    /// The spreadsheet writer failed (message).
    Spreadsheet(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::TooLarge => write!(f, "the document is too large to export"),
            ExportError::Json(m) => write!(f, "could not write the draft as JSON: {m}"),
            ExportError::Refused(v) => write!(f, "{} value(s) the form refuses", v.len()),
            ExportError::Spreadsheet(m) => write!(f, "could not write the spreadsheet: {m}"),
        }
    }
}

impl std::error::Error for ExportError {}

impl From<rust_xlsxwriter::XlsxError> for ExportError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        ExportError::Spreadsheet(e.to_string())
    }
}

impl From<zip::ZipError> for ExportError {
    fn from(_: zip::ZipError) -> Self {
        ExportError::TooLarge
    }
}

/// Exports `p` in `format`.
pub fn render(
    p: &Proposal,
    format: Format,
    opts: &ExportOptions,
) -> Result<ExportedFile, ExportError> {
    if format != Format::Json {
        let refused = crate::model::rules::refused(p);
        if !refused.is_empty() {
            return Err(ExportError::Refused(refused));
        }
    }
    let bytes = match format {
        Format::Docx => docx(p, opts)?,
        Format::Html => html(p, opts).into_bytes(),
        Format::Markdown => markdown(p, opts).into_bytes(),
        Format::Json => json(p)?.into_bytes(),
        Format::IatiXml => iati_xml(p, opts).into_bytes(),
        Format::BriefHtml => brief_html(p, opts).into_bytes(),
        Format::BriefDocx => brief_docx(p, opts)?,
        Format::Xlsx => xlsx::xlsx(p, opts.lang)?,
    };
    Ok(ExportedFile {
        file_name: file_name(p, format, opts),
        mime: format.mime(),
        bytes,
    })
}

/// The JSON copy alone, for the backup buttons outside the export page: calling it instead of
/// `render` keeps the other formats' code out of the browser's first module (they load with
/// the Review step).
pub fn render_json(p: &Proposal) -> Result<ExportedFile, ExportError> {
    let opts = ExportOptions::for_proposal(p, Lang::En);
    Ok(ExportedFile {
        file_name: file_name(p, Format::Json, &opts),
        mime: Format::Json.mime(),
        bytes: json(p)?.into_bytes(),
    })
}

/// The download name: the sanitised title, a suffix for the template or variant, the extension.
pub fn file_name(p: &Proposal, format: Format, opts: &ExportOptions) -> String {
    let suffix = match format {
        Format::Docx | Format::Html | Format::Markdown => match opts.template {
            DonorTemplate::FullProposal => "",
            DonorTemplate::ConceptNote => "-concept-note",
            DonorTemplate::LogframeAnnex => "-logframe",
        },
        Format::Json | Format::Xlsx => "",
        Format::IatiXml => "-iati",
        Format::BriefHtml | Format::BriefDocx => "-brief",
    };
    filename::file_name(
        &p.context.title,
        &p.context.applicant,
        suffix,
        format.extension(),
    )
}

/// Word document following `opts.template`.
pub fn docx(p: &Proposal, opts: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    Ok(docx::render(&document::build(p, opts.template, opts.lang))?)
}

/// Self-contained HTML following `opts.template`.
pub fn html(p: &Proposal, opts: &ExportOptions) -> String {
    html::render(&document::build(p, opts.template, opts.lang))
}

/// Markdown following `opts.template`.
pub fn markdown(p: &Proposal, opts: &ExportOptions) -> String {
    markdown::render(&document::build(p, opts.template, opts.lang))
}

/// The lossless draft as JSON.
pub fn json(p: &Proposal) -> Result<String, ExportError> {
    json::render(p).ok_or_else(|| ExportError::Json("the serializer returned nothing".into()))
}

/// IATI 2.03 activity XML (the template does not apply; `opts.lang` sets `xml:lang`).
pub fn iati_xml(p: &Proposal, opts: &ExportOptions) -> String {
    iati::render(p, opts.lang)
}

/// The one-page advocacy brief as HTML.
pub fn brief_html(p: &Proposal, opts: &ExportOptions) -> String {
    html::render(&brief::build(p, opts.lang))
}

/// The one-page advocacy brief as Word.
pub fn brief_docx(p: &Proposal, opts: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    Ok(docx::render(&brief::build(p, opts.lang))?)
}

/// The timestamp if it is a valid ISO 8601 / W3CDTF date-time with offset, for metadata fields
/// that readers reject when malformed.
pub fn w3c_timestamp(ts: &str) -> Option<&str> {
    let ts = ts.trim();
    crate::model::date::is_valid_timestamp(ts).then_some(ts)
}
