//! One budget line's fields: category, what, unit, quantity, unit cost, objective, co-funding
//! and its partner, and the cost by project year.

use super::num::{
    money_input, money_text, parse_money, parse_quantity, quantity_input, NumberField,
    NumberProblem,
};
use super::years::{cofunder_field, years_field};
use super::Currency;
use crate::model::ids;
use crate::model::validate::ProblemKind;
use crate::model::{rules, BudgetCategory, BudgetLine, Id, Proposal};
use crate::model::{FieldPath, Step};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{item_text, item_value};
use crate::ui::state::DraftState;
use crate::ui::steps::communication::kit::{Choice, ObjectiveChoices};
use crate::ui::widgets::memo;
use crate::ui::widgets::TextField;
use leptos::prelude::*;

pub(super) fn lines(p: &Proposal) -> &Vec<BudgetLine> {
    &p.budget
}

pub(super) fn lines_mut(p: &mut Proposal) -> &mut Vec<BudgetLine> {
    &mut p.budget
}

pub(super) fn field(id: Id, name: &str) -> String {
    FieldPath::step(Step::Budget)
        .item(id)
        .field(name)
        .element_id()
}

/// Translation key of a category's name.
pub fn category_key(c: BudgetCategory) -> &'static str {
    match c {
        BudgetCategory::Personnel => "budget.cat_personnel",
        BudgetCategory::Travel => "budget.cat_travel",
        BudgetCategory::Equipment => "budget.cat_equipment",
        BudgetCategory::Supplies => "budget.cat_supplies",
        BudgetCategory::Training => "budget.cat_training",
        BudgetCategory::Meetings => "budget.cat_meetings",
        BudgetCategory::GrantsCredit => "budget.cat_grants_credit",
        BudgetCategory::Communication => "budget.cat_communication",
        BudgetCategory::MonitoringEvaluation => "budget.cat_monitoring_evaluation",
        BudgetCategory::Services => "budget.cat_services",
        BudgetCategory::Overheads => "budget.cat_overheads",
        BudgetCategory::Other => "budget.cat_other",
    }
}

/// The fields of one line, with its cost and requested amount.
pub(super) fn line_body(id: Id) -> AnyView {
    let draft = DraftState::expect();
    let lang = UiLang::expect();
    let currency = expect_context::<Currency>().0;
    let objectives = ObjectiveChoices::expect().0;
    let line = item_value(lines, id);
    let edit = move |f: Box<dyn FnOnce(&mut BudgetLine)>| {
        draft.edit(|p| {
            if let Some(x) = ids::find_mut(&mut p.budget, id) {
                f(x);
            }
        })
    };
    let (description, set_description) = item_text(
        lines,
        lines_mut,
        id,
        |x| &x.description,
        |x, v| x.description = v,
    );
    let (unit, set_unit) = item_text(lines, lines_mut, id, |x| &x.unit, |x, v| x.unit = v);
    let (source, set_source) = item_text(
        lines,
        lines_mut,
        id,
        |x| &x.cofunding_source,
        |x, v| x.cofunding_source = v,
    );
    let category_options = memo(move || {
        let _ = lang.get();
        BudgetCategory::ALL
            .iter()
            .map(|c| (c.as_str().to_string(), t(category_key(*c)).to_string()))
            .collect::<Vec<_>>()
    });
    let objective_options = memo(move || {
        objectives.with(|o| {
            o.iter()
                .map(|(id, label)| (id.to_string(), label.clone()))
                .collect::<Vec<_>>()
        })
    });
    let category = memo(move || line.with(|l| l.category.as_str().to_string()));
    let objective =
        memo(move || line.with(|l| l.objective_id.map(|o| o.to_string()).unwrap_or_default()));
    let exp = move || currency.with(|c| c.1.unwrap_or(2));
    let code = Signal::derive(move || currency.with(|c| c.0.clone()));
    let quantity_shown =
        Signal::derive(move || quantity_input(line.with(|l| l.quantity), lang.get()));
    let cost_shown =
        Signal::derive(move || money_input(line.with(|l| l.unit_cost), exp(), lang.get()));
    let cofunding_shown =
        Signal::derive(move || money_input(line.with(|l| l.cofunding), exp(), lang.get()));
    // Stores a changed line unless the budget would no longer add up (`rules::line_fits`).
    let store = move |change: Box<dyn Fn(&mut BudgetLine)>| -> Option<NumberProblem> {
        let fits = draft.proposal.with_untracked(|p| {
            let mut changed = ids::find(&p.budget, id)?.clone();
            change(&mut changed);
            Some(rules::line_fits(&p.budget, &changed))
        });
        match fits {
            Some(Err(kind)) => Some(NumberProblem::Rule(kind)),
            _ => {
                edit(Box::new(move |x| change(x)));
                None
            }
        }
    };
    let store_quantity = Callback::new(move |v: String| -> Option<NumberProblem> {
        match parse_quantity(&v, lang.0.get_untracked()) {
            Ok(q) => store(Box::new(move |x| x.quantity = q)),
            Err(e) => Some(e),
        }
    });
    let store_cost = Callback::new(move |v: String| -> Option<NumberProblem> {
        match parse_money(&v, exp_untracked(currency), lang.0.get_untracked()) {
            Ok(m) => store(Box::new(move |x| x.unit_cost = m)),
            Err(e) => Some(e),
        }
    });
    let store_cofunding = Callback::new(move |v: String| -> Option<NumberProblem> {
        match parse_money(&v, exp_untracked(currency), lang.0.get_untracked()) {
            Ok(m) => store(Box::new(move |x| x.cofunding = m)),
            Err(e) => Some(e),
        }
    });
    // Values the form would refuse, stored before (an imported draft): marked at the field.
    let quantity_bad = Signal::derive(move || {
        line.with(|l| {
            rules::quantity(l.quantity)
                .and_then(|()| l.cost().map(|_| ()).ok_or(ProblemKind::Overflow))
                .err()
                .map(NumberProblem::Rule)
        })
    });
    let cost_bad = Signal::derive(move || {
        line.with(|l| rules::amount(l.unit_cost).err().map(NumberProblem::Rule))
    });
    let cofunding_bad = Signal::derive(move || {
        line.with(|l| rules::amount(l.cofunding).err().map(NumberProblem::Rule))
    });
    let amounts = move || {
        let lang = lang.get();
        let (code, exp) = currency.with(|c| (c.0.clone(), c.1.unwrap_or(2)));
        line.with(|l| match (l.cost(), l.requested()) {
            (Some(cost), Some(requested)) => {
                let over = l.cofunding > cost;
                view! {
                    <p class="line-amounts">
                        {crate::i18n::fill(t("budget.line_amounts"), &[
                            ("cost", &money_text(cost, exp, lang, &code)),
                            ("requested", &money_text(requested, exp, lang, &code)),
                        ])}
                    </p>
                    {over.then(|| view! { <p class="note">{tr("budget.cofunding_over")}</p> })}
                }
                .into_any()
            }
            _ => view! { <p class="note">{tr("budget.line_overflow")}</p> }.into_any(),
        })
    };
    view! {
        <div class="row">
            <Choice id=field(id, "category") label="budget.category" options=category_options
                value=category
                on_change=Callback::new(move |v: String| {
                    if let Some(c) = BudgetCategory::from_id(&v) {
                        edit(Box::new(move |x| x.category = c));
                    }
                }) />
            <Choice id=field(id, "objective_id") label="budget.objective"
                none="budget.no_objective" options=objective_options value=objective
                on_change=Callback::new(move |v: String| {
                    let o = v.parse::<u32>().ok().map(Id);
                    edit(Box::new(move |x| x.objective_id = o));
                }) />
        </div>
        <TextField id=field(id, "description") label="budget.description"
            value=description on_input=set_description />
        <div class="row three">
            <TextField id=field(id, "unit") label="budget.unit" hint="budget.unit_hint"
                value=unit on_input=set_unit />
            <NumberField id=field(id, "quantity") label="budget.quantity"
                shown=quantity_shown store=store_quantity stored=quantity_bad />
            <NumberField id=field(id, "unit_cost") label="budget.unit_cost" unit=code
                shown=cost_shown store=store_cost stored=cost_bad />
        </div>
        <div class="row three">
            <NumberField id=field(id, "cofunding") label="budget.cofunding" unit=code
                shown=cofunding_shown store=store_cofunding stored=cofunding_bad />
            <div class="field-group">{cofunder_field(id)}</div>
            <TextField id=field(id, "cofunding_source") label="budget.cofunding_source"
                hint="budget.cofunding_source_hint" value=source on_input=set_source />
        </div>
        {amounts}
        {years_field(id)}
    }
    .into_any()
}

fn exp_untracked(currency: Memo<(String, Option<u32>)>) -> u32 {
    currency.with_untracked(|c| c.1.unwrap_or(2))
}
