//! Word (.docx) export: WordprocessingML written by hand into a STORE-only ZIP.
//!
//! The document uses real, named styles (Title, Subtitle, Heading 1–3, List Bullet, List Number,
//! Caption, Note, a "Proposal Table" table style) so the reader can navigate by headings and
//! restyle it in Word. Only the parts Word and LibreOffice need are written; every part's element
//! order follows the ECMA-376 schema, because Word "repairs" (or refuses) files that break it.

use super::escape::{push_xml_text, xml_attr};
use super::ir::{Block, Document, RowKind, Span, Table};
use super::labels::Label;
use super::layout;
use super::zip::{DosDateTime, ZipError, ZipWriter};

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// A4 portrait in twentieths of a point, with 2 cm margins.
const PAGE_W: u32 = 11906;
/// The fill of a shaded cell (a workplan period): dark enough to read as a bar in greyscale
/// print, light enough that a marker on it stays legible.
const SHADED: &str = "5E8C99";
const PAGE_H: u32 = 16838;
const MARGIN: u32 = 1134;
/// One-page documents use 1.5 cm margins.
const MARGIN_COMPACT: u32 = 850;

/// Renders a document to the bytes of a .docx file.
pub fn render(doc: &Document) -> Result<Vec<u8>, ZipError> {
    let mut body = Body {
        o: String::with_capacity(128 * 1024),
        ordered_lists: 0,
        margin: if doc.paged { MARGIN } else { MARGIN_COMPACT },
        paged: doc.paged,
        sections_closed: 0,
        landscape: false,
    };
    body.document(doc);
    let document_xml = body.o;
    let numbering_xml = numbering(body.ordered_lists);

    let mut z = ZipWriter::new(DosDateTime::from_iso(&doc.timestamp));
    z.add("[Content_Types].xml", CONTENT_TYPES.as_bytes())?;
    z.add("_rels/.rels", ROOT_RELS.as_bytes())?;
    z.add("docProps/core.xml", core_props(doc).as_bytes())?;
    z.add("docProps/app.xml", APP_PROPS.as_bytes())?;
    z.add("word/_rels/document.xml.rels", DOC_RELS.as_bytes())?;
    z.add("word/document.xml", document_xml.as_bytes())?;
    z.add("word/styles.xml", styles(doc).as_bytes())?;
    z.add("word/numbering.xml", numbering_xml.as_bytes())?;
    z.add("word/settings.xml", SETTINGS.as_bytes())?;
    z.add("word/footer1.xml", footer(doc).as_bytes())?;
    z.finish()
}

struct Body {
    o: String,
    ordered_lists: u32,
    /// Page margin on every side.
    margin: u32,
    /// Title page and sections on pages of their own.
    paged: bool,
    /// Word sections (page setups) written so far; only the first has the title page.
    sections_closed: u32,
    /// The current Word section is landscape (for a table too wide for portrait).
    landscape: bool,
}

impl Body {
    fn document(&mut self, doc: &Document) {
        self.o.push_str(XML_DECL);
        self.o.push_str(&format!(
            "<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>"
        ));
        if doc.paged {
            self.para("Title", false, &[Span::plain(doc.title.as_str())]);
        } else {
            // Short documents start at the top of the page, not a third of the way down.
            self.o.push_str(
                "<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:spacing w:before=\"0\" w:after=\"120\"/></w:pPr>",
            );
            run(&mut self.o, &doc.title, false);
            self.o.push_str("</w:p>");
        }
        if !doc.subtitle.is_empty() {
            self.para("Subtitle", false, &[Span::plain(doc.subtitle.as_str())]);
        }
        for (k, v) in &doc.title_meta {
            self.para(
                "TitleMeta",
                false,
                &[
                    Span::bold(format!("{k}{}", super::labels::colon(doc.lang))),
                    Span::plain(v.as_str()),
                ],
            );
        }
        let mut after_turn = false;
        for (i, s) in doc.sections.iter().enumerate() {
            // A section with a table too wide for portrait gets landscape pages of its own.
            let wide = s
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Table(t) if self.layout_portrait(t).landscape));
            if wide {
                self.close_section();
                self.landscape = true;
            }
            // The title block gets its own page in paged documents, and every section with
            // something in it starts a new page (a new Word section already does); concept
            // notes and briefs must stay short, so they flow on.
            let brk = doc.paged
                && (i > 0 || !doc.title_meta.is_empty())
                && !s.empty
                && !wide
                && !after_turn;
            self.heading(1, &s.heading, brk);
            for b in &s.blocks {
                self.block(doc, b);
            }
            after_turn = wide;
            if wide {
                self.close_section();
                self.landscape = false;
            }
        }
        let last = self.sect_pr();
        self.o.push_str(&last);
        self.o.push_str("</w:body></w:document>");
    }

    /// The text width of the current page setup.
    fn text_w(&self) -> u32 {
        let page = if self.landscape { PAGE_H } else { PAGE_W };
        page - 2 * self.margin
    }

    fn layout_portrait(&self, t: &Table) -> layout::Layout {
        layout::layout(t, PAGE_W - 2 * self.margin, PAGE_H - 2 * self.margin)
    }

    /// The page setup of the current Word section. Only the first section has the title page
    /// (no footer on the cover); later ones inherit nothing they need.
    fn sect_pr(&self) -> String {
        let (w, h, orient) = if self.landscape {
            (PAGE_H, PAGE_W, " w:orient=\"landscape\"")
        } else {
            (PAGE_W, PAGE_H, "")
        };
        format!(
            "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>\
             <w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient}/>\
             <w:pgMar w:top=\"{m}\" w:right=\"{m}\" w:bottom=\"{m}\" w:left=\"{m}\" \
             w:header=\"567\" w:footer=\"454\" w:gutter=\"0\"/>{}</w:sectPr>",
            if self.paged && self.sections_closed == 0 {
                "<w:titlePg/>"
            } else {
                ""
            },
            m = self.margin,
        )
    }

    /// Ends the current Word section here (the next content starts on a new page).
    fn close_section(&mut self) {
        let pr = self.sect_pr();
        self.o
            .push_str("<w:p><w:pPr><w:pStyle w:val=\"AfterTable\"/>");
        self.o.push_str(&pr);
        self.o.push_str("</w:pPr></w:p>");
        self.sections_closed += 1;
    }

    fn heading(&mut self, level: u8, text: &str, page_break: bool) {
        self.o.push_str("<w:p><w:pPr><w:pStyle w:val=\"Heading");
        self.o.push_str(&level.clamp(1, 3).to_string());
        self.o.push_str("\"/>");
        if page_break {
            self.o.push_str("<w:pageBreakBefore/>");
        }
        self.o.push_str("</w:pPr>");
        run(&mut self.o, text, false);
        self.o.push_str("</w:p>");
    }

    fn para(&mut self, style: &str, keep_next: bool, spans: &[Span]) {
        self.o.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
        self.o.push_str(style);
        self.o.push_str("\"/>");
        if keep_next {
            self.o.push_str("<w:keepNext/>");
        }
        self.o.push_str("</w:pPr>");
        for s in spans {
            run(&mut self.o, &s.text, s.bold);
        }
        self.o.push_str("</w:p>");
    }

    fn block(&mut self, doc: &Document, b: &Block) {
        match b {
            Block::Heading { level, text } => self.heading((*level).clamp(2, 3), text, false),
            Block::Paragraph(spans) => self.para("Normal", false, spans),
            Block::Note(text) => self.para(
                "Note",
                false,
                &[
                    Span::bold(format!(
                        "{}{}",
                        Label::Note.text(doc.lang),
                        super::labels::colon(doc.lang)
                    )),
                    Span::plain(text.as_str()),
                ],
            ),
            Block::List { ordered, items } => {
                let num_id = if *ordered {
                    self.ordered_lists += 1;
                    // numId 1 is the shared bullet list; each numbered list gets its own
                    // instance so numbering restarts at 1.
                    Some(self.ordered_lists + 1)
                } else {
                    None
                };
                for item in items {
                    match num_id {
                        Some(n) => self.o.push_str(&format!(
                            "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/>\
                             <w:numId w:val=\"{n}\"/></w:numPr></w:pPr>"
                        )),
                        None => self
                            .o
                            .push_str("<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr>"),
                    }
                    for s in item {
                        run(&mut self.o, &s.text, s.bold);
                    }
                    self.o.push_str("</w:p>");
                }
            }
            Block::Table(t) => self.table(t),
        }
    }

    fn table(&mut self, t: &Table) {
        if t.columns.is_empty() {
            return;
        }
        if !t.caption.is_empty() {
            self.para("Caption", true, &[Span::plain(t.caption.as_str())]);
        }
        let text_w = self.text_w();
        let widths = layout::layout(t, text_w, text_w).widths;
        let full: u32 = widths.iter().sum();
        let o = &mut self.o;
        o.push_str(&format!("<w:tbl><w:tblPr><w:tblStyle w:val=\"ProposalTable\"/><w:tblW w:w=\"{full}\" w:type=\"dxa\"/>\
             <w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" \
             w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"));
        if !t.caption.is_empty() {
            o.push_str("<w:tblCaption w:val=\"");
            o.push_str(&xml_attr(&t.caption));
            o.push_str("\"/>");
        }
        o.push_str("</w:tblPr><w:tblGrid>");
        for w in &widths {
            o.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        o.push_str("</w:tblGrid>");
        // Header row: repeated on every page, never split.
        o.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (c, w) in t.columns.iter().zip(&widths) {
            let align = if c.numeric {
                Align::Header
            } else {
                Align::Left
            };
            cell(o, *w, None, Some("DCE4E8"), align, &c.header, true);
        }
        o.push_str("</w:tr>");
        let n = t.columns.len();
        for r in &t.rows {
            o.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            match r.kind {
                RowKind::Group | RowKind::Wide => {
                    let text = r.cells.first().map(String::as_str).unwrap_or("");
                    let group = r.kind == RowKind::Group;
                    cell(
                        o,
                        full,
                        Some(n),
                        group.then_some("F3EFE8"),
                        Align::Left,
                        text,
                        group,
                    );
                }
                RowKind::Body | RowKind::Total => {
                    let bold = r.kind == RowKind::Total;
                    for (i, (c, w)) in t.columns.iter().zip(&widths).enumerate() {
                        let text = r.cells.get(i).map(String::as_str).unwrap_or("");
                        let align = if c.numeric {
                            Align::Number
                        } else {
                            Align::Left
                        };
                        let fill = r.is_shaded(i).then_some(SHADED);
                        cell(o, *w, None, fill, align, text, bold);
                    }
                }
            }
            o.push_str("</w:tr>");
        }
        o.push_str("</w:tbl>");
        // A paragraph after every table keeps two tables from fusing into one.
        o.push_str("<w:p><w:pPr><w:pStyle w:val=\"AfterTable\"/></w:pPr></w:p>");
    }
}

/// How a cell's text sits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    /// A numeric column's header: right-aligned, free to wrap between words.
    Header,
    /// A number: right-aligned and never wrapped.
    Number,
}

fn cell(
    o: &mut String,
    width: u32,
    span: Option<usize>,
    fill: Option<&str>,
    align: Align,
    text: &str,
    bold: bool,
) {
    o.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
    ));
    if let Some(n) = span {
        o.push_str(&format!("<w:gridSpan w:val=\"{n}\"/>"));
    }
    if let Some(f) = fill {
        o.push_str(&format!(
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{f}\"/>"
        ));
    }
    if align == Align::Number {
        // Numbers never wrap (the column is made wide enough for them: `layout`).
        o.push_str("<w:noWrap/>");
    }
    o.push_str("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>");
    if align != Align::Left {
        o.push_str("<w:jc w:val=\"right\"/>");
    }
    o.push_str("</w:pPr>");
    run(o, text, bold);
    o.push_str("</w:p></w:tc>");
}

/// Writes one run; newlines become line breaks and tabs real tabs, so typed layout survives.
fn run(o: &mut String, text: &str, bold: bool) {
    if text.is_empty() {
        return;
    }
    o.push_str("<w:r>");
    if bold {
        o.push_str("<w:rPr><w:b/><w:bCs/></w:rPr>");
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            o.push_str("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                o.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                o.push_str("<w:t xml:space=\"preserve\">");
                push_xml_text(o, piece);
                o.push_str("</w:t>");
            }
        }
    }
    o.push_str("</w:r>");
}

fn numbering(ordered_lists: u32) -> String {
    let mut o = String::from(XML_DECL);
    o.push_str(&format!("<w:numbering xmlns:w=\"{W_NS}\">"));
    o.push_str(
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>\
         <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/>\
         <w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>\
         <w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>\
         <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>\
         <w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>\
         <w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
    );
    for i in 0..ordered_lists {
        o.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">\
             <w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>",
            i + 2
        ));
    }
    o.push_str("</w:numbering>");
    o
}

fn styles(doc: &Document) -> String {
    let lang = match doc.lang {
        crate::i18n::Lang::En => "en-GB",
        crate::i18n::Lang::Fr => "fr-FR",
        // The regions whose CLDR number forms the document uses (see `i18n::format`).
        crate::i18n::Lang::Es => "es-419",
        crate::i18n::Lang::Pt => "pt-BR",
    };
    let size = if doc.paged { 22 } else { 18 };
    let mut o = String::from(XML_DECL);
    o.push_str(&format!("<w:styles xmlns:w=\"{W_NS}\">"));
    o.push_str(&format!(
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" \
         w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>\
         <w:lang w:val=\"{lang}\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
         <w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    ));
    if doc.paged {
        o.push_str(STYLES_BODY);
    } else {
        // One-page documents (brief, short notes): smaller title, tighter headings.
        o.push_str(
            &STYLES_BODY
                .replace(
                    "<w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>",
                    "<w:sz w:val=\"34\"/><w:szCs w:val=\"34\"/>",
                )
                .replace(
                    "<w:spacing w:before=\"360\" w:after=\"160\"/>",
                    "<w:spacing w:before=\"200\" w:after=\"80\"/>",
                )
                .replace(
                    "<w:spacing w:after=\"480\"/>",
                    "<w:spacing w:after=\"120\"/>",
                ),
        );
    }
    o.push_str("</w:styles>");
    o
}

/// Paragraph, character and table styles. Colours: ink 1B2A33, accent 8A4B10 (earth), muted 55636B.
const STYLES_BODY: &str = concat!(
    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="1B2A33"/></w:rPr></w:style>"#,
    r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="8A4B10"/></w:pBdr><w:spacing w:before="2400" w:after="240"/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:color w:val="1B2A33"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="480"/></w:pPr><w:rPr><w:color w:val="55636B"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="TitleMeta"><w:name w:val="Title Page Detail"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="2" w:color="8A4B10"/></w:pBdr><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:b/><w:bCs/><w:color w:val="1B2A33"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:b/><w:bCs/><w:color w:val="8A4B10"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1B2A33"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/><w:contextualSpacing/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/><w:contextualSpacing/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="55636B"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="D08A2E"/><w:left w:val="single" w:sz="6" w:space="4" w:color="D08A2E"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="D08A2E"/><w:right w:val="single" w:sz="6" w:space="4" w:color="D08A2E"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FFF6E8"/><w:ind w:left="113" w:right="113"/></w:pPr><w:rPr><w:color w:val="6B3A00"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="AfterTable"><w:name w:val="After Table"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60" w:line="120" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="8"/><w:szCs w:val="8"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="55636B"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>"#,
    r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
    r#"<w:style w:type="table" w:customStyle="1" w:styleId="ProposalTable"><w:name w:val="Proposal Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A9B6BC"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A9B6BC"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A9B6BC"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A9B6BC"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A9B6BC"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A9B6BC"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE4E8"/></w:tcPr></w:tblStylePr></w:style>"#,
);

fn footer(doc: &Document) -> String {
    let mut o = String::from(XML_DECL);
    o.push_str(&format!("<w:ftr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"));
    // The title is cut so a very long one cannot wrap the footer over several lines.
    let short: String = doc.title.chars().take(80).collect();
    run(
        &mut o,
        &format!("{short} \u{2014} {} ", Label::Page.text(doc.lang)),
        false,
    );
    o.push_str(
        "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>",
    );
    o
}

fn core_props(doc: &Document) -> String {
    let mut o = String::from(XML_DECL);
    o.push_str(
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
    );
    o.push_str("<dc:title>");
    push_xml_text(&mut o, &doc.title);
    o.push_str("</dc:title><dc:creator>");
    push_xml_text(&mut o, &doc.author);
    o.push_str("</dc:creator><dc:language>");
    o.push_str(doc.lang.code());
    o.push_str("</dc:language>");
    // Word rejects a malformed W3CDTF date, so only a timestamp we can vouch for is written.
    if let Some(ts) = super::w3c_timestamp(&doc.timestamp) {
        o.push_str(&format!(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{ts}</dcterms:created>\
             <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{ts}</dcterms:modified>"
        ));
    }
    o.push_str("</cp:coreProperties>");
    o
}

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
    r#"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#,
    r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
    r#"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#,
    r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
    r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
    "</Types>"
);

const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
    "</Relationships>"
);

const DOC_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
    r#"<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#,
    r#"<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#,
    r#"<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>"#,
    "</Relationships>"
);

const APP_PROPS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
    "<Application>ASM Proposal Builder</Application></Properties>"
);

const SETTINGS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>"#,
    r#"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
    "</w:settings>"
);
