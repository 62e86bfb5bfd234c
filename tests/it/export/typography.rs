//! What a donor reads: table columns that fit their numbers (in the Word XML), typography
//! (acronyms, quotation marks, French colons, grouped numbers, dates as each language writes
//! them, sites apart, no page for an empty section) and briefs cut at sentences, in all four
//! languages. How LibreOffice lays the Word files out is checked in `export/render.rs`.

use crate::support::exports as export_support;

use asm_proposal::export::{self, brief, ExportOptions};
use asm_proposal::i18n::Lang;
use asm_proposal::model::{self, DonorTemplate, Proposal};
use export_support::*;

fn opts(lang: Lang, template: DonorTemplate) -> ExportOptions {
    ExportOptions { lang, template }
}

fn examples() -> Vec<(String, Proposal)> {
    model::examples()
        .iter()
        .map(|e| (e.id.to_string(), model::load_example(e.id).unwrap()))
        .collect()
}

fn document_xml(p: &Proposal, o: &ExportOptions) -> String {
    let parts = check_docx(&export::docx(p, o).unwrap()).unwrap();
    parts
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1
}

/// The XML between each `<open…>` and its `close`, in order (tables and rows do not nest here).
fn elements<'a>(xml: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(open) {
        let after = &rest[i..];
        let j = after.find(close).expect("element closed") + close.len();
        out.push(&after[..j]);
        rest = &after[j..];
    }
    out
}

fn attr_num(xml: &str, prefix: &str) -> Vec<u32> {
    xml.match_indices(prefix)
        .map(|(i, _)| {
            let s = &xml[i + prefix.len()..];
            s[..s.find('"').unwrap()].parse().unwrap()
        })
        .collect()
}

fn text_of(xml: &str) -> String {
    elements(xml, "<w:t xml:space=\"preserve\">", "</w:t>")
        .iter()
        .map(|t| &t["<w:t xml:space=\"preserve\">".len()..t.len() - "</w:t>".len()])
        .collect::<Vec<_>>()
        .join("")
        .replace("&amp;", "&")
}

/// A bound on a number's width at 9 pt in twentieths of a point that does not come from the
/// exporter: digits are at most 0.7 em wide in the usual fonts (DejaVu Sans Bold, the widest,
/// 0.696), separators and spaces at most 0.4 em, `%` 1 em; plus the cells' 2 × 80 padding.
fn number_width(s: &str) -> u32 {
    let milli_em: u32 = s
        .chars()
        .map(|c| match c {
            '0'..='9' => 700,
            '%' => 1000,
            _ => 400,
        })
        .sum();
    milli_em * 180 / 1000 + 160
}

#[test]
fn every_number_fits_its_column_and_never_wraps_in_word() {
    for (id, p) in examples() {
        for lang in Lang::ALL {
            for template in [DonorTemplate::FullProposal, DonorTemplate::ConceptNote] {
                let xml = document_xml(&p, &opts(lang, template));
                let mut numbers = 0;
                for table in elements(&xml, "<w:tbl>", "</w:tbl>") {
                    let grid = attr_num(table, "<w:gridCol w:w=\"");
                    let rows = elements(table, "<w:tr>", "</w:tr>");
                    for row in &rows[1..] {
                        let cells = elements(row, "<w:tc>", "</w:tc>");
                        if cells.len() != grid.len() {
                            continue; // a group row spanning the table
                        }
                        for (cell, &w) in cells.iter().zip(&grid) {
                            if !cell.contains("<w:jc w:val=\"right\"/>") {
                                continue;
                            }
                            let text = text_of(cell);
                            assert!(
                                cell.contains("<w:noWrap/>"),
                                "{id} {lang:?}: number cell `{text}` may wrap"
                            );
                            assert!(
                                number_width(&text) <= w,
                                "{id} {lang:?} {template:?}: `{text}` needs {} of {w}",
                                number_width(&text)
                            );
                            numbers += 1;
                        }
                    }
                }
                assert!(
                    numbers > 10,
                    "{id} {lang:?} {template:?}: the budget has numbers"
                );
            }
        }
    }
}

#[test]
fn word_tables_fit_their_pages_and_wide_ones_turn_the_page() {
    // Twelve-figure amounts in every column cannot fit a portrait A4 page.
    let mut p = good();
    for l in &mut p.budget {
        l.unit_cost = model::Money(99_999_999_999);
        l.description = "Equipment".into();
    }
    let plain = good();
    for lang in Lang::ALL {
        // The fixture's budget fits a portrait page in English (French headers are longer:
        // "Cofinancement (USD)" may turn it); every language turns the huge amounts.
        let cases: &[(&Proposal, Option<bool>)] = &[
            (&plain, (lang == Lang::En).then_some(false)),
            (&p, Some(true)),
        ];
        for &(q, wide) in cases {
            let xml = document_xml(q, &opts(lang, DonorTemplate::FullProposal));
            // Each table lies in the Word section whose page setup follows it.
            let mut landscape_tables = 0;
            let mut rest = xml.as_str();
            while let Some(i) = rest.find("<w:tbl>") {
                let after = &rest[i..];
                let table = &after[..after.find("</w:tbl>").unwrap()];
                let sect = &after[after.find("<w:sectPr>").unwrap()..];
                let sect = &sect[..sect.find("</w:sectPr>").unwrap()];
                let page_w = attr_num(sect, "<w:pgSz w:w=\"")[0];
                let margin = attr_num(sect, "w:left=\"")[0];
                let grid: u32 = attr_num(table, "<w:gridCol w:w=\"").iter().sum();
                assert!(
                    grid <= page_w - 2 * margin,
                    "{lang:?}: a table wider than its page"
                );
                if sect.contains("w:orient=\"landscape\"") {
                    landscape_tables += 1;
                }
                rest = &after[8..];
            }
            if let Some(wide) = wide {
                assert_eq!(landscape_tables > 0, wide, "{lang:?} wide={wide}");
            }
        }
    }
}

#[test]
fn the_linkage_table_keeps_acronyms_in_capitals() {
    let p = model::load_example("andean_mercury").unwrap();
    for (lang, want, lowered) in [
        (Lang::En, "MDG 7, target 9", "mdg"),
        (Lang::Fr, "OMD 7, cible 9", "omd"),
        (Lang::Es, "ODM 7, meta 9", "odm"),
        (Lang::Pt, "ODM 7, meta 9", "odm"),
    ] {
        let md = export::markdown(&p, &opts(lang, DonorTemplate::FullProposal));
        assert!(md.contains(want), "{lang:?}: {want}");
        assert!(
            !md.contains(&format!("{lowered} ")),
            "{lang:?}: lower-cased acronym"
        );
    }
}

#[test]
fn quotation_marks_the_drafter_typed_are_not_doubled() {
    for typed in [
        "\"The smoke of the azogue\"",
        "\u{201C}The smoke of the azogue\u{201D}",
        "\u{ab}\u{a0}The smoke of the azogue\u{a0}\u{bb}",
        "The smoke of the azogue",
    ] {
        let mut p = good();
        p.priorities[0].community_words = typed.into();
        for (lang, want) in [
            (Lang::En, "\u{201C}The smoke of the azogue\u{201D}"),
            (Lang::Fr, "\u{ab}\u{a0}The smoke of the azogue\u{a0}\u{bb}"),
            (Lang::Es, "\u{201C}The smoke of the azogue\u{201D}"),
            (Lang::Pt, "\u{201C}The smoke of the azogue\u{201D}"),
        ] {
            let xml = document_xml(&p, &opts(lang, DonorTemplate::FullProposal));
            assert!(text_of(&xml).contains(want), "{lang:?} {typed}");
        }
    }
    // Quotes inside the text are the drafter's own and stay.
    assert_eq!(
        export::labels::quoted(Lang::En, "\"a\" and \"b\""),
        "\u{201C}\"a\" and \"b\"\u{201D}"
    );
}

#[test]
fn french_word_documents_set_a_no_break_space_before_colons() {
    let p = good();
    for template in [DonorTemplate::FullProposal, DonorTemplate::ConceptNote] {
        let text = text_of(&document_xml(&p, &opts(Lang::Fr, template)));
        for label in ["Demandeur", "Pays", "Durée"] {
            assert!(
                text.contains(&format!("{label}\u{a0}: ")),
                "{template:?} {label}"
            );
            assert!(
                !text.contains(&format!("{label}: ")),
                "{template:?} {label}"
            );
        }
        // No label of ours ends in a bare colon.
        assert!(
            !text.contains("e: "),
            "{template:?}: a colon without its space"
        );
    }
}

#[test]
fn numbers_and_dates_read_as_each_language_writes_them() {
    let mut p = good();
    p.context.community.population = Some(4200);
    for (lang, people, start) in [
        (Lang::En, "People: 4,200", "1 January 2027"),
        (Lang::Fr, "Personnes\u{a0}: 4\u{202f}200", "1 janvier 2027"),
        // Spanish leaves four-digit numbers ungrouped (CLDR), money included.
        (Lang::Es, "Personas: 4200", "1 de enero de 2027"),
        (Lang::Pt, "Pessoas: 4.200", "1 de janeiro de 2027"),
    ] {
        let number = &people[people.rfind(' ').unwrap() + 1..];
        let o = opts(lang, DonorTemplate::FullProposal);
        let docx = text_of(&document_xml(&p, &o));
        assert!(docx.contains(people), "{lang:?}: {people}");
        let html = export::html(&p, &o);
        let md = export::markdown(&p, &o);
        // Markdown escapes the full stop after a digit ("4\\.200"), which renders as typed.
        let md = md.replace('\\', "");
        for (name, out) in [("docx", &docx), ("html", &html), ("md", &md)] {
            assert!(out.contains(number), "{lang:?} {name}: {number}");
            assert!(out.contains(start), "{lang:?} {name}: {start}");
            assert!(!has_iso_date(out), "{lang:?} {name}: an ISO date in prose");
        }
    }
    // Data formats keep ISO dates.
    let o = opts(Lang::Fr, DonorTemplate::FullProposal);
    assert!(export::json(&p).unwrap().contains("2027-01-01"));
    assert!(export::iati_xml(&p, &o).contains("2027-01-01"));
}

fn has_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(9)).any(|i| {
        let w = &b[i..i + 10];
        w.iter().enumerate().all(|(j, c)| match j {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

#[test]
fn every_example_is_free_of_iso_dates_in_every_document() {
    for (id, p) in examples() {
        for lang in Lang::ALL {
            for template in [
                DonorTemplate::FullProposal,
                DonorTemplate::ConceptNote,
                DonorTemplate::LogframeAnnex,
            ] {
                let o = opts(lang, template);
                let md = export::markdown(&p, &o);
                assert!(!has_iso_date(&md), "{id} {lang:?} {template:?}");
                assert!(!has_iso_date(&text_of(&document_xml(&p, &o))));
            }
            assert!(!has_iso_date(&export::brief_html(
                &p,
                &opts(lang, p.context.template)
            )));
        }
    }
}

#[test]
fn sites_stay_apart_on_the_cover() {
    let mut p = good();
    p.context.sites = vec!["Santa Filomena, Ayacucho".into(), "Chala, Arequipa".into()];
    let md = export::markdown(&p, &opts(Lang::En, DonorTemplate::FullProposal));
    assert!(md.contains("**Sites:** Santa Filomena, Ayacucho; Chala, Arequipa"));
    assert!(md.contains("**Country:** Peru\n"));
}

#[test]
fn an_empty_section_does_not_take_a_page() {
    let mut p = good();
    p.sustainability = Default::default();
    for lang in Lang::ALL {
        let o = opts(lang, DonorTemplate::FullProposal);
        let xml = document_xml(&p, &o);
        let heading = asm_proposal::export::labels::Label::Sustainability.text(lang);
        let i = xml.find(&format!(">{heading}<")).unwrap();
        let para = &xml[xml[..i].rfind("<w:p>").unwrap()..i];
        assert!(!para.contains("pageBreakBefore"), "{lang:?}");
        // Sections with something in them still start a page.
        assert!(xml.matches("<w:pageBreakBefore/>").count() > 5, "{lang:?}");
        let html = export::html(&p, &o);
        assert!(html.contains("<section id=\"sec-sustainability\" class=\"empty\">"));
        assert!(html.contains(".paged > section:not(.empty) { break-before: page; }"));
    }
}

#[test]
fn the_brief_cuts_at_sentences() {
    let text = "Most diggers earn little. They sell to middlemen below value, e.g. to the buyers \
                who come by truck. Few other jobs exist.";
    assert_eq!(brief::shorten(text, 40), "Most diggers earn little.");
    // A source is cut where one of its parts ends.
    assert_eq!(
        brief::shorten_source(
            "CASM/World Bank, conference report, June 2005, MDG 3 session (K. Keenan)",
            50
        ),
        "CASM/World Bank, conference report, June 2005"
    );
    assert_eq!(brief::shorten_source("Census 2012", 50), "Census 2012");
    // An initial does not end a sentence.
    assert_eq!(
        brief::shorten(
            "Said by M. Buvinic at the conference. Then more words follow here.",
            45
        ),
        "Said by M. Buvinic at the conference."
    );
    // "e.g. to" does not end a sentence.
    assert_eq!(
        brief::shorten(text, 110),
        "Most diggers earn little. They sell to middlemen below value, e.g. to the buyers who \
         come by truck."
    );
    // A first sentence up to twice the room is kept whole; a first clause stands for a
    // longer one; only text without either is cut at a word.
    assert_eq!(brief::shorten(text, 15), "Most diggers earn little.");
    assert_eq!(
        brief::shorten("Mining communities are poor: most diggers earn little, sell to middlemen below value and live in remote areas", 40),
        "Mining communities are poor."
    );
    assert_eq!(
        brief::shorten(
            "one two three four five six seven eight nine ten eleven",
            20
        ),
        "one two three four\u{2026}"
    );
    assert_eq!(
        brief::sentences("one two three four five six seven eight nine", 10),
        None
    );
    // The worked examples' briefs quote guidance in whole sentences, in every language.
    for (id, p) in examples() {
        for lang in Lang::ALL {
            let html = export::brief_html(&p, &opts(lang, p.context.template));
            assert!(
                !html.contains('\u{2026}'),
                "{id} {lang:?}: a cut mid-sentence"
            );
        }
    }
}

#[test]
fn exported_html_wraps_long_words_and_keeps_numbers_whole() {
    let html = export::html(&good(), &opts(Lang::En, DonorTemplate::FullProposal));
    let css = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
    let body = &css[css.find("body {").unwrap()..];
    assert!(body[..body.find('}').unwrap()].contains("overflow-wrap: anywhere"));
    assert!(css.contains("td.num { white-space: nowrap; }"));
    assert!(html.contains("<td class=\"num\">"));
    assert!(css.contains("@page wide { size: A4 landscape"));
}
