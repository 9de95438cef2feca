//! The command line's help in French: clap's own words, and the text of every command and
//! option (their English is beside them, in `cli::args`). A test walks the commands and fails
//! on any that has no French here.

use super::command_line::ClapText;

pub static CLAP_FR: ClapText = ClapText {
    usage: "Utilisation :",
    commands: "Commandes :",
    arguments: "Arguments :",
    options: "Options :",
    man_sections: &[
        ("NAME", "NOM"),
        ("SYNOPSIS", "SYNOPSIS"),
        ("DESCRIPTION", "DESCRIPTION"),
        ("OPTIONS", "OPTIONS"),
        ("SUBCOMMANDS", "COMMANDES"),
        ("EXTRA", "VOIR AUSSI"),
        ("VERSION", "VERSION"),
        ("AUTHORS", "AUTEURS"),
    ],
    command_value: "COMMANDE",
    help: "Affiche l'aide",
    help_more: (
        "Affiche l'aide (--help en dit plus)",
        "Affiche l'aide (-h la résume)",
    ),
    version: "Affiche la version",
    help_command: "Affiche cette aide ou celle des commandes données",
    help_command_arg: "Les commandes dont afficher l'aide",
    env: |var| format!("[variable d'environnement : {var}]"),
    default: |value| format!("[par défaut : {value}]"),
    possible: |values| format!("[valeurs possibles : {values}]"),
    value_names: &[
        ("PATH", "CHEMIN"),
        ("FILE", "FICHIER"),
        ("WHAT", "QUOI"),
        ("LANG", "LANGUE"),
        ("STATUS", "STATUT"),
        ("CHAR", "CARACTÈRE"),
        ("DATE|FILE", "DATE|FICHIER"),
        ("TABLE", "TABLEAU"),
        ("SHELL", "SHELL"),
        ("KIND", "GENRE"),
        ("OURS", "NÔTRE"),
        ("THEIRS", "LEUR"),
        ("NAME", "NOM"),
        ("COMMAND", "COMMANDE"),
        ("DEADLINES", "ÉCHÉANCES"),
        ("ZOOM", "ÉCHELLE"),
        ("TEXT", "TEXTE"),
        ("HEALTH", "SANTÉ"),
    ],
    commands_help: COMMANDS,
    args_help: ARGS,
};

const COMMANDS: &[(&str, &str, Option<&str>)] = &[
    (
        "",
        "Une feuille de route au clavier pour le cabinet des relations internationales d'une ville.",
        Some(
            "Une feuille de route au clavier pour le cabinet des relations internationales d'une \
             ville.\n\nSans commande, ouvre l'interface sur la feuille de route (créée au premier \
             lancement à partir de celle d'exemple, la note de la Maire de Paris du 16 mai 2014).",
        ),
    ),
    (
        "init",
        "Écrit la feuille de route d'exemple (ou une vide) dans le fichier",
        None,
    ),
    (
        "check",
        "Lit et vérifie la feuille de route ; sort avec 0 et un résumé si elle est saine",
        None,
    ),
    (
        "list",
        "Liste les objectifs, actions, déplacements ou délégations : un tableau, ou du JSON avec --json",
        None,
    ),
    (
        "done",
        "Marque des actions ou des points de check-list faits aujourd'hui ; avec --undo, les remet à faire",
        None,
    ),
    (
        "agenda",
        "Ce qui est en retard et ce qui arrive à échéance, groupé comme l'écran Échéances",
        None,
    ),
    (
        "checkin",
        "Dit où en est une action ou un objectif : un point d'étape daté, sa santé et ses mots",
        Some(
            "Dit où en est une action ou un objectif : un point d'étape daté, sa santé et ses \
             mots.\n\nLa santé est on-track (en bonne voie), at-risk (à risque) ou off-track (en \
             difficulté) ; un premier point en demande une, les suivants gardent la dernière \
             sauf indication. Les mots sont requis quand la santé n'est pas en bonne voie ou \
             qu'elle change. Daté d'aujourd'hui sauf si --on dit un jour antérieur.",
        ),
    ),
    (
        "checkins",
        "Les points d'étape d'un enregistrement (ou de tous), du plus récent au plus ancien",
        None,
    ),
    (
        "stale",
        "Les actions ouvertes à mettre à jour : un point attendu et aucun récent, par porteur, les plus anciennes d'abord (le « À mettre à jour » des Échéances, pour un courriel depuis cron)",
        None,
    ),
    (
        "export",
        "Note d'étape, dossier de déplacement, calendrier, tableur ou JSON, sur la sortie ou dans un fichier",
        None,
    ),
    (
        "export note",
        "La note d'étape : par horizon, l'avancement, ce qui a été fait, ce qui est en retard, les déplacements à venir",
        None,
    ),
    (
        "export trip",
        "Le dossier d'un déplacement : objet, objectifs, actions, membres, check-list",
        None,
    ),
    (
        "export ics",
        "iCalendar : les déplacements en événements sur la journée, les échéances des actions et des points de check-list",
        None,
    ),
    (
        "export timeline",
        "La frise du mandat en image, pour des diapositives",
        None,
    ),
    (
        "export csv",
        "Un tableur (RFC 4180, UTF-8) des actions ou de la check-list de chaque déplacement",
        None,
    ),
    (
        "export json",
        "La feuille de route, ou sa partie sous un horizon ou à un porteur, dans le schéma du fichier lui-même",
        None,
    ),
    (
        "restore",
        "Liste les sauvegardes gardées à côté de la feuille de route, ou en restaure une (le fichier actuel est gardé d'abord)",
        Some(
            "Liste les sauvegardes gardées à côté de la feuille de route, ou en restaure une (le \
             fichier actuel est gardé d'abord).\n\nSans argument, liste chaque sauvegarde avec sa \
             taille, son nombre d'actions et si elle passe `check`. Avec un argument, la \
             restaure : une sauvegarde qui n'est pas une feuille de route saine est refusée et \
             rien n'est touché ; sinon le fichier actuel est copié dans \
             roadmap.json.AAAAMMJJ-HHMMSS.bak, puis remplacé d'un coup, sous le verrou.",
        ),
    ),
    (
        "sync",
        "Partage la feuille de route par git : sans sous-commande, commit, fetch, fusion, push",
        Some(
            "Partage la feuille de route par git : sans sous-commande, commit, fetch, fusion, \
             push.\n\nSort avec 0 synchronisé, 3 hors ligne (le commit local est gardé pour la \
             prochaine fois), 1 une erreur, 2 quand elle ne peut pas commencer (pas de git ou un \
             git antérieur à 2.38, la feuille de route pas partagée).",
        ),
    ),
    (
        "sync init",
        "Partage la feuille de route : son dossier devient un dépôt git, poussé vers URL si elle est donnée",
        None,
    ),
    (
        "sync join",
        "Rejoint une feuille de route partagée : clone URL dans le dossier de la feuille de route (celle qui y était est gardée dans roadmap.json.<horodatage>.bak)",
        None,
    ),
    (
        "conflicts",
        "Ce que les synchronisations n'ont pu régler (la valeur publiée gardée, la nôtre mise de côté), gardé jusqu'à règlement ; `resolve N --mine|--theirs` en règle un",
        None,
    ),
    (
        "conflicts resolve",
        "Règle le conflit N (tel que listé) : garde la valeur publiée, ou reprend la nôtre",
        None,
    ),
    (
        "log",
        "Qui a modifié un enregistrement et quand, du plus récent au plus ancien, d'après les commits de `jalons sync`",
        Some(
            "Qui a modifié un enregistrement et quand, du plus récent au plus ancien, d'après les \
             commits de `jalons sync`.\n\nLit les lignes de journal que jalons écrit dans ses \
             messages de commit (`* ID champ : avant → après`). Sort avec 1 quand la feuille de \
             route n'est pas dans un dépôt git, ou quand l'ID n'est ni dans la feuille de route \
             ni dans son historique (l'historique d'un enregistrement supprimé reste affiché).",
        ),
    ),
    (
        "merge-driver",
        "Le pilote de fusion de git pour la feuille de route : fusionne par enregistrement et par champ, jamais par ligne",
        Some(
            "Le pilote de fusion de git pour la feuille de route : fusionne par enregistrement et \
             par champ, jamais par ligne.\n\nDéclaré par `git -c merge.jalons.driver='jalons \
             merge-driver %O %A %B %P'` avec `roadmap.json merge=jalons` dans .gitattributes. \
             Écrit la fusion par-dessus OURS et sort avec 0 ; sort avec 1 sans rien écrire quand \
             un côté n'est pas une feuille de route que ce jalons sait lire. Les conflits (valeur \
             publiée gardée, la nôtre mise de côté) sont ajoutés en lignes JSON à \
             `$JALONS_SYNC_REPORT` quand elle est définie.",
        ),
    ),
    (
        "completions",
        "Le script de complétion pour bash, zsh ou fish (les ID complétés d'après la feuille de route)",
        Some(
            "Le script de complétion pour bash, zsh ou fish (les ID complétés d'après la feuille \
             de route).\n\nbash : jalons completions bash > \
             ~/.local/share/bash-completion/completions/jalons\nzsh : jalons completions zsh > \
             ~/.zfunc/_jalons (avec ~/.zfunc dans fpath, avant compinit)\nfish : jalons \
             completions fish > ~/.config/fish/completions/jalons.fish\n\nLes ID (après --owner, \
             --horizon, done, export trip, log) sont lus dans la feuille de route au moment de la \
             complétion, par `jalons ids` : ils sont toujours à jour.",
        ),
    ),
    (
        "man",
        "La page de manuel, en roff, dans la langue de l'interface : jalons man | man -l -",
        None,
    ),
    (
        "ids",
        "Les ID de la feuille de route, un par ligne, suivis d'une tabulation et de l'intitulé : pour les scripts de complétion",
        None,
    ),
];

const ARGS: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "*",
        "store",
        "Le fichier de la feuille de route [par défaut : roadmap.json dans le dossier de données de l'utilisateur]",
        None,
    ),
    (
        "*",
        "today",
        "Le jour à prendre pour aujourd'hui : 2014-09-16, 16/09/2014, +10, aujourd'hui…, entre 1950 et 2150 [par défaut : la date du système, suivie après minuit]",
        None,
    ),
    (
        "*",
        "lang",
        "Langue de l'interface [par défaut : lang dans config.toml, sinon le français quand LANG commence par fr, sinon l'anglais]",
        None,
    ),
    (
        "",
        "config",
        "Le fichier de réglages [par défaut : config.toml dans le dossier de configuration de l'utilisateur]",
        None,
    ),
    (
        "",
        "default_config",
        "Démarre avec les réglages par défaut quand le fichier de réglages ne peut pas être lu",
        None,
    ),
    (
        "",
        "no_mouse",
        "Sans souris : les clics et la molette restent au terminal (pour sélectionner du texte)",
        None,
    ),
    (
        "init",
        "empty",
        "Part d'une feuille de route vide au lieu de celle d'exemple",
        None,
    ),
    (
        "init",
        "force",
        "Remplace une feuille de route existante (une sauvegarde horodatée est gardée à côté)",
        None,
    ),
    (
        "list",
        "what",
        "Ce qu'il faut lister (objectifs, déplacements et délégations se disent aussi en français)",
        None,
    ),
    (
        "list",
        "horizon",
        "Seulement ce qui relève de cet horizon",
        None,
    ),
    (
        "list",
        "owner",
        "Seulement ce que porte cette délégation",
        None,
    ),
    (
        "list",
        "status",
        "Actions : à faire, en cours, bloquée, faite. Déplacements : envisagé, à créer, en préparation, confirmé, effectué, annulé (les noms anglais du JSON aussi)",
        None,
    ),
    (
        "list",
        "late",
        "Seulement ce qui est en retard (ou contient du retard)",
        None,
    ),
    (
        "list",
        "due_before",
        "Seulement ce qui arrive à échéance (actions) ou part (déplacements) avant ce jour : 2014-10-01, 01/10/2014, +10…",
        None,
    ),
    (
        "list",
        "json",
        "Du JSON pour les scripts (forme : docs/json.md)",
        None,
    ),
    ("done", "undo", "Les remet à faire", None),
    (
        "done",
        "ids",
        "Les ID d'actions ou de points de check-list",
        None,
    ),
    (
        "agenda",
        "days",
        "Seulement ce qui arrive à échéance dans les N jours (le retard est toujours montré)",
        None,
    ),
    (
        "agenda",
        "owner",
        "Seulement ce que porte cette délégation",
        None,
    ),
    (
        "agenda",
        "json",
        "Du JSON pour les scripts (forme : docs/json.md)",
        None,
    ),
    (
        "export",
        "output",
        "Écrit dans FICHIER (d'un coup ; jamais sur la feuille de route) au lieu de la sortie standard",
        None,
    ),
    ("export note", "format", "Le format", None),
    ("export note", "horizon", "Seulement cet horizon", None),
    (
        "export note",
        "owner",
        "Seulement ce que porte cette délégation",
        None,
    ),
    (
        "export note",
        "since",
        "Liste les actions faites depuis ce jour : 2014-09-01, 01/09/2014, -7… [par défaut : une semaine avant aujourd'hui]",
        None,
    ),
    ("export trip", "id", "L'ID du déplacement", None),
    ("export trip", "format", "Le format", None),
    (
        "export csv",
        "table",
        "Le tableau : les actions, ou la check-list de chaque déplacement",
        None,
    ),
    (
        "export csv",
        "excel",
        "Pour Excel et LibreOffice en français : séparateur « ; » et marque d'ordre des octets",
        None,
    ),
    (
        "export csv",
        "sep",
        "Le séparateur, un caractère ASCII [par défaut : « , »]",
        None,
    ),
    (
        "export csv",
        "bom",
        "Commence par une marque d'ordre des octets UTF-8",
        None,
    ),
    (
        "export csv",
        "raw",
        "Les cellules telles qu'enregistrées, sans neutraliser les formules (pour les scripts, pas les tableurs)",
        None,
    ),
    (
        "export ics",
        "deadlines",
        "Les échéances en événements sur la journée (ce que tout agenda importe) ou en tâches",
        None,
    ),
    ("export timeline", "format", "Le format", None),
    (
        "export timeline",
        "zoom",
        "Quelle part : tout le mandat, ou l'année, le trimestre ou le mois qui contient --at",
        None,
    ),
    (
        "export timeline",
        "at",
        "Un jour que l'image contient [par défaut : aujourd'hui]",
        None,
    ),
    ("export json", "horizon", "Seulement cet horizon", None),
    (
        "export json",
        "owner",
        "Seulement les actions que porte cette délégation",
        None,
    ),
    (
        "restore",
        "which",
        "La date d'une sauvegarde (AAAA-MM-JJ) ou son horodatage tel que listé, ou le chemin d'un fichier",
        None,
    ),
    (
        "sync init",
        "url",
        "Le dépôt partagé (un chemin, ssh://…, https://…)",
        None,
    ),
    ("sync join", "url", "Le dépôt partagé", None),
    ("conflicts", "json", "Les affiche en JSON", None),
    (
        "conflicts resolve",
        "n",
        "Le numéro du conflit, tel que `jalons conflicts` le liste",
        None,
    ),
    (
        "conflicts resolve",
        "mine",
        "Remet notre valeur mise de côté (une modification comme une autre, enregistrée puis synchronisée)",
        None,
    ),
    (
        "conflicts resolve",
        "theirs",
        "Garde la valeur publiée",
        None,
    ),
    (
        "log",
        "id",
        "L'ID de l'enregistrement (action, objectif, horizon, déplacement, délégation…)",
        None,
    ),
    (
        "log",
        "json",
        "Du JSON pour les scripts : un tableau de {commit, author, date, change}",
        None,
    ),
    (
        "log",
        "all",
        "Liste aussi les commits qui ont modifié la feuille de route sans jalons (à la main)",
        None,
    ),
    (
        "merge-driver",
        "virtual_base",
        "Une fusion de bases de fusion (stratégie récursive de git) : rien n'est signalé",
        None,
    ),
    (
        "merge-driver",
        "base",
        "La version de l'ancêtre commun (%O)",
        None,
    ),
    (
        "merge-driver",
        "ours",
        "Notre version (%A), remplacée par la fusion",
        None,
    ),
    ("merge-driver", "theirs", "La version fusionnée (%B)", None),
    (
        "merge-driver",
        "name",
        "Le nom du fichier dans le dépôt (%P), pour les messages",
        None,
    ),
    ("completions", "shell", "Le shell", None),
    (
        "man",
        "command",
        "La page d'une commande (jalons-list(1), jalons-export-note(1)…) au lieu de celle de jalons",
        None,
    ),
    ("ids", "kind", "Quels ID", None),
    ("checkin", "id", "L'ID de l'action ou de l'objectif", None),
    ("checkin", "text", "Ce qui se passe, en quelques mots", None),
    (
        "checkin",
        "health",
        "on-track, at-risk ou off-track (ou en-bonne-voie, à-risque, en-difficulté) [par défaut : la dernière santé de l'enregistrement]",
        None,
    ),
    (
        "checkin",
        "on",
        "Le jour du point, pas après aujourd'hui : 2014-09-16, 16/09/2014, -3… [par défaut : aujourd'hui]",
        None,
    ),
    (
        "checkin",
        "due",
        "Une date que le point annonce (une proposition attendue le 30 octobre) : 30/10, +14…",
        None,
    ),
    (
        "checkin",
        "by",
        "Qui fait le point [par défaut : le user.name de git, sinon le nom de connexion]",
        None,
    ),
    (
        "checkins",
        "id",
        "Seulement ceux de cette action ou de cet objectif",
        None,
    ),
    (
        "checkins",
        "since",
        "Seulement ceux faits ce jour ou après : 2014-09-01, -7…",
        None,
    ),
    (
        "checkins",
        "json",
        "Du JSON pour les scripts (forme : docs/json.md)",
        None,
    ),
    (
        "stale",
        "owner",
        "Seulement les actions que porte cette délégation",
        None,
    ),
    (
        "stale",
        "json",
        "Du JSON pour les scripts (forme : docs/json.md)",
        None,
    ),
];
