//! Step 3, `objectives`: the logical framework (goal, objectives, outputs, activities), with
//! indicators and assumptions.
//!
//! Outputs sit inside their objective and activities inside their output, so the hierarchy
//! can never be broken by a dangling parent link.

use super::donor::DatedEvent;
use super::ids::{blank_new, impl_has_id, Id};
use super::path::FieldPath;
use super::Step;

/// The whole logframe. Its wizard step (and first path segment) is `objectives`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Logframe {
    /// The overall goal. Paths `objectives.goal.<field>`.
    pub goal: Goal,
    /// Specific objectives, in order. Paths `objectives.<id>.<field>`.
    pub objectives: Vec<Objective>,
    /// Dated events of the workplan (reports, reviews, evaluations).
    /// Path `objectives.milestones.<id>.<field>`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<DatedEvent>,
}

/// The long-term change the project contributes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Goal {
    /// Statement of the goal. Path `objectives.goal.text`.
    pub text: String,
    /// Path `objectives.goal.indicators.<id>.<field>`.
    pub indicators: Vec<Indicator>,
    /// Path `objectives.goal.assumptions.<id>.text`.
    pub assumptions: Vec<Assumption>,
}

/// A specific objective.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Objective {
    /// Stable id; linkages, donor fit, partners and budget lines point to it.
    pub id: Id,
    /// Statement. Path `objectives.<id>.text`.
    pub text: String,
    /// Path `objectives.<id>.indicators.<id>.<field>`.
    pub indicators: Vec<Indicator>,
    /// Path `objectives.<id>.assumptions.<id>.text`.
    pub assumptions: Vec<Assumption>,
    /// Path `objectives.<id>.outputs.<id>.<field>`.
    pub outputs: Vec<Output>,
    /// Priorities this objective serves. Path `objectives.<id>.priority_ids`.
    pub priority_ids: Vec<Id>,
}

/// A result the project delivers towards an objective.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Output {
    /// Stable id.
    pub id: Id,
    /// Statement. Path `objectives.<obj>.outputs.<id>.text`.
    pub text: String,
    /// Path `objectives.<obj>.outputs.<id>.indicators.<id>.<field>`.
    pub indicators: Vec<Indicator>,
    /// Path `objectives.<obj>.outputs.<id>.activities.<id>.<field>`.
    pub activities: Vec<Activity>,
}

/// Something the project does to deliver an output.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Activity {
    /// Stable id.
    pub id: Id,
    /// What is done.
    pub text: String,
    /// Planned start, `YYYY-MM-DD` or empty.
    pub start: String,
    /// Planned end, `YYYY-MM-DD` or empty.
    pub end: String,
    /// Partner leading it, if any (cleared when that partner is removed).
    pub lead_partner: Option<Id>,
}

/// How progress is measured.
///
/// Values are kept as typed text: when `numeric` is true they must read as a decimal number
/// (validation checks), otherwise they are qualitative ("law adopted").
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Indicator {
    /// Stable id.
    pub id: Id,
    /// What is measured.
    pub name: String,
    /// Unit (`%`, `households`, `kg Hg/year`).
    pub unit: String,
    /// Whether baseline and target are numbers.
    pub numeric: bool,
    /// Value at the start.
    pub baseline_value: String,
    /// Year the baseline was measured.
    pub baseline_year: Option<i32>,
    /// Value aimed for.
    pub target_value: String,
    /// When the target should be reached, `YYYY-MM-DD` or empty.
    pub target_date: String,
    /// Means of verification (source of the data).
    pub verification: String,
    /// Reported separately for women and men.
    pub by_sex: bool,
    /// Reported separately by age group.
    pub by_age: bool,
    /// Values expected on the way from baseline to target (a UK-style logframe asks for them).
    /// Path `….indicators.<id>.milestones.<id>.<field>`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<IndicatorMilestone>,
}

/// A value an indicator should reach by a date between baseline and target.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct IndicatorMilestone {
    /// Stable id.
    pub id: Id,
    /// `YYYY-MM-DD` or empty.
    pub date: String,
    /// The value expected by then (a number when the indicator is numeric).
    pub value: String,
}

/// A condition outside the project's control that must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Assumption {
    /// Stable id.
    pub id: Id,
    /// The assumption.
    pub text: String,
}

blank_new!(
    Objective,
    Output,
    Activity,
    Indicator,
    Assumption,
    IndicatorMilestone
);

impl_has_id!(
    Objective,
    Output,
    Activity,
    Indicator,
    Assumption,
    IndicatorMilestone
);

impl Logframe {
    /// Every indicator list in the logframe with the path prefix of its owner
    /// (`objectives.goal`, `objectives.7`, `objectives.7.outputs.9`).
    pub fn indicator_lists(&self) -> Vec<(FieldPath, &[Indicator])> {
        let objectives = FieldPath::step(Step::Objectives);
        let mut v: Vec<(FieldPath, &[Indicator])> =
            vec![(objectives.field("goal"), &self.goal.indicators)];
        for o in &self.objectives {
            let op = objectives.item(o.id);
            v.push((op.clone(), &o.indicators));
            for out in &o.outputs {
                v.push((op.field("outputs").item(out.id), &out.indicators));
            }
        }
        v
    }

    /// Every output, with the id of its objective.
    pub fn outputs(&self) -> impl Iterator<Item = (Id, &Output)> {
        self.objectives
            .iter()
            .flat_map(|o| o.outputs.iter().map(move |out| (o.id, out)))
    }
}
