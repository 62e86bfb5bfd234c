//! The Context and Priorities sections: who applies, where, for which community and problem,
//! and what the community ranked first.

use super::*;

impl Builder<'_> {
    pub(super) fn context(&self, brief: bool) -> Vec<Block> {
        let c = &self.p.context;
        let lang = self.lang;
        let mut v = Vec::new();
        let mut facts: Vec<Vec<Span>> = Vec::new();
        let mut fact = |label: Label, value: String| {
            if !value.trim().is_empty() {
                facts.push(vec![
                    Span::bold(format!(
                        "{}{}",
                        label.text(lang),
                        crate::export::labels::colon(lang)
                    )),
                    Span::plain(value),
                ]);
            }
        };
        // A concept note must stay short: what its cover says is not said again.
        if !brief {
            fact(Label::Applicant, c.applicant.clone());
            fact(Label::Country, c.country_name.clone());
            fact(Label::Sites, super::sites_text(&c.sites));
        }
        fact(Label::Minerals, c.minerals.join(", "));
        let com = &c.community;
        fact(
            Label::CommunitySize,
            com.population
                .map(|n| format::integer(lang, i64::try_from(n).unwrap_or(i64::MAX)))
                .unwrap_or_default(),
        );
        fact(
            Label::ShareWomen,
            com.women_percent
                .map(|n| format::percent(lang, i64::from(n)))
                .unwrap_or_default(),
        );
        fact(
            Label::ChildrenAtWork,
            com.children_working
                .map(|n| format::integer(lang, i64::try_from(n).unwrap_or(i64::MAX)))
                .unwrap_or_default(),
        );
        fact(
            Label::MiningPattern,
            com.miner_profiles
                .iter()
                .map(|m| value_names::miner_profile(*m, lang))
                .collect::<Vec<_>>()
                .join(", "),
        );
        if !brief {
            fact(Label::Duration, self.duration());
        }
        if !facts.is_empty() {
            v.push(Block::List {
                ordered: false,
                items: facts,
            });
        }
        if !com.description.trim().is_empty() {
            v.push(h2(self.l(Label::Community)));
            v.extend(para(&com.description));
        }
        let prob = &c.problem;
        if !prob.statement.trim().is_empty() || !prob.evidence.is_empty() {
            v.push(h2(self.l(Label::Problem)));
            v.extend(para(&prob.statement));
            let items: Vec<Vec<Span>> = prob
                .evidence
                .iter()
                .filter(|e| !e.text.trim().is_empty())
                .map(|e| {
                    let mut s = vec![Span::plain(e.text.trim())];
                    if !e.source.trim().is_empty() && !brief {
                        s.push(Span::plain(format!(
                            " ({}{}{})",
                            self.l(Label::Source),
                            self.colon(),
                            e.source.trim()
                        )));
                    }
                    s
                })
                .collect();
            if !items.is_empty() {
                v.push(h3(self.l(Label::Evidence)));
                v.push(Block::List {
                    ordered: false,
                    items,
                });
            }
        }
        v
    }

    pub(super) fn priorities(&self, brief: bool) -> Vec<Block> {
        let items: Vec<Vec<Span>> = self
            .p
            .priorities
            .iter()
            .map(|pr| {
                let mut s = vec![Span::bold(value_names::priority_issue(
                    &pr.issue, self.lang,
                ))];
                if !pr.why.trim().is_empty() {
                    s.push(Span::plain(format!("{}{}", self.colon(), pr.why.trim())));
                }
                if !brief && !pr.community_words.trim().is_empty() {
                    s.push(Span::plain(format!(
                        "\n{}{}{}",
                        self.l(Label::CommunityWords),
                        self.colon(),
                        crate::export::labels::quoted(self.lang, pr.community_words.trim())
                    )));
                }
                s
            })
            .collect();
        if items.is_empty() {
            Vec::new()
        } else {
            vec![Block::List {
                ordered: true,
                items,
            }]
        }
    }

    pub(super) fn priority_names(&self, ids: &[Id]) -> String {
        ids.iter()
            .filter_map(|id| {
                let rank = self.p.priorities.iter().position(|p| p.id == *id)?;
                let pr = &self.p.priorities[rank];
                Some(format!(
                    "{}. {}",
                    rank + 1,
                    value_names::priority_issue(&pr.issue, self.lang)
                ))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}
