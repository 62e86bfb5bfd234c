//! Step 7, `communication`: the communication and advocacy plan.

use super::donor::DatedEvent;
use super::ids::{blank_new, impl_has_id, Id};

/// The plan. Paths `communication.<field>`; list items `communication.<list>.<id>.<field>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CommunicationPlan {
    /// Who must hear (incl. audiences beyond the mining sector).
    pub audiences: Vec<Audience>,
    /// The one message for everyone. Path `communication.general_message`.
    pub general_message: String,
    /// Messages tailored to one audience each.
    pub specific_messages: Vec<SpecificMessage>,
    /// Verifiable success stories.
    pub stories: Vec<SuccessStory>,
    /// Products and channels.
    pub products: Vec<Product>,
    /// Calendar of events.
    pub events: Vec<DatedEvent>,
    /// People who champion the cause.
    pub champions: Vec<Champion>,
    /// How success will be measured.
    pub measures: Vec<Measure>,
}

/// An audience.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Audience {
    /// Stable id; specific messages and products point to it.
    pub id: Id,
    /// Who they are.
    pub name: String,
    /// What they care about / why they matter.
    pub interest: String,
}

/// A message for one audience (removed with the audience).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SpecificMessage {
    /// Stable id.
    pub id: Id,
    /// The audience.
    pub audience_id: Id,
    /// The message.
    pub text: String,
}

/// A success story, with the source that lets a reader check it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SuccessStory {
    /// Stable id.
    pub id: Id,
    /// Short title.
    pub title: String,
    /// The story.
    pub text: String,
    /// Evidence source. Path `communication.stories.<id>.source`.
    pub source: String,
}

/// A communication product and its channel.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Product {
    /// Stable id.
    pub id: Id,
    /// The product (radio spot, policy brief, video).
    pub name: String,
    /// The channel (community radio, ministry meeting).
    pub channel: String,
    /// Audiences it is for (ids removed when an audience is removed).
    pub audience_ids: Vec<Id>,
}

/// A champion of the cause.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Champion {
    /// Stable id.
    pub id: Id,
    /// Person or organisation.
    pub name: String,
    /// What they do for the cause.
    pub role: String,
    /// The partner they belong to, if any (cleared when that partner is removed).
    pub partner_id: Option<Id>,
}

/// A measure of communication success.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Measure {
    /// Stable id.
    pub id: Id,
    /// The measure.
    pub text: String,
}

blank_new!(Audience, SuccessStory, Product, Champion, Measure);

impl SpecificMessage {
    /// A blank message for `audience_id`.
    pub fn new(id: Id, audience_id: Id) -> Self {
        SpecificMessage {
            id,
            audience_id,
            text: String::new(),
        }
    }
}

impl_has_id!(
    Audience,
    SpecificMessage,
    SuccessStory,
    Product,
    Champion,
    Measure
);
