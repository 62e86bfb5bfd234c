//! A tiny document model every human-readable format renders from.
//!
//! The proposal is turned into this once (`document/`), so what goes in which section and in
//! which order is decided in one place; the HTML, DOCX and Markdown writers only know how to draw
//! headings, paragraphs, lists, notes and tables.

use crate::i18n::Lang;

/// A whole document, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Language of the labels (and the `lang` attribute of the output).
    pub lang: Lang,
    /// The main title (the proposal's title).
    pub title: String,
    /// A line under the title (e.g. "Full proposal · for: Donor X").
    pub subtitle: String,
    /// Label/value pairs shown on the title page (applicant, country, amount, date…).
    pub title_meta: Vec<(String, String)>,
    /// Author for file metadata (the applicant).
    pub author: String,
    /// The draft's last-saved timestamp (ISO 8601), used for metadata and ZIP dates.
    pub timestamp: String,
    /// Whether the title block gets a page of its own and each section starts a new page
    /// (full proposal, annex); concept notes and briefs flow on.
    pub paged: bool,
    /// The sections, in order.
    pub sections: Vec<Section>,
}

/// One top-level section (Heading 1).
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Stable ASCII id (from the donor template), used for anchors.
    pub id: String,
    /// The section's heading.
    pub heading: String,
    /// Its content.
    pub blocks: Vec<Block>,
    /// Nothing was filled in: the blocks are only a "not provided yet" line, which does not
    /// earn a page of its own in paged documents.
    pub empty: bool,
}

/// A block of content.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A sub-heading; `level` 2 or 3 (level 1 is the section heading).
    Heading {
        /// 2 or 3.
        level: u8,
        /// Heading text.
        text: String,
    },
    /// A paragraph of runs; newlines inside a run are line breaks.
    Paragraph(Vec<Span>),
    /// A visible remark for the reader or drafter (e.g. a section over its word limit).
    Note(String),
    /// A bulleted or numbered list; each item is a run sequence.
    List {
        /// Numbered rather than bulleted.
        ordered: bool,
        /// The items.
        items: Vec<Vec<Span>>,
    },
    /// A table.
    Table(Table),
}

/// A run of text with simple emphasis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The text (unescaped; renderers escape).
    pub text: String,
    /// Bold.
    pub bold: bool,
}

impl Span {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: false,
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: true,
        }
    }
}

/// A table with a header row.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// A caption shown above the table (also its accessible name).
    pub caption: String,
    /// The columns.
    pub columns: Vec<Column>,
    /// The body rows.
    pub rows: Vec<Row>,
}

/// One column of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Header text.
    pub header: String,
    /// Relative width (the writers scale the weights to the page).
    pub weight: u16,
    /// Right-aligned (amounts, numbers).
    pub numeric: bool,
}

/// What a row is, which decides how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// An ordinary row.
    Body,
    /// A group label spanning all columns (only the first cell is used).
    Group,
    /// A subtotal or total row, drawn bold.
    Total,
    /// Plain text spanning all columns (only the first cell is used).
    Wide,
}

/// A table row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// How it is drawn.
    pub kind: RowKind,
    /// Cell texts; missing cells are drawn empty, extra cells are ignored.
    pub cells: Vec<String>,
    /// Cells drawn filled (a workplan's periods an activity runs in), by column; missing
    /// entries are not. Only body and total rows use it. The fill repeats what the row says
    /// in words, so a reader who cannot see it loses nothing.
    pub shaded: Vec<bool>,
}

impl Row {
    /// An ordinary row.
    pub fn body(cells: Vec<String>) -> Row {
        Row {
            kind: RowKind::Body,
            cells,
            shaded: Vec::new(),
        }
    }

    /// An ordinary row whose cells marked in `shaded` are filled.
    pub fn shaded(cells: Vec<String>, shaded: Vec<bool>) -> Row {
        Row {
            kind: RowKind::Body,
            cells,
            shaded,
        }
    }

    /// Whether cell `i` is filled.
    pub fn is_shaded(&self, i: usize) -> bool {
        self.shaded.get(i).copied().unwrap_or(false)
    }

    /// A spanning group label.
    pub fn group(label: impl Into<String>) -> Row {
        Row {
            kind: RowKind::Group,
            cells: vec![label.into()],
            shaded: Vec::new(),
        }
    }

    /// Plain text spanning all columns.
    pub fn wide(text: impl Into<String>) -> Row {
        Row {
            kind: RowKind::Wide,
            cells: vec![text.into()],
            shaded: Vec::new(),
        }
    }

    /// A bold total row.
    pub fn total(cells: Vec<String>) -> Row {
        Row {
            kind: RowKind::Total,
            cells,
            shaded: Vec::new(),
        }
    }
}

impl Column {
    /// A text column with the given relative width.
    pub fn text(header: impl Into<String>, weight: u16) -> Column {
        Column {
            header: header.into(),
            weight,
            numeric: false,
        }
    }

    /// A right-aligned numeric column.
    pub fn number(header: impl Into<String>, weight: u16) -> Column {
        Column {
            header: header.into(),
            weight,
            numeric: true,
        }
    }
}
