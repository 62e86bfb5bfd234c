//! The review's own message catalogue, in English and French: what each finding asks the
//! person to do and why, plus the template and section names exports share.
//!
//! Texts are written for someone who may never have written to a donor: plain words, one
//! action, one reason. `{name}` placeholders are filled from a finding's arguments. A test
//! checks that every key used in `src/review/` is here, in every language, with the same
//! placeholders.

use crate::i18n::{fill, Lang};

/// `(key, English, French)` for every message.
pub static MESSAGES: &[(&str, &str, &str)] = &[
    // severities
    ("review.severity.blocker", "Must fix", "À corriger"),
    ("review.severity.warning", "Should fix", "À revoir"),
    ("review.severity.tip", "Tip", "Conseil"),
    // context
    (
        "review.context_no_title",
        "Give the proposal a title. It is the first thing a programme officer reads and how they will refer to it.",
        "Donnez un titre à la proposition. C'est la première chose que lit le chargé de programme, et le nom sous lequel il la désignera.",
    ),
    (
        "review.context_no_applicant",
        "Say which organisation is applying, so the donor knows who will be accountable for the grant.",
        "Indiquez l'organisation qui fait la demande, pour que le bailleur sache qui rendra compte de la subvention.",
    ),
    (
        "review.context_no_country",
        "Name the country. Donors decide by country, and the country's own priorities shape what they fund.",
        "Indiquez le pays. Les bailleurs décident pays par pays, et les priorités du pays orientent ce qu'ils financent.",
    ),
    (
        "review.context_no_donor",
        "Name the donor you are writing to, so the proposal can speak to their priorities.",
        "Indiquez le bailleur à qui vous écrivez, pour que la proposition réponde à ses priorités.",
    ),
    (
        "review.context_no_problem",
        "Describe the problem in this community. Without it, the reader cannot judge whether the project answers a real need.",
        "Décrivez le problème dans cette communauté. Sans cela, le lecteur ne peut pas juger si le projet répond à un vrai besoin.",
    ),
    (
        "review.context_no_amount",
        "Enter the amount you are asking for. A request without a figure cannot be appraised.",
        "Indiquez le montant demandé. Une demande sans montant ne peut pas être évaluée.",
    ),
    (
        "review.context_no_currency",
        "Choose the currency of the request, so the budget and the amount can be read correctly.",
        "Choisissez la monnaie de la demande, pour que le budget et le montant se lisent correctement.",
    ),
    (
        "review.context_no_start",
        "Enter the project's start date (year-month-day). Targets and activities are checked against it.",
        "Indiquez la date de début du projet (année-mois-jour). Les cibles et les activités sont vérifiées par rapport à elle.",
    ),
    (
        "review.context_no_end",
        "Enter the project's end date (year-month-day). Donors plan in cycles and need to know when results are due.",
        "Indiquez la date de fin du projet (année-mois-jour). Les bailleurs planifient par cycles et doivent savoir quand les résultats sont attendus.",
    ),
    (
        "review.context_end_before_start",
        "The project ends ({end}) before or on the day it starts ({start}). Correct one of the two dates.",
        "Le projet se termine ({end}) avant ou le jour même de son début ({start}). Corrigez l'une des deux dates.",
    ),
    (
        "review.context_no_evidence",
        "Back the problem with at least one fact (a survey, a count, a report). Evidence turns a plea into a case a donor can defend.",
        "Appuyez le problème sur au moins un fait (enquête, comptage, rapport). Les preuves font d'un plaidoyer un dossier que le bailleur peut défendre.",
    ),
    (
        "review.context_evidence_no_source",
        "Say where this fact comes from (survey, report and page, register). A reader must be able to check it.",
        "Indiquez d'où vient ce fait (enquête, rapport et page, registre). Le lecteur doit pouvoir le vérifier.",
    ),
    (
        "review.context_no_miner_profile",
        "Say how people mine here (year-round, seasonal, out of poverty, in a rush, or a mix of owners and workers). What works depends on it.",
        "Précisez comment on pratique la mine ici (toute l'année, par saison, par pauvreté, dans une ruée, ou un mélange de propriétaires et d'ouvriers). Ce qui marche en dépend.",
    ),
    // priorities
    (
        "review.priorities_none",
        "Choose at least one priority. Everything else in the proposal (objectives, MDG links, budget) should follow from it.",
        "Choisissez au moins une priorité. Tout le reste de la proposition (objectifs, liens aux OMD, budget) devrait en découler.",
    ),
    (
        "review.priorities_too_many",
        "You have {count} priorities. Keep the {max} that matter most: a long list of issues hides the main objective from the reader.",
        "Vous avez {count} priorités. Gardez les {max} plus importantes : une longue liste de problèmes cache l'objectif principal au lecteur.",
    ),
    (
        "review.priority_no_title",
        "Priority {n} has no name. Write the issue in a few words.",
        "La priorité {n} n'a pas de nom. Décrivez le problème en quelques mots.",
    ),
    (
        "review.priority_no_why",
        "Explain why priority {n} matters in this community. Donors look for proposals built on the local situation, not a general recipe.",
        "Expliquez pourquoi la priorité {n} compte dans cette communauté. Les bailleurs cherchent des propositions fondées sur la situation locale, pas une recette générale.",
    ),
    (
        "review.priority_no_community_words",
        "Add how the community itself named priority {n} (their words, a meeting, a survey). It shows the need comes from the miners.",
        "Ajoutez comment la communauté a elle-même formulé la priorité {n} (ses mots, une réunion, une enquête). Cela montre que le besoin vient des mineurs.",
    ),
    // objectives
    (
        "review.objectives_none",
        "Add at least one specific objective: what will have changed for the community by the end of the project.",
        "Ajoutez au moins un objectif spécifique : ce qui aura changé pour la communauté à la fin du projet.",
    ),
    (
        "review.objectives_no_goal",
        "State the overall goal the objectives contribute to, so the reader sees the bigger change behind the project.",
        "Énoncez l'objectif global auquel contribuent les objectifs spécifiques, pour que le lecteur voie le changement plus large visé.",
    ),
    (
        "review.objective_no_indicator",
        "Objective {n} has no indicator. Add at least one, so progress can be measured and fairly judged.",
        "L'objectif {n} n'a pas d'indicateur. Ajoutez-en au moins un, pour que les progrès puissent être mesurés et jugés équitablement.",
    ),
    (
        "review.indicator_no_name",
        "Say what this indicator measures.",
        "Précisez ce que mesure cet indicateur.",
    ),
    (
        "review.indicator_no_unit",
        "Give this indicator a unit (%, households, kg per year) so its numbers can be read.",
        "Donnez une unité à cet indicateur (%, ménages, kg par an) pour que ses chiffres soient lisibles.",
    ),
    (
        "review.indicator_no_baseline",
        "Enter the baseline: the value today. Without it, no one can tell how much the project changed.",
        "Indiquez la situation de départ : la valeur aujourd'hui. Sans elle, personne ne peut dire ce que le projet a changé.",
    ),
    (
        "review.indicator_no_baseline_year",
        "Say in which year the baseline was measured.",
        "Précisez l'année où la situation de départ a été mesurée.",
    ),
    (
        "review.indicator_no_target",
        "Enter the target: the value you aim to reach. Keep it realistic; an achievable target is more convincing than a grand one.",
        "Indiquez la cible : la valeur visée. Restez réaliste ; une cible atteignable convainc plus qu'une cible ambitieuse.",
    ),
    (
        "review.indicator_no_date",
        "Enter the date by which the target should be reached.",
        "Indiquez la date à laquelle la cible doit être atteinte.",
    ),
    (
        "review.indicator_no_verification",
        "Say how the value will be checked (register, survey, clinic records). Donors need a source they can verify.",
        "Précisez comment la valeur sera vérifiée (registre, enquête, dossiers du centre de santé). Les bailleurs ont besoin d'une source vérifiable.",
    ),
    (
        "review.indicator_not_number",
        "“{value}” is not a number, but this indicator is numeric. Write a figure (e.g. 40 or 12.5), or make the indicator qualitative.",
        "« {value} » n'est pas un nombre, alors que cet indicateur est chiffré. Écrivez un chiffre (par ex. 40 ou 12,5), ou rendez l'indicateur qualitatif.",
    ),
    (
        "review.date_invalid",
        "“{value}” is not a date. Use year-month-day, e.g. 2027-06-30.",
        "« {value} » n'est pas une date. Utilisez année-mois-jour, par ex. 2027-06-30.",
    ),
    (
        "review.indicator_date_outside",
        "The target date {date} falls outside the project ({start} to {end}). Move it inside, or the donor will ask who measures it.",
        "La date cible {date} est en dehors du projet (du {start} au {end}). Placez-la dans cette période, sinon le bailleur demandera qui la mesurera.",
    ),
    (
        "review.activity_date_outside",
        "This activity date {date} falls outside the project ({start} to {end}). Adjust the activity or the project's dates.",
        "Cette date d'activité {date} est en dehors du projet (du {start} au {end}). Ajustez l'activité ou les dates du projet.",
    ),
    (
        "review.objective_no_priority",
        "Link objective {n} to the priority it serves, so the reader sees why it is in the proposal.",
        "Reliez l'objectif {n} à la priorité qu'il sert, pour que le lecteur comprenne sa place dans la proposition.",
    ),
    (
        "review.indicator_no_sex_breakdown",
        "This indicator counts people: report women and men separately. With gender or child labour among your priorities, donors will look for it.",
        "Cet indicateur compte des personnes : distinguez femmes et hommes. Avec le genre ou le travail des enfants parmi vos priorités, les bailleurs le chercheront.",
    ),
    // linkages
    (
        "review.linkage_objective_unlinked",
        "Link objective {n} to at least one Millennium Development Goal target. Donors report against these goals and look for the link first.",
        "Reliez l'objectif {n} à au moins une cible des Objectifs du millénaire pour le développement. Les bailleurs rendent compte sur ces objectifs et cherchent ce lien en premier.",
    ),
    (
        "review.linkage_no_reason",
        "Explain how the objective moves MDG target {target}. A link without a reason does not convince.",
        "Expliquez comment l'objectif fait avancer la cible {target} des OMD. Un lien sans explication ne convainc pas.",
    ),
    // donor
    (
        "review.donor_no_alignment",
        "Explain how your objectives meet this donor's priorities. Donors fund what fits their own agenda; make the fit explicit.",
        "Expliquez comment vos objectifs répondent aux priorités de ce bailleur. Les bailleurs financent ce qui correspond à leur programme ; rendez le lien explicite.",
    ),
    (
        "review.donor_objective_no_fit",
        "Say how objective {n} meets the donor's priorities.",
        "Précisez comment l'objectif {n} répond aux priorités du bailleur.",
    ),
    (
        "review.donor_no_stated_priorities",
        "Write down the donor's own priorities, in their words (from their strategy or call). You can only show a fit with priorities you have named.",
        "Notez les priorités du bailleur, dans ses propres termes (sa stratégie, son appel). On ne peut montrer un lien qu'avec des priorités nommées.",
    ),
    (
        "review.donor_no_national_strategy",
        "Name the country's development or poverty-reduction strategy. Donors follow the priorities the country itself has set.",
        "Indiquez la stratégie de développement ou de réduction de la pauvreté du pays. Les bailleurs suivent les priorités fixées par le pays lui-même.",
    ),
    (
        "review.donor_no_national_fit",
        "Explain how the project fits the country's strategy. It shows the demand comes from the country, not only from outside.",
        "Expliquez comment le projet s'inscrit dans la stratégie du pays. Cela montre que la demande vient du pays, pas seulement de l'extérieur.",
    ),
    // partners
    (
        "review.partners_no_community",
        "Add a partner from the community itself (miners' association, cooperative, community group). Lasting results need the people concerned on board.",
        "Ajoutez un partenaire issu de la communauté (association de mineurs, coopérative, groupement). Des résultats durables exigent que les personnes concernées soient parties prenantes.",
    ),
    (
        "review.partners_no_government",
        "Add a local or national government partner. Donors expect work done with the authorities, so results outlast the project.",
        "Ajoutez un partenaire public, local ou national. Les bailleurs attendent un travail mené avec les autorités, pour que les résultats durent après le projet.",
    ),
    (
        "review.partner_no_name",
        "Give this partner's name.",
        "Indiquez le nom de ce partenaire.",
    ),
    (
        "review.partner_no_type",
        "Say what kind of organisation this partner is.",
        "Précisez quel type d'organisation est ce partenaire.",
    ),
    (
        "review.partner_no_level",
        "Say at which level this partner acts (community, local government, national, global).",
        "Précisez à quel niveau agit ce partenaire (communauté, collectivité locale, national, mondial).",
    ),
    (
        "review.partner_no_role",
        "Describe this partner's role. A list of names does not show a partnership that works.",
        "Décrivez le rôle de ce partenaire. Une liste de noms ne montre pas un partenariat qui fonctionne.",
    ),
    (
        "review.partner_no_contribution",
        "Say what this partner brings (staff, cash, premises, knowledge).",
        "Précisez ce qu'apporte ce partenaire (personnel, argent, locaux, savoir-faire).",
    ),
    (
        "review.partner_not_approached",
        "This partner has not been approached yet. A confirmed commitment, or at least talks under way, makes the partnership credible.",
        "Ce partenaire n'a pas encore été contacté. Un engagement confirmé, ou au moins des discussions en cours, rend le partenariat crédible.",
    ),
    // communication
    (
        "review.communication_no_audience",
        "Name who must hear about the project, including people outside mining (health, education, finance, media).",
        "Indiquez qui doit entendre parler du projet, y compris hors du secteur minier (santé, éducation, finances, médias).",
    ),
    (
        "review.communication_no_story",
        "Add a success story: a real change you or others achieved with miners. Positive, checkable examples change how donors see the sector.",
        "Ajoutez une réussite : un changement réel obtenu avec des mineurs, par vous ou d'autres. Des exemples positifs et vérifiables changent le regard des bailleurs sur le secteur.",
    ),
    (
        "review.communication_story_no_source",
        "Give the source of this story (report, evaluation, contact) so a reader can check it. An unverifiable story can hurt credibility.",
        "Indiquez la source de cette réussite (rapport, évaluation, contact) pour que le lecteur puisse la vérifier. Une histoire invérifiable peut nuire à la crédibilité.",
    ),
    (
        "review.communication_no_general_message",
        "Write the general message: one or two sentences anyone should remember about the project.",
        "Rédigez le message général : une ou deux phrases que chacun devrait retenir du projet.",
    ),
    (
        "review.communication_no_specific_message",
        "Add a message written for one of your audiences, with a concrete account of the situation that speaks to them.",
        "Ajoutez un message destiné à l'un de vos publics, avec un récit concret de la situation qui lui parle.",
    ),
    (
        "review.communication_past_events",
        "All events in your calendar are past (the last was on {last}). Add coming events and donor deadlines to plan around.",
        "Tous les événements de votre calendrier sont passés (le dernier le {last}). Ajoutez des événements à venir et les échéances des bailleurs.",
    ),
    (
        "review.communication_no_measure",
        "Say how you will know the communication worked (meetings obtained, coverage, new partners).",
        "Précisez comment vous saurez que la communication a fonctionné (rendez-vous obtenus, couverture médiatique, nouveaux partenaires).",
    ),
    // budget
    (
        "review.budget_none",
        "Add the budget lines. A donor cannot consider a request without knowing what the money buys.",
        "Ajoutez les lignes du budget. Un bailleur ne peut pas examiner une demande sans savoir à quoi sert l'argent.",
    ),
    (
        "review.budget_overflow",
        "The budget totals are too large to compute. Check the quantities and unit costs for a typing mistake.",
        "Les totaux du budget sont trop grands pour être calculés. Vérifiez les quantités et coûts unitaires (faute de frappe ?).",
    ),
    (
        "review.budget_total_mismatch",
        "The budget asks for {total} {currency}, but the amount requested is {requested} {currency}. Make them match: a donor who finds a gap doubts the whole request.",
        "Le budget demande {total} {currency}, mais le montant demandé est de {requested} {currency}. Faites-les concorder : un écart fait douter le bailleur de toute la demande.",
    ),
    (
        "review.budget_unlinked_line",
        "Link this budget line to the objective it serves, so each cost can be traced to a result.",
        "Reliez cette ligne budgétaire à l'objectif qu'elle sert, pour que chaque coût se rattache à un résultat.",
    ),
    (
        "review.budget_line_no_description",
        "Describe what this line pays for.",
        "Décrivez ce que finance cette ligne.",
    ),
    (
        "review.budget_line_zero",
        "This line costs nothing: enter its quantity and unit cost, or remove it.",
        "Cette ligne ne coûte rien : indiquez sa quantité et son coût unitaire, ou supprimez-la.",
    ),
    (
        "review.budget_cofunding_no_source",
        "Say who provides this co-funding. Donors want to see others committed too.",
        "Précisez qui apporte ce cofinancement. Les bailleurs veulent voir que d'autres s'engagent aussi.",
    ),
    (
        "review.budget_cofunding_exceeds",
        "The co-funding is negative or larger than the line's cost. Correct it so the amount requested adds up.",
        "Le cofinancement est négatif ou supérieur au coût de la ligne. Corrigez-le pour que le montant demandé soit juste.",
    ),
    (
        "review.budget_other_currency",
        "This line mentions an amount in {found}, but the budget is in {currency}. Convert it, so every line adds up in one currency.",
        "Cette ligne mentionne un montant en {found}, alors que le budget est en {currency}. Convertissez-le, pour que toutes les lignes s'additionnent dans une seule monnaie.",
    ),
    // sustainability
    (
        "review.sustainability_missing",
        "Say how the gains will last after the project: which transitions you support (to organised mining, other minerals, other livelihoods, children's schooling), formalisation, reinvestment of income.",
        "Expliquez comment les acquis dureront après le projet : quelles transitions vous soutenez (vers une mine organisée, d'autres minerais, d'autres activités, la scolarité des enfants), la formalisation, le réinvestissement des revenus.",
    ),
    (
        "review.sustainability_no_formalisation",
        "Say how miners will move towards legal status (permits, titles, registered associations). Formal status is what makes rights, safety rules and support possible.",
        "Expliquez comment les mineurs iront vers un statut légal (permis, titres, associations enregistrées). C'est le statut formel qui rend possibles les droits, les règles de sécurité et l'appui.",
    ),
    // text
    (
        "review.text_placeholder",
        "“{found}” looks like a placeholder. Replace it with the real content before sending: unfinished text tells a donor the request is not ready.",
        "« {found} » ressemble à un texte provisoire. Remplacez-le par le vrai contenu avant l'envoi : un texte inachevé montre au bailleur que la demande n'est pas prête.",
    ),
    (
        "review.text_vague",
        "“{found}” leaves the list open. Name everything that is meant, or drop the ending: donors fund specific intents.",
        "« {found} » laisse la liste ouverte. Nommez tout ce qui est prévu, ou supprimez la fin : les bailleurs financent des intentions précises.",
    ),
    (
        "review.text_exaggeration",
        "“{found}” is an absolute claim. Prefer a measured statement with a figure: an overstated claim is easy to doubt.",
        "« {found} » est une affirmation absolue. Préférez une formulation mesurée et chiffrée : une affirmation exagérée est facile à mettre en doute.",
    ),
    // limits
    (
        "review.over_word_limit",
        "This section has {words} words; the chosen template allows {limit}. Shorten it, or raise the limit if the donor allows more.",
        "Cette section compte {words} mots ; le modèle choisi en permet {limit}. Raccourcissez-la, ou relevez la limite si le bailleur l'accepte.",
    ),
    // templates and sections
    ("template.concept_note", "Concept note", "Note conceptuelle"),
    ("template.full_proposal", "Full proposal", "Proposition complète"),
    ("template.logframe_annex", "Logical framework annex", "Annexe cadre logique"),
    ("section.context", "Context and problem", "Contexte et problème"),
    ("section.priorities", "Priorities", "Priorités"),
    ("section.objectives", "Objectives and logical framework", "Objectifs et cadre logique"),
    (
        "section.linkages",
        "Contribution to the Millennium Development Goals",
        "Contribution aux Objectifs du millénaire pour le développement",
    ),
    (
        "section.donor",
        "Fit with donor and national priorities",
        "Cohérence avec les priorités du bailleur et du pays",
    ),
    ("section.partners", "Partnerships", "Partenariats"),
    ("section.communication", "Communication and advocacy", "Communication et plaidoyer"),
    ("section.budget", "Budget", "Budget"),
    ("section.sustainability", "Sustainability", "Durabilité"),
];

/// The text of `key` in `lang`; an unknown key gives "…" (a test forbids unknown keys).
pub fn message(lang: Lang, key: &str) -> &'static str {
    for (k, en, fr) in MESSAGES {
        if *k == key {
            return match lang {
                Lang::En => en,
                Lang::Fr => fr,
            };
        }
    }
    // Only keys in the table can be returned as 'static; an unknown key shows a neutral marker.
    "…"
}

/// Whether `key` is in the catalogue.
pub fn has_key(key: &str) -> bool {
    MESSAGES.iter().any(|(k, _, _)| *k == key)
}

/// A finding's message rendered in `lang`, placeholders filled from its arguments.
pub fn render(lang: Lang, m: &super::Message) -> String {
    let args: Vec<(&str, &str)> = m.args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    fill(message(lang, m.key), &args)
}
