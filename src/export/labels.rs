//! Every heading and label the exports print, in each language the app supports.
//!
//! Kept apart from the UI catalogue because these strings belong to the *document* (a donor
//! reads them) and because a `match` makes a missing translation a compile error rather than a
//! runtime fallback; the tests below catch empty or untranslated entries.

use crate::i18n::Lang;

macro_rules! labels {
    ($($name:ident => $en:expr, $fr:expr;)*) => {
        /// A label printed in exported documents.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum L { $($name),* }

        impl L {
            /// Every label, for completeness tests.
            pub const ALL: &'static [L] = &[$(L::$name),*];

            /// The label's text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((L::$name, Lang::En) => $en, (L::$name, Lang::Fr) => $fr,)*
                }
            }
        }
    };
}

labels! {
    // Document furniture.
    Contents => "Contents", "Sommaire";
    Note => "Note", "Remarque";
    Page => "Page", "Page";
    PreparedOn => "Last updated", "Dernière mise à jour";
    PreparedBy => "Submitted by", "Présenté par";
    ForDonor => "For", "Destinataire";
    OverLimit => "This section has {words} words; the template's limit is {limit}. Please shorten it before sending.",
        "Cette section compte {words} mots ; la limite du modèle est de {limit}. Raccourcissez-la avant l'envoi.";
    NotProvided => "Not provided yet.", "Pas encore renseigné.";
    None => "None", "Aucun";
    Yes => "Yes", "Oui";
    No => "No", "Non";
    GeneratedWith => "Prepared with the ASM Proposal Builder.", "Préparé avec l'outil de propositions EMAPE.";
    // Templates.
    ConceptNote => "Concept note", "Note conceptuelle";
    FullProposal => "Full proposal", "Proposition complète";
    LogframeAnnex => "Logical framework (annex)", "Cadre logique (annexe)";
    AdvocacyBrief => "Advocacy brief", "Note de plaidoyer";
    // Context.
    Context => "Context", "Contexte";
    Applicant => "Applicant", "Demandeur";
    Country => "Country", "Pays";
    Sites => "Sites", "Sites";
    Minerals => "Minerals", "Minerais";
    Community => "The community", "La communauté";
    CommunitySize => "People", "Personnes";
    ShareWomen => "Share of women", "Part des femmes";
    ChildrenAtWork => "Children at work", "Enfants au travail";
    MiningPattern => "How people mine", "Modes d'exploitation";
    Problem => "The problem", "Le problème";
    Evidence => "Evidence", "Éléments probants";
    Duration => "Duration", "Durée";
    Months => "months", "mois";
    StartDate => "Start", "Début";
    EndDate => "End", "Fin";
    AmountRequested => "Amount requested", "Montant demandé";
    Summary => "Summary", "Résumé";
    // Priorities.
    Priorities => "Priorities", "Priorités";
    Priority => "Priority", "Priorité";
    WhyItMatters => "Why it matters here", "Pourquoi c'est important ici";
    CommunityWords => "In the community's words", "Selon la communauté";
    // Logframe.
    Objectives => "Objectives and results", "Objectifs et résultats";
    Logframe => "Logical framework", "Cadre logique";
    Goal => "Goal", "Objectif global";
    Objective => "Specific objective", "Objectif spécifique";
    Output => "Output", "Produit";
    Activity => "Activity", "Activité";
    Activities => "Activities", "Activités";
    ResultsChain => "Results chain", "Chaîne des résultats";
    Indicator => "Indicator", "Indicateur";
    Indicators => "Indicators", "Indicateurs";
    Unit => "Unit", "Unité";
    Baseline => "Baseline", "Situation de référence";
    Target => "Target", "Cible";
    MeansOfVerification => "Means of verification", "Sources de vérification";
    Assumptions => "Assumptions", "Hypothèses";
    Disaggregation => "Breakdown", "Ventilation";
    ServesPriorities => "Serves priorities", "Répond aux priorités";
    // MDG / SDG.
    MdgLinks => "Links to the Millennium and Sustainable Development Goals", "Liens avec les objectifs du Millénaire et de développement durable";
    Mdg => "MDG", "OMD";
    MdgTarget => "MDG target", "Cible OMD";
    Sdg => "SDG", "ODD";
    SdgThematic => "thematic add-on", "complément thématique";
    SdgAppSuggestion => "the app's suggestion, not from the 2005 report or the UN resolution", "suggestion de l’application, absente du rapport de 2005 comme de la résolution des Nations unies";
    Reason => "Why", "Justification";
    LeverIssue => "Lever issue", "Levier";
    // Donor alignment.
    DonorAlignment => "Fit with the donor and the country's strategy", "Adéquation avec le bailleur et la stratégie nationale";
    Donor => "Donor", "Bailleur";
    DonorType => "Type of donor", "Type de bailleur";
    DonorFunds => "What the donor funds", "Ce que finance le bailleur";
    HowObjectiveFits => "How each objective meets the donor's aims", "Comment chaque objectif répond aux buts du bailleur";
    CountryStrategy => "Country strategy", "Stratégie nationale";
    // Partners.
    Partnerships => "Partnerships", "Partenariats";
    Partner => "Partner", "Partenaire";
    PartnerType => "Type", "Type";
    Level => "Level", "Niveau";
    Role => "Role", "Rôle";
    Contribution => "Contribution", "Contribution";
    Commitment => "Commitment", "Engagement";
    Champions => "Champions", "Porte-parole";
    // Communication.
    Communication => "Communication and advocacy", "Communication et plaidoyer";
    Audiences => "Audiences", "Publics";
    GeneralMessage => "General message", "Message général";
    SpecificMessages => "Specific messages", "Messages spécifiques";
    Audience => "Audience", "Public";
    Message => "Message", "Message";
    SuccessStories => "Success stories", "Exemples de réussite";
    SuccessStory => "A success story", "Un exemple de réussite";
    Source => "Source", "Source";
    Products => "Products and channels", "Produits et canaux";
    Calendar => "Calendar", "Calendrier";
    Date => "Date", "Date";
    Event => "Event", "Événement";
    MeasuringSuccess => "How success will be measured", "Mesure du succès";
    // Budget.
    Budget => "Budget", "Budget";
    Category => "Category", "Catégorie";
    Item => "Item", "Poste";
    Quantity => "Quantity", "Quantité";
    UnitCost => "Unit cost", "Coût unitaire";
    Amount => "Amount", "Montant";
    CoFunding => "Co-funding", "Cofinancement";
    Requested => "Requested", "Demandé";
    Subtotal => "Subtotal", "Sous-total";
    Total => "Total", "Total";
    ByCategory => "Totals by category", "Totaux par catégorie";
    Share => "Share", "Part";
    // Sustainability, sources.
    Sustainability => "Sustainability", "Durabilité";
    Sources => "Sources", "Sources";
    // Budget categories.
    CatPersonnel => "Personnel", "Personnel";
    CatTravel => "Travel", "Déplacements";
    CatEquipment => "Equipment", "Équipement";
    CatSupplies => "Supplies", "Fournitures";
    CatTraining => "Training", "Formation";
    CatMeetings => "Workshops and meetings", "Ateliers et réunions";
    CatGrantsCredit => "Grants and credit", "Subventions et crédit";
    CatCommunication => "Communication and advocacy costs", "Frais de communication et de plaidoyer";
    CatMonitoring => "Monitoring and evaluation", "Suivi et évaluation";
    CatServices => "Contracted services", "Prestations de services";
    CatOverheads => "Overheads", "Frais généraux";
    CatOther => "Other", "Autres";
    // Commitment, strength.
    Confirmed => "Confirmed", "Confirmé";
    InDiscussion => "In discussion", "En discussion";
    ToApproach => "To be approached", "À solliciter";
    Direct => "direct", "directe";
    Indirect => "indirect", "indirecte";
    BySex => "by sex", "par sexe";
    ByAge => "by age", "par âge";
    By => "by", "d'ici le";
    Transitions => "Transitions supported", "Transitions soutenues";
    Formalisation => "Path to formalisation", "Voie vers la formalisation";
    Reinvestment => "Reinvestment of income", "Réinvestissement des revenus";
    AltLivelihoods => "Alternative livelihoods", "Moyens de subsistance alternatifs";
    Channel => "Channel", "Canal";
    FundingCycle => "Donor planning cycle", "Cycle de programmation du bailleur";
    Details => "Details", "Détails";
    LeadPartner => "Lead", "Responsable";
    Unlinked => "Not linked to an objective", "Non rattaché à un objectif";
    // Brief.
    TheCase => "The case", "L'enjeu";
    TheAsk => "The ask", "Notre demande";
    Contact => "Contact", "Contact";
}

/// The label with `{name}` placeholders filled in.
pub fn fill(lang: Lang, label: L, args: &[(&str, &str)]) -> String {
    crate::i18n::fill(label.text(lang), args)
}

/// The colon between a label and its value: French sets a (no-break) space before it.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{a0}: ",
    }
}

/// `text` between the document language's quotation marks (“…” or « … »).
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!("\u{201C}{text}\u{201D}"),
        Lang::Fr => format!("\u{ab}\u{a0}{text}\u{a0}\u{bb}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_label_is_translated() {
        for &l in L::ALL {
            for lang in Lang::ALL {
                let t = l.text(lang);
                assert!(!t.trim().is_empty(), "{l:?} is empty in {lang:?}");
                assert_eq!(t.trim(), t, "{l:?} has stray spaces in {lang:?}");
            }
        }
        // Catch copy-paste mistakes: no two labels share a text within a language, except
        // labels that are genuinely the same word in context.
        for lang in Lang::ALL {
            let mut seen = HashSet::new();
            for &l in L::ALL {
                assert!(
                    seen.insert(l.text(lang)),
                    "duplicate {lang:?} text for {l:?}"
                );
            }
        }
    }

    #[test]
    fn placeholders_match_across_languages() {
        let holes = |s: &str| -> Vec<String> {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string()))
                .collect();
            v.sort();
            v
        };
        for &l in L::ALL {
            assert_eq!(holes(l.text(Lang::En)), holes(l.text(Lang::Fr)), "{l:?}");
        }
    }
}
