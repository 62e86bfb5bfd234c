//! Every heading and label the exports print, in each language the app supports.
//!
//! Kept apart from the UI catalogue because these strings belong to the *document* (a donor
//! reads them) and because a `match` makes a missing translation a compile error rather than a
//! runtime fallback; the tests below catch empty or untranslated entries.

use crate::i18n::Lang;

macro_rules! labels {
    ($($name:ident => $en:expr, $fr:expr, $es:expr, $pt:expr;)*) => {
        /// A label printed in exported documents.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Label { $($name),* }

        impl Label {
            /// Every label, for completeness tests.
            pub const ALL: &'static [Label] = &[$(Label::$name),*];

            /// The label's text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Label::$name, Lang::En) => $en,
                        (Label::$name, Lang::Fr) => $fr,
                        (Label::$name, Lang::Es) => $es,
                        (Label::$name, Lang::Pt) => $pt,
                    )*
                }
            }
        }
    };
}

labels! {
    // Document furniture.
    Contents => "Contents",
        "Sommaire",
        "Índice",
        "Índice";
    Note => "Note",
        "Remarque",
        "Nota",
        "Nota";
    Page => "Page",
        "Page",
        "Página",
        "Página";
    PreparedOn => "Last updated",
        "Dernière mise à jour",
        "Última actualización",
        "Última atualização";
    PreparedBy => "Submitted by",
        "Présenté par",
        "Presentado por",
        "Apresentado por";
    ForDonor => "For",
        "Destinataire",
        "Destinatario",
        "Destinatário";
    OverLimit => "This section has {words} words; the template's limit is {limit}. Please shorten it before sending.",
        "Cette section compte {words} mots ; la limite du modèle est de {limit}. Raccourcissez-la avant l'envoi.",
        "Esta sección tiene {words} palabras; el límite de la plantilla es {limit}. Acórtela antes de enviarla.",
        "Esta secção tem {words} palavras; o limite do modelo é {limit}. Encurte-a antes de a enviar.";
    NotProvided => "Not provided yet.",
        "Pas encore renseigné.",
        "Aún no indicado.",
        "Ainda não indicado.";
    None => "None",
        "Aucun",
        "Ninguno",
        "Nenhum";
    Yes => "Yes",
        "Oui",
        "Sí",
        "Sim";
    No => "No",
        "Non",
        "No",
        "Não";
    GeneratedWith => "Prepared with the ASM Proposal Builder.",
        "Préparé avec l'outil de propositions EMAPE.",
        "Preparado con el Taller de propuestas MAPE.",
        "Preparado com a Oficina de propostas MAPE.";
    // Templates.
    ConceptNote => "Concept note",
        "Note conceptuelle",
        "Nota conceptual",
        "Nota conceptual";
    FullProposal => "Full proposal",
        "Proposition complète",
        "Propuesta completa",
        "Proposta completa";
    LogframeAnnex => "Logical framework (annex)",
        "Cadre logique (annexe)",
        "Marco lógico (anexo)",
        "Quadro lógico (anexo)";
    AdvocacyBrief => "Advocacy brief",
        "Note de plaidoyer",
        "Nota de incidencia",
        "Nota de advocacia";
    // Context.
    Context => "Context",
        "Contexte",
        "Contexto",
        "Contexto";
    Applicant => "Applicant",
        "Demandeur",
        "Solicitante",
        "Requerente";
    Country => "Country",
        "Pays",
        "País",
        "País";
    Sites => "Sites",
        "Sites",
        "Sitios",
        "Locais";
    Minerals => "Minerals",
        "Minerais",
        "Minerales",
        "Minerais";
    Community => "The community",
        "La communauté",
        "La comunidad",
        "A comunidade";
    CommunitySize => "People",
        "Personnes",
        "Personas",
        "Pessoas";
    ShareWomen => "Share of women",
        "Part des femmes",
        "Proporción de mujeres",
        "Proporção de mulheres";
    ChildrenAtWork => "Children at work",
        "Enfants au travail",
        "Niños y niñas que trabajan",
        "Crianças a trabalhar";
    MiningPattern => "How people mine",
        "Modes d'exploitation",
        "Cómo se practica la minería",
        "Como se pratica a mineração";
    Problem => "The problem",
        "Le problème",
        "El problema",
        "O problema";
    Evidence => "Evidence",
        "Éléments probants",
        "Evidencia",
        "Evidências";
    Duration => "Duration",
        "Durée",
        "Duración",
        "Duração";
    Months => "months",
        "mois",
        "meses",
        "meses";
    StartDate => "Start",
        "Début",
        "Inicio",
        "Início";
    EndDate => "End",
        "Fin",
        "Fin",
        "Fim";
    AmountRequested => "Amount requested",
        "Montant demandé",
        "Monto solicitado",
        "Montante solicitado";
    Summary => "Summary",
        "Résumé",
        "Resumen",
        "Resumo";
    // Priorities.
    Priorities => "Priorities",
        "Priorités",
        "Prioridades",
        "Prioridades";
    Priority => "Priority",
        "Priorité",
        "Prioridad",
        "Prioridade";
    WhyItMatters => "Why it matters here",
        "Pourquoi c'est important ici",
        "Por qué importa aquí",
        "Porque é importante aqui";
    CommunityWords => "In the community's words",
        "Selon la communauté",
        "En palabras de la comunidad",
        "Nas palavras da comunidade";
    // Logframe.
    Objectives => "Objectives and results",
        "Objectifs et résultats",
        "Objetivos y resultados",
        "Objetivos e resultados";
    Logframe => "Logical framework",
        "Cadre logique",
        "Marco lógico",
        "Quadro lógico";
    Workplan => "Workplan",
        "Plan de travail",
        "Plan de trabajo",
        "Plano de trabalho";
    Milestone => "Milestone",
        "Jalon",
        "Hito",
        "Marco";
    QuarterN => "Q{q} {year}",
        "T{q} {year}",
        "T{q} {year}",
        "T{q} {year}";
    When => "When",
        "Quand",
        "Cuándo",
        "Quando";
    FromTo => "{start} to {end}",
        "du {start} au {end}",
        "del {start} al {end}",
        "de {start} a {end}";
    FromDate => "from {start}",
        "à partir du {start}",
        "desde el {start}",
        "a partir de {start}";
    UntilDate => "until {end}",
        "jusqu’au {end}",
        "hasta el {end}",
        "até {end}";
    NotDated => "not dated yet",
        "pas encore daté",
        "sin fecha aún",
        "ainda sem data";
    WorkplanByQuarter => "By quarter. Shaded cells (\u{25a0}) are the quarters each output and activity runs in; \u{25c6} marks a milestone.",
        "Par trimestre. Les cases grisées (\u{25a0}) sont les trimestres où se déroule chaque produit et activité ; \u{25c6} marque un jalon.",
        "Por trimestre. Las celdas sombreadas (\u{25a0}) son los trimestres en que se realiza cada producto y actividad; \u{25c6} marca un hito.",
        "Por trimestre. As células sombreadas (\u{25a0}) são os trimestres em que decorre cada produto e atividade; \u{25c6} marca um marco.";
    WorkplanByMonth => "By month. Shaded cells (\u{25a0}) are the months each output and activity runs in; \u{25c6} marks a milestone.",
        "Par mois. Les cases grisées (\u{25a0}) sont les mois où se déroule chaque produit et activité ; \u{25c6} marque un jalon.",
        "Por mes. Las celdas sombreadas (\u{25a0}) son los meses en que se realiza cada producto y actividad; \u{25c6} marca un hito.",
        "Por mês. As células sombreadas (\u{25a0}) são os meses em que decorre cada produto e atividade; \u{25c6} marca um marco.";
    // The EU logical framework matrix (review::templates::eu says where it comes from).
    InterventionLogic => "Intervention logic",
        "Logique d’intervention",
        "Lógica de intervención",
        "Lógica de intervenção";
    EuImpact => "Impact (overall objective)",
        "Impact (objectif global)",
        "Impacto (objetivo general)",
        "Impacto (objetivo geral)";
    EuOutcomes => "Outcomes (specific objectives)",
        "Effets (objectifs spécifiques)",
        "Efectos (objetivos específicos)",
        "Efeitos (objetivos específicos)";
    EuOutputs => "Outputs",
        "Produits",
        "Productos",
        "Produtos";
    EuBaselines => "Baselines (with reference year)",
        "Valeurs de référence (avec l’année)",
        "Líneas de base (con año de referencia)",
        "Linhas de base (com ano de referência)";
    EuTargets => "Targets (with date)",
        "Cibles (avec la date)",
        "Metas (con fecha)",
        "Metas (com data)";
    SourcesOfVerification => "Sources and means of verification",
        "Sources et moyens de vérification",
        "Fuentes y medios de verificación",
        "Fontes e meios de verificação";
    Means => "Means",
        "Moyens",
        "Medios",
        "Meios";
    Costs => "Costs",
        "Coûts",
        "Costos",
        "Custos";
    // The UK logframe (review::templates::uk says where it comes from).
    OutcomeN => "Outcome {n}",
        "Effet {n}",
        "Efecto {n}",
        "Efeito {n}";
    IndicatorN => "Indicator {n}",
        "Indicateur {n}",
        "Indicador {n}",
        "Indicador {n}";
    MilestoneN => "Milestone {n}",
        "Jalon {n}",
        "Hito {n}",
        "Marco {n}";
    Inputs => "Inputs",
        "Intrants",
        "Insumos",
        "Insumos";
    DonorShare => "{donor}’s share: {share}",
        "Part de {donor}\u{a0}: {share}",
        "Parte de {donor}: {share}",
        "Parte de {donor}: {share}";
    DonorShareUnnamed => "The donor’s share: {share}",
        "Part du bailleur\u{a0}: {share}",
        "Parte del donante: {share}",
        "Parte do doador: {share}";
    Goal => "Goal",
        "Objectif global",
        "Objetivo general",
        "Objetivo geral";
    Objective => "Specific objective",
        "Objectif spécifique",
        "Objetivo específico",
        "Objetivo específico";
    Output => "Output",
        "Produit",
        "Producto",
        "Produto";
    Activity => "Activity",
        "Activité",
        "Actividad",
        "Atividade";
    Activities => "Activities",
        "Activités",
        "Actividades",
        "Atividades";
    ResultsChain => "Results chain",
        "Chaîne des résultats",
        "Cadena de resultados",
        "Cadeia de resultados";
    Indicator => "Indicator",
        "Indicateur",
        "Indicador",
        "Indicador";
    Indicators => "Indicators",
        "Indicateurs",
        "Indicadores",
        "Indicadores";
    Unit => "Unit",
        "Unité",
        "Unidad",
        "Unidade";
    Baseline => "Baseline",
        "Situation de référence",
        "Línea de base",
        "Linha de base";
    Target => "Target",
        "Cible",
        "Meta",
        "Meta";
    MeansOfVerification => "Means of verification",
        "Sources de vérification",
        "Medios de verificación",
        "Meios de verificação";
    Assumptions => "Assumptions",
        "Hypothèses",
        "Supuestos",
        "Pressupostos";
    Disaggregation => "Breakdown",
        "Ventilation",
        "Desagregación",
        "Desagregação";
    ServesPriorities => "Serves priorities",
        "Répond aux priorités",
        "Responde a las prioridades",
        "Responde às prioridades";
    // MDG / SDG.
    MdgLinks => "Links to the Millennium and Sustainable Development Goals",
        "Liens avec les objectifs du Millénaire et de développement durable",
        "Vínculos con los Objetivos de Desarrollo del Milenio y de Desarrollo Sostenible",
        "Ligações aos Objetivos de Desenvolvimento do Milénio e de Desenvolvimento Sustentável";
    Mdg => "MDG",
        "OMD",
        "ODM",
        "ODM";
    MdgTarget => "MDG target",
        "Cible OMD",
        "Meta ODM",
        "Meta ODM";
    // After the goal, as in "MDG 7, target 9" (the acronym is not repeated).
    TargetOfGoal => "target",
        "cible",
        "meta",
        "meta";
    Sdg => "SDG",
        "ODD",
        "ODS",
        "ODS";
    SdgThematic => "thematic add-on",
        "complément thématique",
        "complemento temático",
        "complemento temático";
    SdgAppSuggestion => "the app's suggestion, not from the 2005 report or the UN resolution",
        "suggestion de l’application, absente du rapport de 2005 comme de la résolution des Nations unies",
        "sugerencia de la aplicación, no del informe de 2005 ni de la resolución de la ONU",
        "sugestão da aplicação, não do relatório de 2005 nem da resolução da ONU";
    Reason => "Why",
        "Justification",
        "Justificación",
        "Justificação";
    LeverIssue => "Lever issue",
        "Levier",
        "Palanca",
        "Alavanca";
    // Donor alignment.
    DonorAlignment => "Fit with the donor and the country's strategy",
        "Adéquation avec le bailleur et la stratégie nationale",
        "Coherencia con el donante y la estrategia del país",
        "Coerência com o doador e a estratégia do país";
    Donor => "Donor",
        "Bailleur",
        "Donante",
        "Doador";
    DonorType => "Type of donor",
        "Type de bailleur",
        "Tipo de donante",
        "Tipo de doador";
    DonorFunds => "What the donor funds",
        "Ce que finance le bailleur",
        "Lo que financia el donante",
        "O que o doador financia";
    HowObjectiveFits => "How each objective meets the donor's aims",
        "Comment chaque objectif répond aux buts du bailleur",
        "Cómo cada objetivo responde a los fines del donante",
        "Como cada objetivo responde aos fins do doador";
    CountryStrategy => "Country strategy",
        "Stratégie nationale",
        "Estrategia del país",
        "Estratégia do país";
    // Partners.
    Partnerships => "Partnerships",
        "Partenariats",
        "Alianzas",
        "Parcerias";
    Partner => "Partner",
        "Partenaire",
        "Socio",
        "Parceiro";
    PartnerType => "Type",
        "Type",
        "Tipo",
        "Tipo";
    Level => "Level",
        "Niveau",
        "Nivel",
        "Nível";
    Role => "Role",
        "Rôle",
        "Función",
        "Função";
    Contribution => "Contribution",
        "Contribution",
        "Aporte",
        "Contributo";
    Commitment => "Commitment",
        "Engagement",
        "Compromiso",
        "Compromisso";
    Champions => "Champions",
        "Porte-parole",
        "Defensores de la causa",
        "Defensores da causa";
    // Communication.
    Communication => "Communication and advocacy",
        "Communication et plaidoyer",
        "Comunicación e incidencia",
        "Comunicação e advocacia";
    Audiences => "Audiences",
        "Publics",
        "Públicos",
        "Públicos";
    GeneralMessage => "General message",
        "Message général",
        "Mensaje general",
        "Mensagem geral";
    SpecificMessages => "Specific messages",
        "Messages spécifiques",
        "Mensajes específicos",
        "Mensagens específicas";
    Audience => "Audience",
        "Public",
        "Público",
        "Público";
    Message => "Message",
        "Message",
        "Mensaje",
        "Mensagem";
    SuccessStories => "Success stories",
        "Exemples de réussite",
        "Casos de éxito",
        "Casos de sucesso";
    SuccessStory => "A success story",
        "Un exemple de réussite",
        "Un caso de éxito",
        "Um caso de sucesso";
    Source => "Source",
        "Source",
        "Fuente",
        "Fonte";
    Products => "Products and channels",
        "Produits et canaux",
        "Productos y canales",
        "Produtos e canais";
    Calendar => "Calendar",
        "Calendrier",
        "Calendario",
        "Calendário";
    Date => "Date",
        "Date",
        "Fecha",
        "Data";
    Event => "Event",
        "Événement",
        "Evento",
        "Evento";
    MeasuringSuccess => "How success will be measured",
        "Mesure du succès",
        "Cómo se medirá el éxito",
        "Como se medirá o sucesso";
    // Budget.
    Budget => "Budget",
        "Budget",
        "Presupuesto",
        "Orçamento";
    Category => "Category",
        "Catégorie",
        "Categoría",
        "Categoria";
    Item => "Item",
        "Poste",
        "Partida",
        "Rubrica";
    Quantity => "Quantity",
        "Quantité",
        "Cantidad",
        "Quantidade";
    UnitCost => "Unit cost",
        "Coût unitaire",
        "Costo unitario",
        "Custo unitário";
    Amount => "Amount",
        "Montant",
        "Monto",
        "Montante";
    CoFunding => "Co-funding",
        "Cofinancement",
        "Cofinanciamiento",
        "Cofinanciamento";
    Requested => "Requested",
        "Demandé",
        "Solicitado",
        "Solicitado";
    Subtotal => "Subtotal",
        "Sous-total",
        "Subtotal",
        "Subtotal";
    Total => "Total",
        "Total",
        "Total",
        "Total";
    ByCategory => "Totals by category",
        "Totaux par catégorie",
        "Totales por categoría",
        "Totais por categoria";
    Share => "Share",
        "Part",
        "Proporción",
        "Parte";
    // Budget by year and by funder.
    ByYear => "Budget by year",
        "Budget par année",
        "Presupuesto por año",
        "Orçamento por ano";
    YearN => "Year {n}",
        "Année {n}",
        "Año {n}",
        "Ano {n}";
    YearAfterEnd => "Year {n} (after the end)",
        "Année {n} (après la fin)",
        "Año {n} (tras el fin)",
        "Ano {n} (após o fim)";
    YearsTotal => "Sum of the years",
        "Somme des années",
        "Suma de los años",
        "Soma dos anos";
    NoYear => "In no year",
        "Dans aucune année",
        "En ningún año",
        "Em nenhum ano";
    ByFunder => "Budget by funder",
        "Budget par financeur",
        "Presupuesto por financiador",
        "Orçamento por financiador";
    Funder => "Funder",
        "Financeur",
        "Financiador",
        "Financiador";
    RequestedFrom => "Requested from {donor}",
        "Demandé à {donor}",
        "Solicitado a {donor}",
        "Solicitado a {donor}";
    RequestedFromDonor => "Requested from the donor",
        "Demandé au bailleur",
        "Solicitado al donante",
        "Solicitado ao doador";
    UnnamedCoFunding => "Co-funding, source not given",
        "Cofinancement, source non indiquée",
        "Cofinanciamiento, fuente no indicada",
        "Cofinanciamento, fonte não indicada";
    // Sustainability, sources.
    Sustainability => "Sustainability",
        "Durabilité",
        "Sostenibilidad",
        "Sustentabilidade";
    Sources => "Sources",
        "Sources",
        "Fuentes",
        "Fontes";
    // The risk register.
    Risks => "Risks",
        "Risques",
        "Riesgos",
        "Riscos";
    Risk => "Risk",
        "Risque",
        "Riesgo",
        "Risco";
    Likelihood => "Likelihood",
        "Probabilité",
        "Probabilidad",
        "Probabilidade";
    Impact => "Impact",
        "Impact",
        "Impacto",
        "Impacto";
    RiskScore => "Score",
        "Score",
        "Puntuación",
        "Pontuação";
    Mitigation => "Mitigation",
        "Atténuation",
        "Mitigación",
        "Mitigação";
    RiskOwner => "Owner",
        "Responsable du risque",
        "Responsable del riesgo",
        "Responsável pelo risco";
    Threatens => "Threatens",
        "Menace",
        "Amenaza",
        "Ameaça";
    LevelLow => "Low",
        "Faible",
        "Baja",
        "Baixa";
    LevelMedium => "Medium",
        "Moyenne",
        "Media",
        "Média";
    LevelHigh => "High",
        "Élevée",
        "Alta",
        "Alta";
    AssumptionOf => "{owner}, assumption {n}",
        "{owner}, hypothèse {n}",
        "{owner}, supuesto {n}",
        "{owner}, pressuposto {n}";
    // Budget categories.
    CatPersonnel => "Personnel",
        "Personnel",
        "Personal",
        "Pessoal";
    CatTravel => "Travel",
        "Déplacements",
        "Viajes",
        "Deslocações";
    CatEquipment => "Equipment",
        "Équipement",
        "Equipos",
        "Equipamento";
    CatSupplies => "Supplies",
        "Fournitures",
        "Suministros",
        "Material";
    CatTraining => "Training",
        "Formation",
        "Capacitación",
        "Formação";
    CatMeetings => "Workshops and meetings",
        "Ateliers et réunions",
        "Talleres y reuniones",
        "Workshops e reuniões";
    CatGrantsCredit => "Grants and credit",
        "Subventions et crédit",
        "Subvenciones y crédito",
        "Subvenções e crédito";
    CatCommunication => "Communication and advocacy costs",
        "Frais de communication et de plaidoyer",
        "Gastos de comunicación e incidencia",
        "Custos de comunicação e advocacia";
    CatMonitoring => "Monitoring and evaluation",
        "Suivi et évaluation",
        "Seguimiento y evaluación",
        "Monitoria e avaliação";
    CatServices => "Contracted services",
        "Prestations de services",
        "Servicios contratados",
        "Serviços contratados";
    CatOverheads => "Overheads",
        "Frais généraux",
        "Gastos generales",
        "Custos gerais";
    CatOther => "Other",
        "Autres",
        "Otros",
        "Outros";
    // Commitment, strength.
    Confirmed => "Confirmed",
        "Confirmé",
        "Confirmado",
        "Confirmado";
    InDiscussion => "In discussion",
        "En discussion",
        "En conversación",
        "Em discussão";
    ToApproach => "To be approached",
        "À solliciter",
        "Por contactar",
        "A contactar";
    Direct => "direct",
        "directe",
        "directo",
        "direto";
    Indirect => "indirect",
        "indirecte",
        "indirecto",
        "indireto";
    BySex => "by sex",
        "par sexe",
        "por sexo",
        "por sexo";
    ByAge => "by age",
        "par âge",
        "por edad",
        "por idade";
    By => "by",
        "d'ici le",
        "para",
        "até";
    Transitions => "Transitions supported",
        "Transitions soutenues",
        "Transiciones apoyadas",
        "Transições apoiadas";
    Formalisation => "Path to formalisation",
        "Voie vers la formalisation",
        "Camino hacia la formalización",
        "Caminho para a formalização";
    Reinvestment => "Reinvestment of income",
        "Réinvestissement des revenus",
        "Reinversión de los ingresos",
        "Reinvestimento dos rendimentos";
    AltLivelihoods => "Alternative livelihoods",
        "Moyens de subsistance alternatifs",
        "Medios de vida alternativos",
        "Meios de subsistência alternativos";
    Channel => "Channel",
        "Canal",
        "Canal",
        "Canal";
    FundingCycle => "Donor planning cycle",
        "Cycle de programmation du bailleur",
        "Ciclo de programación del donante",
        "Ciclo de programação do doador";
    Details => "Details",
        "Détails",
        "Detalles",
        "Detalhes";
    LeadPartner => "Lead",
        "Responsable",
        "Responsable",
        "Responsável";
    Unlinked => "Not linked to an objective",
        "Non rattaché à un objectif",
        "No vinculado a un objetivo",
        "Não ligado a um objetivo";
    // Brief.
    TheCase => "The case",
        "L'enjeu",
        "La situación",
        "A situação";
    TheAsk => "The ask",
        "Notre demande",
        "Nuestra solicitud",
        "O nosso pedido";
    Contact => "Contact",
        "Contact",
        "Contacto",
        "Contacto";
}

/// The label with `{name}` placeholders filled in.
pub fn fill(lang: Lang, label: Label, args: &[(&str, &str)]) -> String {
    crate::i18n::fill(label.text(lang), args)
}

/// The colon between a label and its value: French sets a (no-break) space before it.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Es | Lang::Pt => ": ",
        Lang::Fr => "\u{a0}: ",
    }
}

/// `text` between the document language's quotation marks: “…” in English, and in Spanish
/// and Portuguese as the app's own Spanish and Portuguese texts quote (the usage of Latin
/// America, Brazil and Mozambique; Spain's and Portugal's «…» would do too); « … » with
/// no-break spaces in French.
/// Quotation marks the drafter typed around the whole text are replaced, not doubled.
pub fn quoted(lang: Lang, text: &str) -> String {
    let text = unquoted(text);
    match lang {
        Lang::En | Lang::Es | Lang::Pt => format!("\u{201C}{text}\u{201D}"),
        Lang::Fr => format!("\u{ab}\u{a0}{text}\u{a0}\u{bb}"),
    }
}

/// `text` without one pair of quotation marks around all of it (any of "…", “…”, «…», „…“,
/// '…', ‘…’), and without the spaces French sets inside guillemets.
pub fn unquoted(text: &str) -> &str {
    const PAIRS: [(char, char); 7] = [
        ('"', '"'),
        ('\u{201C}', '\u{201D}'),
        ('\u{201E}', '\u{201C}'),
        ('\u{AB}', '\u{BB}'),
        ('\'', '\''),
        ('\u{2018}', '\u{2019}'),
        ('\u{201D}', '\u{201D}'),
    ];
    let t = text.trim();
    for (open, close) in PAIRS {
        if let Some(inner) = t.strip_prefix(open).and_then(|r| r.strip_suffix(close)) {
            // A quote inside ("a" and "b") means the marks are not one pair around it all.
            if !inner.is_empty() && !inner.contains([open, close]) {
                return inner.trim_matches([' ', '\u{a0}', '\u{202f}']);
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_label_is_translated() {
        for &l in Label::ALL {
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
            for &l in Label::ALL {
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
        for &l in Label::ALL {
            for lang in Lang::ALL {
                assert_eq!(
                    holes(l.text(Lang::En)),
                    holes(l.text(lang)),
                    "{l:?} {lang:?}"
                );
            }
        }
    }
}
