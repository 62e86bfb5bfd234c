//! Markdown export: clean CommonMark with pipe tables, for pasting into other tools.
//!
//! Typed text is escaped so it stays text wherever the Markdown is later rendered: no links,
//! raw HTML or headings can be smuggled in through a field.

use super::escape::{markdown_block, markdown_inline};
use super::ir::{Block, Document, RowKind, Span, Table};
use super::labels::Label;

/// Renders a document to Markdown.
pub fn render(doc: &Document) -> String {
    let mut o = String::with_capacity(32 * 1024);
    o.push_str("# ");
    o.push_str(&markdown_inline(&doc.title));
    o.push_str("\n\n");
    if !doc.subtitle.is_empty() {
        o.push('*');
        o.push_str(&markdown_inline(&doc.subtitle));
        o.push_str("*\n\n");
    }
    for (k, v) in &doc.title_meta {
        o.push_str("- **");
        o.push_str(&markdown_inline(k));
        o.push_str(super::labels::colon(doc.lang).trim_end());
        o.push_str("** ");
        o.push_str(&markdown_inline(v));
        o.push('\n');
    }
    if !doc.title_meta.is_empty() {
        o.push('\n');
    }
    for s in &doc.sections {
        o.push_str("## ");
        o.push_str(&markdown_inline(&s.heading));
        o.push_str("\n\n");
        for b in &s.blocks {
            block(&mut o, doc, b);
        }
    }
    o.push_str("---\n\n*");
    o.push_str(&markdown_inline(Label::GeneratedWith.text(doc.lang)));
    o.push_str("*\n");
    o
}

fn spans(s: &[Span]) -> String {
    let mut o = String::new();
    for span in s {
        let text = markdown_block(&span.text);
        if text.is_empty() {
            continue;
        }
        if span.bold {
            o.push_str("**");
            o.push_str(text.trim());
            o.push_str("** ");
        } else {
            o.push_str(&text);
        }
    }
    o.trim_end().to_string()
}

fn block(o: &mut String, doc: &Document, b: &Block) {
    match b {
        Block::Heading { level, text } => {
            o.push_str(if *level <= 2 { "### " } else { "#### " });
            o.push_str(&markdown_inline(text));
            o.push_str("\n\n");
        }
        Block::Paragraph(s) => {
            let p = spans(s);
            if !p.is_empty() {
                o.push_str(&p);
                o.push_str("\n\n");
            }
        }
        Block::Note(text) => {
            o.push_str("> **");
            o.push_str(Label::Note.text(doc.lang));
            o.push_str(super::labels::colon(doc.lang).trim_end());
            o.push_str("** ");
            o.push_str(&markdown_inline(text));
            o.push_str("\n\n");
        }
        Block::List { ordered, items } => {
            for (i, item) in items.iter().enumerate() {
                if *ordered {
                    o.push_str(&format!("{}. ", i + 1));
                } else {
                    o.push_str("- ");
                }
                // One line per item: hard breaks inside a list item confuse many pasting targets.
                o.push_str(&spans(item).replace("  \n", " "));
                o.push('\n');
            }
            o.push('\n');
        }
        Block::Table(t) => table(o, t),
    }
}

/// What a shaded cell (a workplan period) shows in plain text.
pub const SHADED_MARK: &str = "\u{25a0}";

fn table(o: &mut String, t: &Table) {
    if !t.caption.is_empty() {
        o.push_str("**");
        o.push_str(&markdown_inline(&t.caption));
        o.push_str("**\n\n");
    }
    if t.columns.is_empty() {
        return;
    }
    o.push('|');
    for c in &t.columns {
        o.push(' ');
        o.push_str(&markdown_inline(&c.header));
        o.push_str(" |");
    }
    o.push_str("\n|");
    for c in &t.columns {
        o.push_str(if c.numeric { " ---: |" } else { " --- |" });
    }
    o.push('\n');
    for r in &t.rows {
        o.push('|');
        for i in 0..t.columns.len() {
            let text = match r.kind {
                RowKind::Group | RowKind::Wide if i > 0 => String::new(),
                _ => match r.cells.get(i).map(|c| markdown_inline(c)) {
                    // Plain text has no fill: a shaded cell shows a block instead.
                    Some(c) if !c.is_empty() => c,
                    _ if r.is_shaded(i) => SHADED_MARK.to_string(),
                    _ => String::new(),
                },
            };
            o.push(' ');
            if matches!(r.kind, RowKind::Group | RowKind::Total) && !text.is_empty() {
                o.push_str("**");
                o.push_str(&text);
                o.push_str("**");
            } else {
                o.push_str(&text);
            }
            o.push_str(" |");
        }
        o.push('\n');
    }
    o.push('\n');
}
