//! Which list item a finding is about ("Partner 3, “Ministry of Mines”"), worked out from its
//! field path. Many messages say "this partner" or "this line": on the review screen, four tips
//! that each read "This partner has not been approached yet" cannot be told apart without it.

use super::{messages, Finding, Message};
use crate::i18n::{fill, Lang};
use crate::model::{Id, Proposal};

/// Names longer than this many characters are cut (with "…"): enough to recognise an item.
const NAME_CHARS: usize = 48;

/// Where in a list an item sits (1-based), or `None` when no item has that id.
fn position<T>(list: &[T], id: Id, id_of: impl Fn(&T) -> Id) -> Option<usize> {
    list.iter().position(|x| id_of(x) == id).map(|i| i + 1)
}

fn numbered(key: &'static str, n: usize) -> Message {
    Message {
        key,
        args: vec![("n", n.to_string())],
    }
}

/// The item a field path points into: its label parts, outermost first ("Objective 2",
/// "output 1", "indicator 3"), and the name the person gave it, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    /// Label parts, each a catalogue message.
    pub parts: Vec<Message>,
    /// The item's own name (a partner's, a budget line's description), as typed.
    pub name: Option<String>,
}

impl Subject {
    fn new(parts: Vec<Message>, name: Option<&str>) -> Option<Self> {
        if parts.is_empty() {
            return None;
        }
        let name = name.map(str::trim).filter(|s| !s.is_empty()).map(cut);
        Some(Subject { parts, name })
    }

    /// "Objective 2, output 1", or "Partner 3, “Ministry of Mines”", in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let parts: Vec<String> = self
            .parts
            .iter()
            .map(|m| messages::render(lang, m))
            .collect();
        let label = parts.join(", ");
        match &self.name {
            Some(name) => fill(
                messages::message(lang, "subject.named"),
                &[("subject", &label), ("name", name)],
            ),
            None => label,
        }
    }
}

/// A name or text shortened to one line of at most [`NAME_CHARS`] characters ("…" if cut).
pub(crate) fn cut(name: &str) -> String {
    // One line: a name typed over several lines reads as one in a list.
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() <= NAME_CHARS {
        return name;
    }
    let kept: String = name.chars().take(NAME_CHARS).collect();
    // At a word's end when one is not too far back: "of Bolivia and…", not "of Bolivia an…".
    let kept = match kept.rfind(' ') {
        Some(i) if i > NAME_CHARS / 2 => &kept[..i],
        _ => kept.as_str(),
    };
    format!("{}…", kept.trim_end_matches([' ', ',', ';', ':']))
}

fn id(seg: Option<&&str>) -> Option<Id> {
    seg.and_then(|s| s.parse().ok()).map(Id)
}

/// The item `path` points into, or `None` for a whole step or a single field (`context.title`,
/// `budget`) and for an id no longer in the proposal.
pub fn subject(p: &Proposal, path: &str) -> Option<Subject> {
    let segs: Vec<&str> = path.split('.').collect();
    match segs.as_slice() {
        ["priorities", rest @ ..] => item_of(
            "subject.priority",
            &p.priorities,
            id(rest.first())?,
            |x| x.id,
            |_| None,
        ),
        ["objectives", "milestones", rest @ ..] => item_of(
            "subject.milestone",
            &p.logframe.milestones,
            id(rest.first())?,
            |x| x.id,
            |x| Some(&x.title),
        ),
        ["objectives", rest @ ..] => logframe(p, rest),
        ["linkages", rest @ ..] => {
            let l = p.linkages.iter().find(|l| Some(l.id) == id(rest.first()))?;
            objective(p, l.objective_id)
        }
        ["donor", "fit", rest @ ..] => {
            let f = p
                .donor
                .fit
                .iter()
                .find(|f| Some(f.id) == id(rest.first()))?;
            objective(p, f.objective_id)
        }
        ["donor", "funding_cycle", rest @ ..] => item_of(
            "subject.funding_event",
            &p.donor.funding_cycle,
            id(rest.first())?,
            |x| x.id,
            |x| Some(&x.title),
        ),
        ["context", "problem", "evidence", rest @ ..] => item_of(
            "subject.evidence",
            &p.context.problem.evidence,
            id(rest.first())?,
            |x| x.id,
            |_| None,
        ),
        ["partners", rest @ ..] => item_of(
            "subject.partner",
            &p.partners,
            id(rest.first())?,
            |x| x.id,
            |x| Some(&x.name),
        ),
        ["budget", rest @ ..] => item_of(
            "subject.budget_line",
            &p.budget,
            id(rest.first())?,
            |x| x.id,
            |x| Some(&x.description),
        ),
        ["communication", list, rest @ ..] => communication(p, list, id(rest.first())?),
        ["risks", rest @ ..] => item_of(
            "subject.risk",
            &p.risks,
            id(rest.first())?,
            |x| x.id,
            |x| Some(&x.text),
        ),
        _ => None,
    }
}

fn objective(p: &Proposal, objective_id: Id) -> Option<Subject> {
    let n = position(&p.logframe.objectives, objective_id, |o| o.id)?;
    Subject::new(vec![numbered("subject.objective", n)], None)
}

/// `goal.indicators.7…`, `3.outputs.5.activities.9…`: every level down to the deepest item.
fn logframe(p: &Proposal, segs: &[&str]) -> Option<Subject> {
    let mut parts = Vec::new();
    let (indicators, assumptions, outputs, rest) = match segs {
        ["goal", rest @ ..] => {
            parts.push(Message::new("subject.goal"));
            let g = &p.logframe.goal;
            (&g.indicators, &g.assumptions, None, rest)
        }
        [first, rest @ ..] => {
            let objectives = &p.logframe.objectives;
            let n = position(objectives, id(Some(first))?, |o| o.id)?;
            parts.push(numbered("subject.objective", n));
            let o = objectives.get(n - 1)?;
            (&o.indicators, &o.assumptions, Some(&o.outputs), rest)
        }
        [] => return None,
    };
    match rest {
        ["indicators", i, ..] => {
            parts.push(numbered(
                "subject.indicator",
                position(indicators, id(Some(i))?, |x| x.id)?,
            ));
        }
        ["assumptions", a, ..] => {
            parts.push(numbered(
                "subject.assumption",
                position(assumptions, id(Some(a))?, |x| x.id)?,
            ));
        }
        ["outputs", o, more @ ..] => {
            let outputs = outputs?;
            let n = position(outputs, id(Some(o))?, |x| x.id)?;
            parts.push(numbered("subject.output", n));
            let out = outputs.get(n - 1)?;
            match more {
                ["indicators", i, ..] => parts.push(numbered(
                    "subject.indicator",
                    position(&out.indicators, id(Some(i))?, |x| x.id)?,
                )),
                ["activities", a, ..] => parts.push(numbered(
                    "subject.activity",
                    position(&out.activities, id(Some(a))?, |x| x.id)?,
                )),
                _ => {}
            }
        }
        _ => {}
    }
    Subject::new(parts, None)
}

fn communication(p: &Proposal, list: &str, item: Id) -> Option<Subject> {
    let c = &p.communication;
    match list {
        "audiences" => item_of(
            "subject.audience",
            &c.audiences,
            item,
            |x| x.id,
            |x| Some(&x.name),
        ),
        "specific_messages" => item_of(
            "subject.message",
            &c.specific_messages,
            item,
            |x| x.id,
            |_| None,
        ),
        "stories" => item_of(
            "subject.story",
            &c.stories,
            item,
            |x| x.id,
            |x| Some(&x.title),
        ),
        "products" => item_of(
            "subject.product",
            &c.products,
            item,
            |x| x.id,
            |x| Some(&x.name),
        ),
        "events" => item_of(
            "subject.event",
            &c.events,
            item,
            |x| x.id,
            |x| Some(&x.title),
        ),
        "champions" => item_of(
            "subject.champion",
            &c.champions,
            item,
            |x| x.id,
            |x| Some(&x.name),
        ),
        "measures" => item_of("subject.measure", &c.measures, item, |x| x.id, |_| None),
        _ => None,
    }
}

/// The item `id` of `list` as "<key> n", with the name `name_of` gives it, if any.
fn item_of<T>(
    key: &'static str,
    list: &[T],
    id: Id,
    id_of: impl Fn(&T) -> Id,
    name_of: impl Fn(&T) -> Option<&String>,
) -> Option<Subject> {
    let n = position(list, id, id_of)?;
    let name = list.get(n - 1).and_then(name_of).map(String::as_str);
    Subject::new(vec![numbered(key, n)], name)
}

/// The finding's message in `lang`, led by the item it is about when the message itself does
/// not already name it ("Priority {n} has no name" does; "Give this partner's name" does not).
pub fn describe(lang: Lang, p: &Proposal, f: &Finding) -> String {
    let text = messages::render(lang, &f.message);
    if f.message.arg("n").is_some() {
        return text;
    }
    match subject(p, &f.path) {
        Some(s) => fill(
            messages::message(lang, "subject.finding"),
            &[("subject", &s.render(lang)), ("message", &text)],
        ),
        None => text,
    }
}
