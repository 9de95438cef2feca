//! The words the generator draws from: French names, places, verbs and themes, so that
//! generated roadmaps read like real ones and exercise accents everywhere.

/// Lists kept as text, one entry per `|`, fields split by `:`.
pub const DELEGATIONS: &str = "\
    ri:Relations internationales et Francophonie:p|europe:Europe:p|culture:Culture:p|\
    climat:Environnement et climat:p|eco:Développement économique:p|\
    numerique:Numérique et innovation:p|sante:Santé et relations avec l'AP-HP:p|\
    solidarites:Solidarités et lutte contre l'exclusion:p|jeunesse:Jeunesse et sports:p|\
    tourisme:Tourisme et vie nocturne:p|urbanisme:Urbanisme et architecture:p|\
    mobilites:Transports et mobilités:p|education:Affaires scolaires:p|\
    egalite:Égalité femmes-hommes:p|associations:Vie associative:p|\
    memoire:Mémoire et monde combattant:p|aimf:AIMF:r|cglu:CGLU:r|c40:C40 Cities:r|\
    mae:Ministère des Affaires étrangères:r|postes:Postes diplomatiques:r|\
    ue:Commission européenne:r|region:Région Île-de-France:r|mgp:Métropole du Grand Paris:r|\
    eurocities:Eurocities:r|cabinet:Cabinet de la Maire:s|dgri:Délégation générale aux \
    relations internationales:s|sg:Secrétariat général:s|dfa:Direction des finances et des \
    achats:s|dac:Direction des affaires culturelles:s|dae:Direction de l'attractivité et de \
    l'emploi:s|dicom:Direction de l'information et de la communication:s|protocole:Protocole:s|\
    deve:Direction des espaces verts et de l'environnement:s|djs:Direction de la jeunesse et \
    des sports:s|g-soc:Groupe socialiste et apparentés:g|g-lr:Groupe Les Républicains:g|\
    g-eco:Groupe écologiste de Paris:g|g-com:Groupe communiste – Front de gauche:g|\
    g-udi:Groupe UDI-MoDem:g";
pub const FIRST_NAMES: &str = "Amélie|Benoît|Céline|Damien|Éléonore|François|Gaëlle|Hélène|Inès|\
    Jérôme|Karim|Léa|Maël|Noémie|Océane|Pierre|Rémi|Sébastien|Thérèse|Valérie|Yannick|Zoé";
pub const LAST_NAMES: &str = "Andrieu|Bérard|Chevènement|Dufrêne|Émery|Fabre|Garçon|Hébert|\
    Isnard|Jourdain|Lefèvre|Mercier|Noël|Ollivier|Péguy|Quéré|Rousseau|Sénéchal|Thibault|Vidal";
pub const CITIES: &str = "Montréal:Canada|Québec:Canada|Tokyo:Japon|Séoul:Corée du Sud|\
    Pékin:Chine|Shanghai:Chine|New York:États-Unis|San Francisco:États-Unis|\
    Rio de Janeiro:Brésil|Mexico:Mexique|Buenos Aires:Argentine|Dakar:Sénégal|\
    Abidjan:Côte d'Ivoire|Bamako:Mali|Tunis:Tunisie|Alger:Algérie|Rabat:Maroc|Beyrouth:Liban|\
    Erevan:Arménie|Kiev:Ukraine|Varsovie:Pologne|Prague:République tchèque|Berlin:Allemagne|\
    Madrid:Espagne|Lisbonne:Portugal|Rome:Italie|Athènes:Grèce|Bruxelles:Belgique|\
    Londres:Royaume-Uni|Genève:Suisse|Copenhague:Danemark|Stockholm:Suède|Hanoï:Viêt Nam|\
    Phnom Penh:Cambodge|Bombay:Inde|Le Caire:Égypte|Johannesburg:Afrique du Sud|\
    Sydney:Australie|Téhéran:Iran|Bogotá:Colombie";
pub const VERBS: &str = "Organiser|Préparer|Signer|Lancer|Renforcer|Évaluer|Accompagner|\
    Présenter|Coordonner|Développer|Élaborer|Réunir|Installer|Financer|Promouvoir|Relancer";
pub const OBJECTS: &str = "la convention de coopération|le programme d'échanges|un séminaire \
    d'experts|la feuille de route commune|le réseau des ambassadeurs|un appel à projets|une \
    mission d'expertise|le bilan annuel|la déclaration conjointe|un forum des maires|le \
    jumelage|le pacte d'amitié|une résidence d'artistes|le volet économique|un plan d'action";
pub const TOPICS: &str = "sur la transition énergétique|sur l'accueil des réfugiés|pour la santé \
    publique|sur le numérique|autour du patrimoine|pour la jeunesse|sur l'eau et \
    l'assainissement|pour l'égalité femmes-hommes|sur la mobilité durable|pour la francophonie|\
    sur la résilience urbaine|pour l'économie sociale et solidaire";
pub const NETWORKS: &str = "au sein de CGLU|dans le cadre du C40|avec les villes de l'AIMF|\
    au sein d'Eurocities|avec la Commission européenne|avec le Quai d'Orsay";
pub const GOALS: &str = "Faire de Paris une capitale|Renforcer la présence de Paris|Porter la \
    voix des villes|Développer les partenariats de Paris|Affirmer le rôle de Paris|Mobiliser \
    les partenaires de Paris|Valoriser l'expertise de Paris";
pub const THEMES: &str = "climat|culture|économie|numérique|santé|solidarité|francophonie|\
    Europe|mémoire|jeunesse|réseaux de villes|attractivité";
pub const NOTES: &str = "Point d'étape prévu en comité de pilotage.|Arbitrage budgétaire \
    attendu du Secrétariat général.|Contact pris avec l'ambassade ; réponse attendue.|Voir le \
    compte rendu de la dernière réunion du réseau.|Calendrier à confirmer avec le cabinet.|\
    Budget prévisionnel : 45 000 € (cofinancement à rechercher).|Dossier transmis aux \
    directions concernées le mois dernier.|Priorité rappelée par la Maire en réunion de \
    cabinet.";
/// The three checklist templates: id, name, then `label:days` items (no days: no due date).
pub const TEMPLATES: [(&str, &str, &str); 3] = [
    (
        "tpl-visite-bilaterale",
        "Visite bilatérale",
        "Objectifs et messages du déplacement:60|Programme du déplacement:45|Rendez-vous \
        bilatéraux:30|Composition de la délégation:30|Contact avec le poste diplomatique:30|\
        Accord sur le communiqué conjoint:20|Logistique (transport, hébergement):15|Dossier \
        de briefing:7|Presse et communication:5|Compte rendu au retour",
    ),
    (
        "tpl-sommet-reseau",
        "Sommet d'un réseau de villes",
        "Objectifs et messages du déplacement:60|Inscription de la délégation:45|Contribution \
        de Paris:30|Bilatérales en marge du sommet:30|Contact avec le poste diplomatique:30|\
        Éléments de langage:15|Logistique (transport, hébergement):15|Dossier de briefing:7|\
        Presse et communication:5|Compte rendu au retour",
    ),
    (
        "tpl-deplacement-memoriel",
        "Déplacement mémoriel",
        "Objectifs et messages du déplacement:60|Programme du déplacement:45|Représentants \
        des groupes du Conseil:30|Société civile associée:30|Contact avec le poste \
        diplomatique:30|Cérémonie et protocole:15|Gerbe et hommage:10|Logistique (transport, \
        hébergement):15|Dossier de briefing:7|Compte rendu au retour",
    ),
];
