//! The communication plan's lists: audiences (each with its specific messages), success
//! stories, products and channels, champions and measures of success.

use super::kit::{CheckGroup, Choice};
use crate::i18n::{fill, Lang};
use crate::knowledge::kb;
use crate::model::ids;
use crate::model::{Audience, Champion, Id, Measure, Product, Proposal, SuccessStory};
use crate::model::{FieldPath, Step};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{
    capitalize, focus_later, item_name, item_text, item_value, keyed_rows, one_line, plain_remove,
    ListSpec, Restore, RowOf, UndoSlot,
};
use crate::ui::state::DraftState;
use crate::ui::widgets::{memo, read};
use crate::ui::widgets::{TextArea, TextField};
use leptos::prelude::*;

/// The proposal's audiences as `(id, name)`, for products' checkboxes.
#[derive(Clone, Copy)]
pub struct AudienceChoices(pub Memo<Vec<(Id, String)>>);

/// The proposal's partners as `(id, name)`, for champions' select.
#[derive(Clone, Copy)]
pub struct PartnerChoices(pub Memo<Vec<(String, String)>>);

/// Provides the audience and partner choices the rows pick from.
pub fn provide_choices() {
    let lang = UiLang::expect();
    let audiences = memo(move || {
        let _ = lang.get();
        DraftState::expect().proposal.with(|p| {
            p.communication
                .audiences
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id, item_name("communication.audience_n", i + 1, &a.name)))
                .map(|(id, s)| (id, capitalize(&s)))
                .collect::<Vec<_>>()
        })
    });
    provide_context(AudienceChoices(audiences));
    let partners = read(move |p| {
        let _ = lang.get();
        p.partners
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let label = item_name("partners.item", i + 1, &x.name);
                (x.id.to_string(), capitalize(&label))
            })
            .collect::<Vec<_>>()
    });
    provide_context(PartnerChoices(partners));
}

fn path(list: &str, id: Id, field: &str) -> String {
    FieldPath::step(Step::Communication)
        .field(list)
        .item(id)
        .field(field)
        .element_id()
}

// ----- audiences and their specific messages -----

fn audiences(p: &Proposal) -> &Vec<Audience> {
    &p.communication.audiences
}
fn audiences_mut(p: &mut Proposal) -> &mut Vec<Audience> {
    &mut p.communication.audiences
}

/// Audiences, each with the messages written for it.
pub fn audience_spec() -> ListSpec<Audience> {
    ListSpec {
        list: audiences,
        list_mut: audiences_mut,
        add: |p| p.add_audience(),
        remove: |p, id| {
            let c = p.remove_audience(id)?;
            Some(Box::new(move |p: &mut Proposal| p.restore_audience(c)) as Restore)
        },
        first_field: |id| path("audiences", id, "name"),
        name: |n, x| item_name("communication.audience_n", n, &x.name),
        list_label: "communication.audiences",
        add_label: "communication.add_audience",
        empty: "communication.no_audiences",
        body: audience_body,
    }
}

fn audience_body(id: Id) -> AnyView {
    let draft = DraftState::expect();
    let slot = UndoSlot::expect();
    let (name, set_name) = item_text(audiences, audiences_mut, id, |x| &x.name, |x, v| x.name = v);
    let (interest, set_interest) = item_text(
        audiences,
        audiences_mut,
        id,
        |x| &x.interest,
        |x, v| x.interest = v,
    );
    let messages = read(move |p| {
        p.communication
            .specific_messages
            .iter()
            .filter(|m| m.audience_id == id)
            .map(|m| m.id)
            .collect::<Vec<Id>>()
    });
    let row = expect_context::<RowOf<Audience>>();
    let who = memo(move || row.data.with(|(i, a)| (i + 1, a.name.clone())));
    let who_text = move || {
        let (n, name) = who.get();
        item_name("communication.audience_n", n, &name)
    };
    let add = move |_| {
        let mut new = None;
        draft.edit(|p| new = p.add_specific_message(id));
        if let Some(mid) = new {
            focus_later(path("specific_messages", mid, "text"));
        }
    };
    view! {
        <TextField id=path("audiences", id, "name") label="communication.audience_name"
            value=name on_input=set_name />
        <TextArea id=path("audiences", id, "interest") label="communication.audience_interest"
            hint="communication.audience_interest_hint" value=interest on_input=set_interest rows=2 />
        <fieldset>
            <legend>{move || fill(t("communication.messages_for"), &[("what", &who_text())])}</legend>
            {keyed_rows(messages, move |mid: Id| {
                    let (text, set_text) = item_text(
                        |p| &p.communication.specific_messages,
                        |p| &mut p.communication.specific_messages,
                        mid,
                        |m| &m.text,
                        |m, v| m.text = v,
                    );
                    let delete = move |_| {
                        let mut removed = None;
                        draft.edit(|p| removed = ids::remove(&mut p.communication.specific_messages, mid));
                        if let Some(r) = removed {
                            let what = fill(t("communication.message_of"), &[("what", &who_text())]);
                            slot.offer(&capitalize(&what), move || {
                                let r = r.clone();
                                draft.edit(move |p| ids::restore(&mut p.communication.specific_messages, r));
                                focus_later(path("specific_messages", mid, "text"));
                            });
                        }
                    };
                    view! {
                        <TextArea id=path("specific_messages", mid, "text")
                            label="communication.specific_message" value=text on_input=set_text rows=2 />
                        <p>
                            <button type="button" class="danger small" on:click=delete
                                aria-label=move || fill(t("communication.delete_message"), &[("what", &who_text())])>
                                {tr("list.delete_short")}
                            </button>
                        </p>
                    }
                    .into_any()
            })}
            <button type="button" class="secondary small" on:click=add>
                {move || fill(t("communication.add_message"), &[("what", &who_text())])}
            </button>
        </fieldset>
    }
    .into_any()
}

// ----- success stories -----

fn stories(p: &Proposal) -> &Vec<SuccessStory> {
    &p.communication.stories
}
fn stories_mut(p: &mut Proposal) -> &mut Vec<SuccessStory> {
    &mut p.communication.stories
}

/// Success stories with their sources.
pub fn story_spec() -> ListSpec<SuccessStory> {
    ListSpec {
        list: stories,
        list_mut: stories_mut,
        add: |p| p.add_story(),
        remove: |p, id| plain_remove(p, id, stories_mut),
        first_field: |id| path("stories", id, "title"),
        name: |n, x| item_name("communication.story_n", n, &x.title),
        list_label: "communication.stories",
        add_label: "communication.add_story",
        empty: "communication.no_stories",
        body: story_body,
    }
}

fn story_body(id: Id) -> AnyView {
    let (title, set_title) = item_text(stories, stories_mut, id, |x| &x.title, |x, v| x.title = v);
    let (text, set_text) = item_text(stories, stories_mut, id, |x| &x.text, |x, v| x.text = v);
    let (source, set_source) =
        item_text(stories, stories_mut, id, |x| &x.source, |x, v| x.source = v);
    let unsourced =
        memo(move || !text.with(|t| t.trim().is_empty()) && source.with(|s| s.trim().is_empty()));
    view! {
        <TextField id=path("stories", id, "title") label="communication.story_title"
            value=title on_input=set_title />
        <TextArea id=path("stories", id, "text") label="communication.story_text"
            hint="communication.story_text_hint" value=text on_input=set_text rows=4 />
        <TextField id=path("stories", id, "source") label="communication.story_source"
            hint="communication.story_source_hint" value=source on_input=set_source />
        <Show when=move || unsourced.get()>
            <p class="note">{tr("communication.story_unsourced")}</p>
        </Show>
    }
    .into_any()
}

// ----- products and channels -----

fn products(p: &Proposal) -> &Vec<Product> {
    &p.communication.products
}
fn products_mut(p: &mut Proposal) -> &mut Vec<Product> {
    &mut p.communication.products
}

/// Products and channels, each for some audiences.
pub fn product_spec() -> ListSpec<Product> {
    ListSpec {
        list: products,
        list_mut: products_mut,
        add: |p| p.add_product(),
        remove: |p, id| plain_remove(p, id, products_mut),
        first_field: |id| path("products", id, "name"),
        name: |n, x| item_name("communication.product_n", n, &x.name),
        list_label: "communication.products",
        add_label: "communication.add_product",
        empty: "communication.no_products",
        body: product_body,
    }
}

/// The id of the datalist of the knowledge base's products and channels.
pub const CHANNELS_LIST: &str = "communication-channels";

/// The knowledge base's products and channels offered while typing.
pub fn channels_datalist() -> impl IntoView {
    let lang = UiLang::expect();
    view! {
        <datalist id=CHANNELS_LIST>
            {move || {
                let lang = lang.get();
                kb().communication_channels
                    .iter()
                    .map(|c| view! { <option value=c.name.get(lang).to_string()></option> })
                    .collect_view()
            }}
        </datalist>
    }
}

/// The knowledge base's channel whose name (in any language) the text is.
fn known_channel(text: &str) -> Option<&'static crate::knowledge::CommunicationChannel> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    kb().communication_channels
        .iter()
        .find(|c| c.name.all().iter().any(|(_, n)| n.to_lowercase() == t))
}

/// A text input offering the knowledge base's channels, with what the chosen one is good for.
fn channel_input(
    id: String,
    label: &'static str,
    value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let lang = UiLang::expect();
    let tip_id = format!("{id}-tip");
    let tip = move || {
        let lang: Lang = lang.get();
        value.with(|v| known_channel(v)).map(|c| {
            fill(
                t("communication.channel_tip"),
                &[
                    ("use", c.use_for.get(lang)),
                    ("audience", c.audience.get(lang)),
                ],
            )
        })
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <input id=id type="text" list=CHANNELS_LIST autocomplete="off"
                aria-describedby=tip_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev)) />
            <p class="hint" id=tip_id>{tip}</p>
        </div>
    }
}

fn product_body(id: Id) -> AnyView {
    let audiences = expect_context::<AudienceChoices>();
    let (name, set_name) = item_text(products, products_mut, id, |x| &x.name, |x, v| x.name = v);
    let (channel, set_channel) = item_text(
        products,
        products_mut,
        id,
        |x| &x.channel,
        |x, v| x.channel = v,
    );
    let product = item_value(products, id);
    let checked = memo(move || product.with(|x| x.audience_ids.clone()));
    let draft = DraftState::expect();
    view! {
        <p class="hint">{tr("communication.product_hint")}</p>
        <div class="row">
            {channel_input(path("products", id, "name"), "communication.product_name", name, set_name)}
            {channel_input(path("products", id, "channel"), "communication.product_channel", channel, set_channel)}
        </div>
        <CheckGroup id=path("products", id, "audience_ids") legend="communication.product_audiences"
            empty="communication.no_audiences" options=audiences.0 checked=checked
            on_toggle=Callback::new(move |(aid, on): (Id, bool)| {
                draft.edit(|p| {
                    if let Some(x) = ids::find_mut(&mut p.communication.products, id) {
                        x.audience_ids.retain(|a| *a != aid);
                        if on {
                            x.audience_ids.push(aid);
                        }
                    }
                })
            }) />
    }
    .into_any()
}

// ----- champions -----

fn champions(p: &Proposal) -> &Vec<Champion> {
    &p.communication.champions
}
fn champions_mut(p: &mut Proposal) -> &mut Vec<Champion> {
    &mut p.communication.champions
}

/// People and organisations who champion the cause.
pub fn champion_spec() -> ListSpec<Champion> {
    ListSpec {
        list: champions,
        list_mut: champions_mut,
        add: |p| p.add_champion(),
        remove: |p, id| plain_remove(p, id, champions_mut),
        first_field: |id| path("champions", id, "name"),
        name: |n, x| item_name("communication.champion_n", n, &x.name),
        list_label: "communication.champions",
        add_label: "communication.add_champion",
        empty: "communication.no_champions",
        body: champion_body,
    }
}

fn champion_body(id: Id) -> AnyView {
    let partners = expect_context::<PartnerChoices>();
    let draft = DraftState::expect();
    let (name, set_name) = item_text(champions, champions_mut, id, |x| &x.name, |x, v| x.name = v);
    let (role, set_role) = item_text(champions, champions_mut, id, |x| &x.role, |x, v| x.role = v);
    let champion = item_value(champions, id);
    let partner =
        memo(move || champion.with(|x| x.partner_id.map(|x| x.to_string()).unwrap_or_default()));
    view! {
        <TextField id=path("champions", id, "name") label="communication.champion_name"
            value=name on_input=set_name />
        <TextArea id=path("champions", id, "role") label="communication.champion_role"
            value=role on_input=set_role rows=2 />
        <Choice id=path("champions", id, "partner_id") label="communication.champion_partner"
            none="communication.champion_no_partner" options=partners.0 value=partner
            on_change=Callback::new(move |v: String| {
                let pid = v.parse::<u32>().ok().map(Id);
                draft.edit(|p| {
                    if let Some(x) = ids::find_mut(&mut p.communication.champions, id) {
                        x.partner_id = pid;
                    }
                })
            }) />
    }
    .into_any()
}

// ----- measures -----

fn measures(p: &Proposal) -> &Vec<Measure> {
    &p.communication.measures
}
fn measures_mut(p: &mut Proposal) -> &mut Vec<Measure> {
    &mut p.communication.measures
}

/// How the plan's success will be measured.
pub fn measure_spec() -> ListSpec<Measure> {
    ListSpec {
        list: measures,
        list_mut: measures_mut,
        add: |p| p.add_measure(),
        remove: |p, id| plain_remove(p, id, measures_mut),
        first_field: |id| path("measures", id, "text"),
        name: |n, x| item_name("communication.measure_n", n, &one_line(&x.text, 30)),
        list_label: "communication.measures",
        add_label: "communication.add_measure",
        empty: "communication.no_measures",
        body: measure_body,
    }
}

fn measure_body(id: Id) -> AnyView {
    let (text, set_text) = item_text(measures, measures_mut, id, |x| &x.text, |x, v| x.text = v);
    view! {
        <TextArea id=path("measures", id, "text") label="communication.measure_text"
            hint="communication.measure_hint" value=text on_input=set_text rows=2 />
    }
    .into_any()
}
