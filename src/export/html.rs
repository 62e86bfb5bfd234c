//! HTML export: one self-contained, script-free file that also serves as the print-ready PDF.
//!
//! The markup is written as polyglot XHTML (every element closed, attributes quoted) so tests can
//! check it with the same strict XML checker as the other formats. A `Content-Security-Policy`
//! meta tag forbids scripts, remote fetches and forms even if someone hand-edits the file later.

use super::escape::{push_xml_text, xml_attr, xml_text};
use super::ir::{Block, Document, RowKind, Span, Table};
use super::labels::Label;
use super::layout;

/// The printed text width (A4 less 16 mm margins), portrait and landscape, in twentieths of a
/// point, for [`layout`].
const PRINT_W: u32 = 10_092;
const PRINT_W_TURNED: u32 = 15_024;

/// The policy embedded in every HTML export: nothing may load or run; only inline CSS applies.
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS: &str = r#"
:root { --ink: #1b2a33; --muted: #55636b; --rule: #c9d3d8; --accent: #8a4b10; --band: #f3efe8; }
* { box-sizing: border-box; }
/* anywhere: a long unbroken word or web address wraps instead of widening a phone's page. */
body { font-family: "Source Sans 3", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); line-height: 1.45; margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem;
  overflow-wrap: anywhere; }
h1, h2, h3, h4 { font-family: Georgia, "Times New Roman", serif; line-height: 1.2; color: var(--ink); }
h1 { font-size: 2rem; margin: 0 0 .5rem; }
h2 { font-size: 1.45rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.4rem; }
h4 { font-size: 1rem; margin-top: 1.1rem; }
p { margin: .45rem 0; overflow-wrap: anywhere; }
.title-block { border-left: 6px solid var(--accent); padding: 1rem 1.25rem; background: var(--band); }
.subtitle { font-size: 1.15rem; color: var(--muted); margin: 0 0 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
nav.toc ol { padding-left: 1.2rem; }
nav.toc a { color: var(--ink); }
.note { border: 1px solid #d08a2e; background: #fff6e8; padding: .5rem .75rem; margin: .6rem 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .88rem; }
.table-wrap { overflow-x: auto; }
@media (max-width: 40rem) { body { padding: 1rem .75rem; } }
caption { text-align: left; font-weight: 600; padding: .25rem 0; caption-side: top; }
/* break-word, not anywhere: a narrow screen scrolls the table (.table-wrap) rather than
   breaking "Processing" into "Process-ing". */
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
/* Headers wrap between words only; their columns are made wide enough (export::layout). */
thead th { background: #e4ebee; overflow-wrap: normal; hyphens: manual; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.group td { background: var(--band); font-weight: 600; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
/* A workplan period an activity runs in; printed too (browsers drop backgrounds unless told). */
td.on { background: #5e8c99; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
/* size: auto lets the print dialog choose A4 or Letter; margins fit both. */
@page { size: auto; margin: 16mm 16mm 18mm; }
/* A table too wide for a portrait page prints on landscape pages of its own. */
@page wide { size: A4 landscape; margin: 16mm 16mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  nav.toc { break-after: page; }
  .paged > section:not(.empty) { break-before: page; }
  .paged > .title-block { min-height: 60vh; }
  .flow { font-size: 9.5pt; line-height: 1.3; }
  .flow p, .flow li { margin: .15rem 0; }
  .flow ul, .flow ol { margin: .3rem 0; }
  .flow h1 { font-size: 17pt; }
  .flow h2 { font-size: 12.5pt; margin: .7rem 0 .25rem; }
  .flow .title-block { padding: .5rem .9rem; }
  .flow ~ footer { display: none; }
  h2, h3, h4 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, td, th, .note, li { break-inside: avoid; }
  table { break-inside: auto; }
  .table-wrap { overflow: visible; }
  main > section.wide { page: wide; }
}
"#;

/// Renders a document to a complete HTML file.
pub fn render(doc: &Document) -> String {
    let lang = doc.lang;
    let mut o = String::with_capacity(64 * 1024);
    o.push_str("<!DOCTYPE html>\n<html lang=\"");
    o.push_str(lang.code());
    o.push_str("\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\" />\n");
    o.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    o.push_str(&xml_attr(CSP));
    o.push_str(
        "\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n",
    );
    o.push_str("<meta name=\"referrer\" content=\"no-referrer\" />\n");
    if !doc.author.trim().is_empty() {
        o.push_str("<meta name=\"author\" content=\"");
        o.push_str(&xml_attr(&doc.author));
        o.push_str("\" />\n");
    }
    o.push_str("<title>");
    push_xml_text(&mut o, &doc.title);
    o.push_str("</title>\n<style>");
    o.push_str(CSS);
    o.push_str("</style>\n</head>\n<body>\n<main class=\"");
    o.push_str(if doc.paged { "paged" } else { "flow" });
    o.push_str("\">\n<header class=\"title-block\">\n<h1>");
    push_xml_text(&mut o, &doc.title);
    o.push_str("</h1>\n");
    if !doc.subtitle.is_empty() {
        o.push_str("<p class=\"subtitle\">");
        push_xml_text(&mut o, &doc.subtitle);
        o.push_str("</p>\n");
    }
    if !doc.title_meta.is_empty() {
        o.push_str("<dl class=\"meta\">\n");
        for (k, v) in &doc.title_meta {
            o.push_str("<dt>");
            push_xml_text(&mut o, k);
            o.push_str("</dt><dd>");
            push_xml_text(&mut o, v);
            o.push_str("</dd>\n");
        }
        o.push_str("</dl>\n");
    }
    o.push_str("</header>\n");
    if doc.paged && doc.sections.len() > 2 {
        o.push_str("<nav class=\"toc\" aria-label=\"");
        o.push_str(&xml_attr(Label::Contents.text(lang)));
        o.push_str("\">\n<h2>");
        push_xml_text(&mut o, Label::Contents.text(lang));
        o.push_str("</h2>\n<ol>\n");
        for s in &doc.sections {
            o.push_str("<li><a href=\"#");
            o.push_str(&anchor(&s.id));
            o.push_str("\">");
            push_xml_text(&mut o, &s.heading);
            o.push_str("</a></li>\n");
        }
        o.push_str("</ol>\n</nav>\n");
    }
    for s in &doc.sections {
        o.push_str("<section id=\"");
        o.push_str(&anchor(&s.id));
        // A section with a table too wide for portrait prints on landscape pages.
        let wide = s
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Table(t) if table_layout(t).landscape));
        o.push_str(match (s.empty, wide) {
            (true, _) => "\" class=\"empty\">\n<h2>",
            (false, true) => "\" class=\"wide\">\n<h2>",
            (false, false) => "\">\n<h2>",
        });
        push_xml_text(&mut o, &s.heading);
        o.push_str("</h2>\n");
        for b in &s.blocks {
            block(&mut o, b);
        }
        o.push_str("</section>\n");
    }
    o.push_str("</main>\n<footer><p>");
    push_xml_text(&mut o, Label::GeneratedWith.text(lang));
    o.push_str("</p></footer>\n</body>\n</html>\n");
    o
}

/// Section ids come from templates, but are still reduced to a safe anchor token.
fn anchor(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("sec-{s}")
}

fn spans(o: &mut String, spans: &[Span]) {
    for s in spans {
        if s.bold {
            o.push_str("<strong>");
        }
        let text = xml_text(&s.text);
        let mut first = true;
        for line in text.split('\n') {
            if !first {
                o.push_str("<br />");
            }
            first = false;
            o.push_str(line);
        }
        if s.bold {
            o.push_str("</strong>");
        }
    }
}

fn block(o: &mut String, b: &Block) {
    match b {
        Block::Heading { level, text } => {
            // Section headings are h2, so sub-levels 2 and 3 become h3 and h4.
            let h = if *level <= 2 { "h3" } else { "h4" };
            o.push('<');
            o.push_str(h);
            o.push('>');
            push_xml_text(o, text);
            o.push_str("</");
            o.push_str(h);
            o.push_str(">\n");
        }
        Block::Paragraph(s) => {
            o.push_str("<p>");
            spans(o, s);
            o.push_str("</p>\n");
        }
        Block::Note(text) => {
            o.push_str("<p class=\"note\" role=\"note\">");
            push_xml_text(o, text);
            o.push_str("</p>\n");
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            o.push('<');
            o.push_str(tag);
            o.push_str(">\n");
            for item in items {
                o.push_str("<li>");
                spans(o, item);
                o.push_str("</li>\n");
            }
            o.push_str("</");
            o.push_str(tag);
            o.push_str(">\n");
        }
        Block::Table(t) => table(o, t),
    }
}

fn table_layout(t: &Table) -> layout::Layout {
    layout::layout(t, PRINT_W, PRINT_W_TURNED)
}

fn table(o: &mut String, t: &Table) {
    // On a phone a wide table scrolls inside its own box, not the whole page; the box takes
    // focus (so the keyboard can scroll it) and is named after the table.
    let lay = table_layout(t);
    o.push_str("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"");
    if !t.caption.is_empty() {
        o.push_str(" aria-label=\"");
        o.push_str(&xml_attr(&t.caption));
        o.push('"');
    }
    o.push_str(">\n<table>\n");
    let total: u32 = lay.widths.iter().sum::<u32>().max(1);
    if !t.caption.is_empty() {
        o.push_str("<caption>");
        push_xml_text(o, &t.caption);
        o.push_str("</caption>\n");
    }
    o.push_str("<colgroup>");
    for w in &lay.widths {
        // Tenths of a percent, so narrow numeric columns keep their share.
        let pml = w * 1000 / total;
        o.push_str(&format!(
            "<col style=\"width:{}.{}%\" />",
            pml / 10,
            pml % 10
        ));
    }
    o.push_str("</colgroup>\n<thead><tr>");
    for c in &t.columns {
        o.push_str(if c.numeric {
            "<th scope=\"col\" class=\"num\">"
        } else {
            "<th scope=\"col\">"
        });
        push_xml_text(o, &c.header);
        o.push_str("</th>");
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for r in &t.rows {
        match r.kind {
            RowKind::Group | RowKind::Wide => {
                let class = if r.kind == RowKind::Group {
                    "group"
                } else {
                    "wide"
                };
                o.push_str(&format!(
                    "<tr class=\"{class}\"><td colspan=\"{}\">",
                    t.columns.len().max(1)
                ));
                let esc = xml_text(r.cells.first().map(String::as_str).unwrap_or(""));
                o.push_str(&esc.replace('\n', "<br />"));
                o.push_str("</td></tr>\n");
            }
            RowKind::Body | RowKind::Total => {
                o.push_str(if r.kind == RowKind::Total {
                    "<tr class=\"total\">"
                } else {
                    "<tr>"
                });
                for (i, c) in t.columns.iter().enumerate() {
                    o.push_str(match (c.numeric, r.is_shaded(i)) {
                        (true, true) => "<td class=\"num on\">",
                        (true, false) => "<td class=\"num\">",
                        (false, true) => "<td class=\"on\">",
                        (false, false) => "<td>",
                    });
                    let text = r.cells.get(i).map(String::as_str).unwrap_or("");
                    let esc = xml_text(text);
                    o.push_str(&esc.replace('\n', "<br />"));
                    o.push_str("</td>");
                }
                o.push_str("</tr>\n");
            }
        }
    }
    o.push_str("</tbody>\n</table>\n</div>\n");
}
