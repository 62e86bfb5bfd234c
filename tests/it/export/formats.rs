//! Every export format, both languages, every template: well-formed, translated, in the
//! template's order, deterministic, lossless where it must be.

use crate::support::exports as export_support;

use asm_proposal::export::{self, ExportOptions, Format};
use asm_proposal::i18n::Lang;
use asm_proposal::model::{self, DonorFormat, DonorTemplate, Proposal};
use export_support::*;

fn opts(lang: Lang, template: DonorTemplate) -> ExportOptions {
    ExportOptions { lang, template }
}

const TEMPLATES: [DonorTemplate; 3] = [
    DonorTemplate::ConceptNote,
    DonorTemplate::FullProposal,
    DonorTemplate::LogframeAnnex,
];

fn check_all_formats(p: &Proposal, name: &str) {
    check_formats(p, name, &TEMPLATES)
}

fn check_formats(p: &Proposal, name: &str, templates: &[DonorTemplate]) {
    for lang in Lang::ALL {
        for &t in templates {
            let o = opts(lang, t);
            for f in Format::ALL {
                let out = export::render(p, f, &o).unwrap_or_else(|e| panic!("{name} {f:?}: {e}"));
                assert!(!out.bytes.is_empty());
                assert!(out.file_name.ends_with(&format!(".{}", f.extension())));
                assert_eq!(out.mime, f.mime());
                match f {
                    Format::Docx | Format::BriefDocx => {
                        check_docx(&out.bytes)
                            .unwrap_or_else(|e| panic!("{name} {f:?} {lang:?} {t:?}: {e}"));
                    }
                    Format::Html | Format::BriefHtml | Format::IatiXml => {
                        let s = std::str::from_utf8(&out.bytes).expect("utf-8");
                        check_xml_inert(s)
                            .unwrap_or_else(|e| panic!("{name} {f:?} {lang:?} {t:?}: {e}"));
                    }
                    Format::Markdown => {
                        let s = std::str::from_utf8(&out.bytes).expect("utf-8");
                        check_markdown_inert(s).unwrap_or_else(|e| panic!("{name} {f:?}: {e}"));
                    }
                    // Read back by openpyxl in export_xlsx.rs; here: a zip container.
                    Format::Xlsx => assert!(out.bytes.starts_with(b"PK\x03\x04"), "{name}"),
                    Format::Json => {
                        // Files beyond the importer's size cap are still checked for losslessness.
                        let back: Proposal = if out.bytes.len() > model::MAX_IMPORT_BYTES {
                            asm_proposal::json::from_str(
                                std::str::from_utf8(&out.bytes).expect("utf-8"),
                            )
                            .unwrap_or_else(|e| panic!("{name}: {e}"))
                        } else {
                            model::import_json(&out.bytes)
                                .unwrap_or_else(|e| panic!("{name}: {e:?}"))
                        };
                        assert_eq!(&back, p, "{name}: JSON export is not lossless");
                    }
                }
            }
        }
    }
}

#[test]
fn sample_blank_and_stress_export_cleanly() {
    check_all_formats(&good(), "sample");
    check_all_formats(&Proposal::new("2026-01-01T00:00:00Z"), "blank");
    check_all_formats(&Proposal::new(""), "blank-no-dates");
    check_all_formats(&stress(), "stress");
    check_all_formats(&model::stress_fixture(), "model stress fixture");
    for ex in model::examples::examples() {
        let p = model::examples::load_example(ex.id).expect("example loads");
        check_all_formats(&p, ex.id);
    }
}

#[test]
fn iati_validates_against_the_2_03_schema() {
    let cases = [
        ("sample", good()),
        ("blank", Proposal::new("2026-01-01T00:00:00Z")),
        ("no-dates", Proposal::new("not a date")),
        ("stress", stress()),
        ("model-stress", model::stress_fixture()),
        (
            "peru",
            model::examples::load_example("peru_women_fund").expect("example"),
        ),
        (
            "tanzania",
            model::examples::load_example("tanzania_health").expect("example"),
        ),
        (
            "andes",
            model::examples::load_example("andean_mercury").expect("example"),
        ),
        (
            "hostile",
            with_every_text(
                &good(),
                "<script>\u{1}]]>\" onerror=x \u{202e}&amp; 1 234,5",
            ),
        ),
    ];
    let mut ran = false;
    for (name, p) in cases {
        for lang in Lang::ALL {
            let xml = export::iati_xml(&p, &opts(lang, DonorTemplate::FullProposal));
            check_xml_inert(&xml).unwrap();
            if let Some(r) = xmllint_iati(&xml, &format!("{name}-{}", lang.code())) {
                ran = true;
                r.unwrap_or_else(|e| panic!("{name}: IATI XML invalid:\n{e}"));
            }
        }
    }
    assert!(ran, "no IATI file was validated");
}

/// Without the project's dates on the Context step, the IATI file takes the workplan's: the
/// first activity's start and the last activity's end.
#[test]
fn iati_activity_dates_fall_back_to_the_workplan() {
    let mut p = good();
    p.context.duration.start.clear();
    p.context.duration.end.clear();
    let output = p.logframe.objectives[0]
        .outputs
        .first_mut()
        .expect("the fixture has an output");
    output.activities.clear();
    let dated = [
        ("2027-03-01", "2027-09-30"),
        ("2026-11-15", "2028-06-30"),
        ("", "not a date"),
    ];
    for (i, (start, end)) in dated.into_iter().enumerate() {
        output.activities.push(model::Activity {
            id: model::Id(900 + i as u32),
            text: format!("Activity {i}"),
            start: start.to_string(),
            end: end.to_string(),
            ..Default::default()
        });
    }
    let xml = export::iati_xml(&p, &opts(Lang::En, DonorTemplate::FullProposal));
    assert!(
        xml.contains("<activity-date type=\"1\" iso-date=\"2026-11-15\"/>"),
        "{xml}"
    );
    assert!(
        xml.contains("<activity-date type=\"3\" iso-date=\"2028-06-30\"/>"),
        "{xml}"
    );
}

#[test]
fn iati_carries_the_required_codes() {
    let mut p = good();
    p.linkages[0].extra_sdgs = vec![12];
    let xml = export::iati_xml(&p, &opts(Lang::En, DonorTemplate::FullProposal));
    for needle in [
        "<iati-activities version=\"2.03\" generated-datetime=\"2026-11-20T16:45:10Z\">",
        "last-updated-datetime=\"2026-11-20T16:45:10Z\"",
        "xml:lang=\"en\"",
        "default-currency=\"USD\"",
        "<iati-identifier>PE-ASM-Asociacion-de-Mineros-Artesanales-Safer-gold-and-schooling",
        "<activity-status code=\"1\"/>",
        "<activity-date type=\"1\" iso-date=\"2027-01-01\"/>",
        "<activity-date type=\"3\" iso-date=\"2028-12-31\"/>",
        "<recipient-country code=\"PE\">",
        "<sector vocabulary=\"1\" code=\"32265\"",
        "<tag vocabulary=\"2\" code=\"4\"/>",
        "<tag vocabulary=\"2\" code=\"12\"/>",
        "<participating-org role=\"1\" type=\"60\">",
        "role=\"2\"",
        "role=\"3\"",
        "role=\"4\"",
        "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2027-01-01\"/><period-end iso-date=\"2027-12-31\"/><value currency=\"USD\" value-date=\"2027-01-01\">26000.00</value></budget>",
        "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2028-01-01\"/><period-end iso-date=\"2028-12-31\"/><value currency=\"USD\" value-date=\"2028-01-01\">4000.00</value></budget>",
        "<result type=\"3\">",
        "<result type=\"2\">",
        "<indicator measure=\"2\">",
        "<baseline year=\"2025\" value=\"35\"/>",
        "<target value=\"50\"/>",
        "<description type=\"2\">",
        "<description type=\"3\">",
    ] {
        assert!(xml.contains(needle), "missing {needle} in\n{xml}");
    }
    // Sector percentages of the DAC vocabulary add up to 100.
    let sum: u32 = xml
        .split("percentage=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse::<u32>().ok())
        .sum();
    assert_eq!(sum, 100);
}

/// Text of every Heading1 in document order, from any of the three document formats.
fn section_headings(p: &Proposal, f: Format, o: &ExportOptions) -> Vec<String> {
    let out = export::render(p, f, o).unwrap();
    match f {
        Format::Html => {
            let s = String::from_utf8(out.bytes).unwrap();
            s.split("<section id=\"")
                .skip(1)
                .filter_map(|chunk| {
                    chunk
                        .split("<h2>")
                        .nth(1)?
                        .split("</h2>")
                        .next()
                        .map(str::to_string)
                })
                .collect()
        }
        Format::Markdown => String::from_utf8(out.bytes)
            .unwrap()
            .lines()
            .filter_map(|l| l.strip_prefix("## ").map(str::to_string))
            .collect(),
        Format::Docx => {
            let parts = check_docx(&out.bytes).unwrap();
            let doc = &parts
                .iter()
                .find(|(n, _)| n == "word/document.xml")
                .unwrap()
                .1;
            doc.split("<w:pStyle w:val=\"Heading1\"/>")
                .skip(1)
                .map(|c| {
                    c.split("</w:p>")
                        .next()
                        .unwrap_or("")
                        .split("<w:t xml:space=\"preserve\">")
                        .skip(1)
                        .filter_map(|t| t.split("</w:t>").next())
                        .collect::<String>()
                })
                .collect()
        }
        _ => unreachable!(),
    }
}

#[test]
fn sections_follow_the_template_in_every_format_and_language() {
    let p = good();
    for lang in Lang::ALL {
        for t in TEMPLATES {
            let o = opts(lang, t);
            let expected: Vec<String> = export::document::build(&p, t, lang)
                .sections
                .iter()
                .map(|s| s.heading.clone())
                .collect();
            assert!(!expected.is_empty());
            for f in [Format::Html, Format::Markdown, Format::Docx] {
                let got = section_headings(&p, f, &o);
                // HTML escapes apostrophes only in attributes, Markdown escapes nothing here.
                assert_eq!(got, expected, "{f:?} {lang:?} {t:?}");
            }
        }
    }
    let full: Vec<&str> =
        export::template::sections(DonorTemplate::FullProposal, DonorFormat::Standard)
            .iter()
            .map(|s| s.kind.id())
            .collect();
    assert_eq!(full.first(), Some(&"context"));
    assert!(full.iter().position(|s| *s == "logframe") < full.iter().position(|s| *s == "budget"));
    assert_eq!(
        export::template::sections(DonorTemplate::LogframeAnnex, DonorFormat::Standard)[0]
            .kind
            .id(),
        "logframe"
    );
}

#[test]
fn french_export_is_translated() {
    let p = good();
    let o = opts(Lang::Fr, DonorTemplate::FullProposal);
    let html = export::html(&p, &o);
    assert!(html.contains("<html lang=\"fr\""));
    for fr in [
        "Cadre logique",
        "Partenariats",
        "Sources de vérification",
        "Totaux par catégorie",
        "Situation de référence",
    ] {
        assert!(html.contains(fr), "missing {fr}");
    }
    for en in [
        "Logical framework",
        "Partnerships",
        "Means of verification",
        "Totals by category",
    ] {
        assert!(!html.contains(en), "untranslated {en}");
    }
    // French number format: narrow no-break space for thousands, comma for decimals, the
    // code after a no-break space (CLDR fr `#,##0.00 ¤`).
    assert!(
        html.contains("29\u{202F}000,00\u{A0}USD"),
        "amount not in French format"
    );
    let md = export::markdown(&p, &o);
    assert!(md.contains("## Cadre logique"));
}

/// French sets a no-break space before a colon and writes « … » quotes; English does neither.
/// Checked on the labels the documents print themselves (bold labels, metadata, MDG titles).
#[test]
fn each_language_has_its_own_punctuation() {
    let mut p = good();
    p.priorities[0].community_words = "\"The smoke of the azogue\"".into();
    let fr = export::markdown(&p, &opts(Lang::Fr, DonorTemplate::FullProposal));
    let en = export::markdown(&p, &opts(Lang::En, DonorTemplate::FullProposal));
    let bold_labels = |md: &str| -> Vec<String> {
        md.lines()
            .filter(|l| l.starts_with("- **") && l.contains(":**"))
            .map(str::to_string)
            .collect()
    };
    let (fr_labels, en_labels) = (bold_labels(&fr), bold_labels(&en));
    assert!(fr_labels.len() >= 3 && en_labels.len() == fr_labels.len());
    for l in &fr_labels {
        assert!(
            l.contains("\u{a0}:**"),
            "French label without its space: {l}"
        );
    }
    for l in &en_labels {
        assert!(
            !l.contains("\u{a0}:") && !l.contains(" :**"),
            "English label: {l}"
        );
    }
    // The brief's MDG titles ("OMD 1 : Éliminer…").
    let brief = |lang| export::brief_html(&p, &opts(lang, DonorTemplate::FullProposal));
    let goal_titles = |html: &str, mdg: &str, sep: &str| {
        html.match_indices(mdg)
            .filter(|(i, _)| {
                let rest = &html[i + mdg.len()..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                digits > 0 && rest[digits..].starts_with(sep)
            })
            .count()
    };
    assert!(
        goal_titles(&brief(Lang::Fr), "OMD ", "\u{a0}: ") > 0,
        "MDG title in French"
    );
    assert!(
        goal_titles(&brief(Lang::En), "MDG ", ": ") > 0,
        "MDG title in English"
    );
    // The community's words in quotes.
    let words = p
        .priorities
        .iter()
        .map(|x| x.community_words.trim())
        .find(|w| !w.is_empty())
        .expect("the draft quotes the community");
    // The draft types its own quotation marks: they are replaced, not doubled.
    let words = export::labels::unquoted(words);
    assert_ne!(words, p.priorities[0].community_words.trim());
    assert!(
        fr.contains(&format!("\u{ab}\u{a0}{words}\u{a0}\u{bb}")),
        "French quotes"
    );
    assert!(
        en.contains(&format!("\u{201C}{words}\u{201D}")),
        "English quotes"
    );
    let fr_brief = brief(Lang::Fr);
    assert!(!fr_brief.contains("Source: ") && !fr_brief.contains("Finalité: "));
}

#[test]
fn word_limit_overrides_flag_sections_in_every_format() {
    let mut p = good();
    p.context.word_limits.insert("context".into(), 5);
    p.context.word_limits.insert("priorities".into(), 0); // 0 = no limit
    let o = opts(Lang::En, DonorTemplate::FullProposal);
    let html = export::html(&p, &o);
    assert!(
        html.contains("the template's limit is 5"),
        "HTML lacks the over-limit note"
    );
    assert_eq!(html.matches("class=\"note\"").count(), 1);
    assert!(export::markdown(&p, &o).contains("> **Note:** This section has"));
    let docx = export::docx(&p, &o).unwrap();
    let parts = check_docx(&docx).unwrap();
    let doc = &parts
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    assert!(doc.contains("<w:pStyle w:val=\"Note\"/>"));
    // The default limits of the concept note are tight; the stress fixture exceeds them.
    let s = stress();
    let cn = export::html(&s, &opts(Lang::En, DonorTemplate::ConceptNote));
    assert!(cn.contains("class=\"note\""));
}

#[test]
fn docx_has_real_styles_and_structure() {
    let bytes = export::docx(&good(), &opts(Lang::En, DonorTemplate::FullProposal)).unwrap();
    let parts = check_docx(&bytes).unwrap();
    let get = |n: &str| {
        parts
            .iter()
            .find(|(name, _)| name == n)
            .map(|(_, t)| t.as_str())
            .unwrap()
    };
    let styles = get("word/styles.xml");
    for id in [
        "Title",
        "Subtitle",
        "Heading1",
        "Heading2",
        "Heading3",
        "ListBullet",
        "ListNumber",
        "Caption",
        "Note",
        "ProposalTable",
    ] {
        assert!(
            styles.contains(&format!("w:styleId=\"{id}\"")),
            "style {id} missing"
        );
    }
    assert!(styles.contains("<w:outlineLvl w:val=\"0\"/>"));
    let doc = get("word/document.xml");
    assert!(doc.contains("<w:pStyle w:val=\"Title\"/>"));
    assert!(doc.contains("<w:tblStyle w:val=\"ProposalTable\"/>"));
    assert!(
        doc.contains("<w:tblHeader/>"),
        "table header rows must repeat"
    );
    assert!(doc.contains("<w:pageBreakBefore/>"));
    // Numbered lists each get their own numbering instance so they restart at 1.
    let numbering = get("word/numbering.xml");
    let ordered = doc
        .matches("<w:pStyle w:val=\"ListNumber\"/><w:numPr>")
        .count();
    assert!(ordered > 0);
    assert!(numbering.contains("<w:startOverride w:val=\"1\"/>"));
    let core = get("docProps/core.xml");
    assert!(core.contains(
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-11-20T16:45:10Z</dcterms:modified>"
    ));
    // The first entry is [Content_Types].xml, as Office expects.
    assert_eq!(parts[0].0, "[Content_Types].xml");
}

#[test]
fn html_is_standalone_printable_and_locked_down() {
    let html = export::html(&good(), &opts(Lang::En, DonorTemplate::FullProposal));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\""));
    assert!(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;"));
    for needle in [
        "@media print",
        "@page",
        "break-inside: avoid",
        "display: table-header-group",
        "break-before: page",
        "<thead>",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    for banned in ["<script", "src=\"http", "href=\"http", "@import", "url("] {
        assert!(!html.contains(banned), "found {banned}");
    }
    let brief = export::brief_html(&good(), &opts(Lang::En, DonorTemplate::FullProposal));
    for needle in [
        "The case",
        "Links to the Millennium",
        "A success story",
        "The ask",
        "CooperAcción evaluation, 2004",
    ] {
        assert!(brief.contains(needle), "brief lacks {needle}");
    }
}

#[test]
fn exports_are_deterministic() {
    for p in [good(), stress()] {
        for lang in Lang::ALL {
            let o = ExportOptions::for_proposal(&p, lang);
            for f in Format::ALL {
                let a = export::render(&p, f, &o).unwrap();
                let b = export::render(&p.clone(), f, &o).unwrap();
                assert_eq!(a, b, "{f:?} differs between two runs");
            }
        }
    }
    // The ZIP timestamps come from the draft: a later save changes them, nothing else does.
    let mut p = good();
    let o = ExportOptions::for_proposal(&p, Lang::En);
    let a = export::docx(&p, &o).unwrap();
    p.touch("2027-01-02T03:04:05Z");
    let b = export::docx(&p, &o).unwrap();
    assert_ne!(a, b);
    assert_eq!(
        &b[10..14],
        &asm_proposal::export::zip::DosDateTime::from_iso("2027-01-02T03:04:05Z")
            .time
            .to_le_bytes()
            .iter()
            .chain(
                asm_proposal::export::zip::DosDateTime::from_iso("2027-01-02T03:04:05Z")
                    .date
                    .to_le_bytes()
                    .iter()
            )
            .copied()
            .collect::<Vec<u8>>()[..]
    );
}

#[test]
fn file_names_are_safe_and_never_empty() {
    let mut p = good();
    let o = opts(Lang::En, DonorTemplate::ConceptNote);
    assert_eq!(
        export::file_name(&p, Format::Docx, &o),
        "Safer-gold-and-schooling-in-Santa-Filomena-concept-note.docx"
    );
    assert_eq!(
        export::file_name(&p, Format::IatiXml, &o),
        "Safer-gold-and-schooling-in-Santa-Filomena-iati.xml"
    );
    assert_eq!(
        export::file_name(&p, Format::BriefDocx, &o),
        "Safer-gold-and-schooling-in-Santa-Filomena-brief.docx"
    );
    for title in [
        "",
        "   ",
        "../../etc/passwd",
        "<script>",
        "\u{202e}gpj.exe",
        "日本語",
        "con",
        "a/b\\c:d*e?f\"g<h>i|j",
    ] {
        p.context.title = title.into();
        p.context.applicant = String::new();
        for f in Format::ALL {
            let name = export::file_name(&p, f, &o);
            let (stem, ext) = name.rsplit_once('.').unwrap();
            assert_eq!(ext, f.extension());
            assert!(!stem.is_empty());
            assert!(
                stem.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{name}"
            );
        }
    }
}

#[test]
fn hundred_kilobyte_fields_survive_every_format() {
    let big = "Ünïcödé <b>bold</b> & \u{202e}RTL ]]> ".repeat(100_000 / 34);
    let mut p = with_every_text(&good(), "short <i>text</i>");
    p.context.title = big.clone();
    p.context.problem.statement = big.clone();
    p.logframe.objectives[0].indicators[0].name = big.clone();
    p.partners[0].name = big.clone();
    p.budget[0].description = big.clone();
    p.communication.stories[0].text = big.clone();
    check_formats(&p, "100kB", &[DonorTemplate::FullProposal]);
    let name = export::file_name(&p, Format::Docx, &ExportOptions::for_proposal(&p, Lang::En));
    assert!(name.len() <= 70, "{name}");
}

/// Reads the DOCX back with python-docx when it is available (Debian's python3-docx or pip).
#[test]
fn python_docx_reads_the_document() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("pydocx");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sample.docx");
    std::fs::write(
        &path,
        export::docx(&good(), &opts(Lang::Fr, DonorTemplate::FullProposal)).unwrap(),
    )
    .unwrap();
    let script = "import sys, docx\n\
        d = docx.Document(sys.argv[1])\n\
        heads = [p.text for p in d.paragraphs if p.style.name == 'Heading 1']\n\
        print('|'.join(heads))\n\
        print(len(d.tables), d.tables[0].rows[0].cells[0].text)\n\
        print(d.paragraphs[0].style.name, d.core_properties.title)\n";
    for py in ["/usr/bin/python3", "python3"] {
        let out = std::process::Command::new(py)
            .arg("-c")
            .arg(script)
            .arg(&path)
            .output();
        let Ok(out) = out else { continue };
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr.contains("No module named 'docx'") {
            continue;
        }
        assert!(out.status.success(), "python-docx failed: {stderr}");
        let text = String::from_utf8_lossy(&out.stdout);
        let mut lines = text.lines();
        assert_eq!(lines.next().unwrap_or(""), "Contexte|Priorités|Objectifs et résultats|Cadre logique|Plan de travail|Liens avec les objectifs du Millénaire et de développement durable|Adéquation avec le bailleur et la stratégie nationale|Partenariats|Communication et plaidoyer|Durabilité|Risques|Budget|Sources");
        assert!(lines.next().unwrap_or("").ends_with("Chaîne des résultats"));
        assert_eq!(
            lines.next().unwrap_or(""),
            "Title Safer gold and schooling in Santa Filomena"
        );
        return;
    }
    panic!("python-docx is not installed: `make setup-test` installs it (Debian's python3-docx)");
}

/// The export flags exactly the sections the readiness review reports as over their limit,
/// with the same word counts, for every template.
#[test]
fn over_limit_notes_agree_with_the_review() {
    use asm_proposal::review;
    let mut cases = vec![stress(), model::stress_fixture(), good()];
    let mut tight = good();
    tight.context.word_limits.insert("context".into(), 3);
    tight.context.word_limits.insert("objectives".into(), 4);
    cases.push(tight);
    for mut p in cases {
        for t in TEMPLATES {
            p.context.template = t;
            let r = review::review(&p, &review::ReviewContext::new("2026-05-01"));
            let mut from_review: Vec<(String, String)> = r
                .findings
                .iter()
                .filter(|f| f.rule == "limits.over_limit")
                .map(|f| {
                    (
                        f.message.arg("section").unwrap_or("").to_string(),
                        f.message.arg("words").unwrap_or("").to_string(),
                    )
                })
                .collect();
            from_review.sort();
            let doc = export::document::build(&p, t, Lang::En);
            let mut from_export: Vec<(String, String)> = Vec::new();
            for spec in export::template::sections(t, p.donor.format) {
                let Some(section) = spec.limited_by else {
                    continue;
                };
                let s = doc
                    .sections
                    .iter()
                    .find(|s| s.id == spec.kind.id())
                    .expect("section drawn");
                if let Some(export::ir::Block::Note(n)) = s.blocks.first() {
                    // The note writes the count as English writes numbers (1,234).
                    let words = n.split_whitespace().nth(3).unwrap_or("").replace(',', "");
                    from_export.push((section.id.to_string(), words));
                }
            }
            from_export.sort();
            assert_eq!(from_export, from_review, "{t:?}");
        }
    }
}
