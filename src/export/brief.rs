//! The lever-issue advocacy brief: one page a champion can hand to a minister or a donor —
//! the case, how the work moves the Millennium (and Sustainable) Development Goals, one
//! verifiable success story, and the ask.

use super::document::title_of;
use super::ir::{Block, Document, Section, Span};
use super::labels::Label;
use super::value_names;
use crate::i18n::{format, Lang};
use crate::model::Proposal;

/// Sentences kept from long fields so the brief stays on one page.
const MAX_CHARS: usize = 320;

/// Builds the brief's document.
pub fn build(p: &Proposal, lang: Lang) -> Document {
    let l = |x: Label| x.text(lang);
    let c = &p.context;
    let mut sections = Vec::new();

    // The case: the problem, the two strongest facts, who is affected.
    let mut case = Vec::new();
    if !c.problem.statement.trim().is_empty() {
        case.push(Block::Paragraph(vec![Span::plain(shorten(
            &c.problem.statement,
            MAX_CHARS,
        ))]));
    }
    let mut facts: Vec<Vec<Span>> = c
        .problem
        .evidence
        .iter()
        .filter(|e| !e.text.trim().is_empty())
        .take(2)
        .map(|e| {
            let mut s = vec![Span::plain(shorten(&e.text, 150))];
            if !e.source.trim().is_empty() {
                s.push(Span::plain(format!(
                    " ({})",
                    shorten_source(&e.source, 100)
                )));
            }
            s
        })
        .collect();
    let com = &c.community;
    if let Some(n) = com.population {
        let c = super::labels::colon(lang);
        let num = |n: u64| format::integer(lang, i64::try_from(n).unwrap_or(i64::MAX));
        let mut s = format!("{}{c}{}", l(Label::CommunitySize), num(n));
        if let Some(w) = com.women_percent {
            let w = format::percent(lang, i64::from(w));
            s.push_str(&format!("; {}{c}{w}", l(Label::ShareWomen)));
        }
        if let Some(k) = com.children_working {
            s.push_str(&format!("; {}{c}{}", l(Label::ChildrenAtWork), num(k)));
        }
        facts.push(vec![Span::plain(s)]);
    }
    if !facts.is_empty() {
        case.push(Block::List {
            ordered: false,
            items: facts,
        });
    }
    sections.push(section("case", l(Label::TheCase), case, lang));

    // The MDG links, grouped by goal, each with its lever issue.
    let mut goals: Vec<u8> = p
        .linkages
        .iter()
        .filter_map(|k| value_names::mdg_of_target(k.mdg_target))
        .collect();
    goals.sort_unstable();
    goals.dedup();
    let mut links = Vec::new();
    // At most three goals, so the brief keeps to one page.
    for g in goals.into_iter().take(3) {
        let mut item = vec![Span::bold(value_names::mdg_title(g, lang))];
        // The guidance is quoted in whole sentences or not at all.
        if let Some(lever) = value_names::mdg_lever(g, lang).and_then(|t| sentences(&t, 110)) {
            item.push(Span::plain(format!(
                " \u{2014} {}{}{}",
                l(Label::LeverIssue),
                super::labels::colon(lang),
                lever
            )));
        }
        let reasons: Vec<String> = p
            .linkages
            .iter()
            .filter(|k| {
                value_names::mdg_of_target(k.mdg_target) == Some(g) && !k.reason.trim().is_empty()
            })
            .map(|k| shorten(&k.reason, 150))
            .take(1)
            .collect();
        if !reasons.is_empty() {
            item.push(Span::plain(format!("\n{}", reasons.join(" "))));
        }
        let sdgs = crate::knowledge::kb()
            .mdg(g)
            .map(|m| m.sdgs.clone())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| value_names::sdgs_of_mdg(g).to_vec())
            .iter()
            .map(|n| format!("{} {n}", l(Label::Sdg)))
            .collect::<Vec<_>>()
            .join(", ");
        // SDGs the app itself suggests for the goal, said to be so.
        let suggested = crate::knowledge::kb()
            .mdg(g)
            .map(|m| {
                m.suggested_sdgs
                    .iter()
                    .map(|n| format!("{} {n}", l(Label::Sdg)))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        match (sdgs.is_empty(), suggested.is_empty()) {
            (false, true) => item.push(Span::plain(format!(" ({sdgs})"))),
            (false, false) => item.push(Span::plain(format!(
                " ({sdgs}; {}{}{suggested})",
                l(Label::SdgAppSuggestion),
                super::labels::colon(lang)
            ))),
            _ => {}
        }
        links.push(item);
    }
    let links_block = if links.is_empty() {
        Vec::new()
    } else {
        vec![Block::List {
            ordered: false,
            items: links,
        }]
    };
    sections.push(section("mdgs", l(Label::MdgLinks), links_block, lang));

    // One success story: the first with a text, sourced.
    if let Some(s) = p
        .communication
        .stories
        .iter()
        .find(|s| !s.text.trim().is_empty())
    {
        let mut b = Vec::new();
        if !s.title.trim().is_empty() {
            b.push(Block::Paragraph(vec![Span::bold(s.title.trim())]));
        }
        b.push(Block::Paragraph(vec![Span::plain(shorten(
            &s.text, MAX_CHARS,
        ))]));
        if !s.source.trim().is_empty() {
            b.push(Block::Paragraph(vec![
                Span::bold(format!(
                    "{}{}",
                    l(Label::Source),
                    super::labels::colon(lang)
                )),
                Span::plain(shorten_source(&s.source, 100)),
            ]));
        }
        sections.push(section("story", l(Label::SuccessStory), b, lang));
    }

    // The ask.
    let mut ask = Vec::new();
    let doc = super::document::build(p, crate::model::DonorTemplate::ConceptNote, lang);
    let meta: Vec<Vec<Span>> = doc
        .title_meta
        .iter()
        // The place is in the subtitle and the date is not part of the ask.
        .filter(|(k, _)| {
            ![Label::PreparedOn, Label::Country, Label::Sites]
                .iter()
                .any(|x| k == x.text(lang))
        })
        .map(|(k, v)| {
            vec![
                Span::bold(format!("{k}{}", super::labels::colon(lang))),
                Span::plain(shorten(v, 100)),
            ]
        })
        .collect();
    if !p.logframe.goal.text.trim().is_empty() {
        ask.push(Block::Paragraph(vec![
            Span::bold(format!("{}{}", l(Label::Goal), super::labels::colon(lang))),
            Span::plain(shorten(&p.logframe.goal.text, 200)),
        ]));
    }
    let objectives: Vec<Vec<Span>> = p
        .logframe
        .objectives
        .iter()
        .filter(|o| !o.text.trim().is_empty())
        .take(3)
        .map(|o| vec![Span::plain(shorten(&o.text, 110))])
        .collect();
    if !objectives.is_empty() {
        ask.push(Block::List {
            ordered: true,
            items: objectives,
        });
    }
    if !meta.is_empty() {
        ask.push(Block::List {
            ordered: false,
            items: meta,
        });
    }
    sections.push(section("ask", l(Label::TheAsk), ask, lang));

    Document {
        lang,
        title: title_of(p),
        subtitle: if c.country_name.trim().is_empty() {
            l(Label::AdvocacyBrief).to_string()
        } else {
            format!(
                "{} \u{2014} {}",
                l(Label::AdvocacyBrief),
                shorten(&c.country_name, 60)
            )
        },
        title_meta: Vec::new(),
        author: c.applicant.clone(),
        timestamp: p.meta.updated.clone(),
        paged: false,
        sections,
    }
}

fn section(id: &str, heading: &str, mut blocks: Vec<Block>, lang: Lang) -> Section {
    let empty = blocks.is_empty();
    if empty {
        blocks.push(Block::Paragraph(vec![Span::plain(
            Label::NotProvided.text(lang),
        )]));
    }
    Section {
        id: id.to_string(),
        heading: heading.to_string(),
        blocks,
        empty,
    }
}

/// `s` cut to about `max` characters where a sentence ends (see [`sentences`]), so one long
/// field cannot push the brief onto a second page; only text with no such place is cut at a
/// word, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    sentences(s, max).unwrap_or_else(|| {
        let s = s.trim();
        let cut: String = s.chars().take(max).collect();
        let at = cut
            .rfind(char::is_whitespace)
            .filter(|&i| i > max / 2)
            .unwrap_or(cut.len());
        format!(
            "{}\u{2026}",
            cut[..at].trim_end_matches([' ', ',', ';', ':'])
        )
    })
}

/// A source cut to about `max` characters where one of its parts ends (a comma or an opening
/// parenthesis: "Report, June 2005, session 3 (speaker)" gives "Report, June 2005"), so a
/// citation stays readable; [`shorten`] when no part fits.
pub fn shorten_source(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    s.char_indices()
        .take_while(|&(i, _)| s[..i].chars().count() <= max)
        .filter(|&(i, c)| c == ',' || (c == '(' && i > 0))
        .map(|(i, _)| i)
        .last()
        .filter(|&i| s[..i].chars().count() > max / 3)
        .map(|i| s[..i].trim_end().to_string())
        .unwrap_or_else(|| shorten(s, max))
}

/// The whole sentences of `s` that fit in about `max` characters, so no thought stops
/// halfway: a first sentence longer than `max` is kept if it is less than twice as long, else
/// gives way to its first clause (up to a colon or semicolon). `None` when even that is long.
pub fn sentences(s: &str, max: usize) -> Option<String> {
    let s = s.trim();
    if s.chars().count() <= max {
        return Some(s.to_string());
    }
    let mut fits = None;
    let mut first = None;
    for end in sentence_ends(s) {
        first = first.or(Some(end));
        if s[..end].chars().count() > max {
            break;
        }
        fits = Some(end);
    }
    let first = first.unwrap_or(s.len());
    if let Some(end) = fits.or((s[..first].chars().count() <= 2 * max).then_some(first)) {
        return Some(s[..end].to_string());
    }
    // A first clause that stands on its own ("…among the poorest people this goal aims at:
    // most diggers…") ends the sentence instead.
    s.char_indices()
        .take_while(|&(i, _)| s[..i].chars().count() < max)
        .filter(|&(_, c)| c == ':' || c == ';')
        .map(|(i, _)| i)
        .last()
        .filter(|&i| s[..i].chars().count() > max / 3)
        .map(|i| format!("{}.", s[..i].trim_end()))
}

/// Byte offsets just after each sentence of `s`: a full stop, question or exclamation mark
/// (with any closing quote or bracket) followed by a space and a word that does not start in
/// lower case (so "e.g. the" does not end one).
fn sentence_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.char_indices().filter_map(move |(i, c)| {
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            return None;
        }
        // An initial ("M. Buvinic") ends no sentence: a lone capital before the period.
        let mut before = s[..i].chars().rev();
        if c == '.'
            && before.next().is_some_and(char::is_uppercase)
            && before.next().is_none_or(|b| !b.is_alphanumeric())
        {
            return None;
        }
        let mut end = i + c.len_utf8();
        let rest = &s[end..];
        let closing: usize = rest
            .chars()
            .take_while(|c| matches!(c, '"' | '\'' | ')' | '\u{201D}' | '\u{2019}' | '\u{BB}'))
            .map(char::len_utf8)
            .sum();
        end += closing;
        let rest = &s[end..];
        let next = rest.trim_start().chars().next();
        let spaced = rest.starts_with(char::is_whitespace);
        match next {
            None => Some(end),
            Some(n) if spaced && !n.is_lowercase() => Some(end),
            _ => None,
        }
    })
}
