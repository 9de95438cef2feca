//! The command line speaks the adviser's language from end to end (#13, items 10 and 11):
//! clap's help and usage errors, the store's and the system's errors, the words `--status`
//! takes, the date forms; `lang` in config.toml counts for every command; and its failures
//! help: a store not made yet says how to make it, an unknown ID suggests the closest ones.

#[path = "support/cli_home.rs"]
mod cli_home;

use cli_home::{Home, exists, text};

const FR: &str = "fr_FR.UTF-8";

#[test]
fn help_is_french_under_a_french_locale_and_english_otherwise() {
    let home = Home::new();
    for (locale, args, name) in [
        (FR, &["--help"][..], "help_fr"),
        (FR, &["list", "--help"], "list_help_fr"),
        (FR, &["export", "note", "-h"], "export_note_help_fr"),
        ("C", &["--help"], "help_en"),
        ("C", &["list", "--help"], "list_help_en"),
    ] {
        let out = home.run(locale, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        insta::assert_snapshot!(name, text(&out.stdout));
    }
}

/// Every command's path under `cmd` ("export note"), `help` left out: it has no `-h`.
fn paths(cmd: &clap::Command, above: &[String], into: &mut Vec<Vec<String>>) {
    into.push(above.to_vec());
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut path = above.to_vec();
        path.push(sub.get_name().to_owned());
        paths(sub, &path, into);
    }
}

#[test]
fn no_english_is_left_in_any_french_help() {
    let home = Home::new();
    let mut all = Vec::new();
    paths(&jalons::cli::command(jalons::i18n::Lang::Fr), &[], &mut all);
    assert!(all.len() > 20, "every command, {} of them", all.len());
    let mut runs: Vec<Vec<String>> = Vec::new();
    for path in all {
        for flag in ["-h", "--help"] {
            let mut args = path.clone();
            args.push(flag.to_owned());
            runs.push(args);
        }
    }
    runs.push(vec!["help".to_owned()]);
    runs.push(vec![
        "help".to_owned(),
        "export".to_owned(),
        "note".to_owned(),
    ]);
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = home.run(FR, &args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = text(&out.stdout);
        assert!(help.contains("Utilisation :"), "{args:?}:\n{help}");
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Arguments:",
            "Print help",
            "Print version",
            "[default:",
            "[possible values:",
            "[env:",
            " the ",
            " of ",
        ] {
            assert!(
                !help.contains(english),
                "{args:?} says {english:?}:\n{help}"
            );
        }
    }
}

#[test]
fn usage_errors_are_french_with_the_usage_line() {
    let home = Home::new();
    let out = home.run(FR, &["list", "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "erreur : argument « --bogus » inattendu\n\
         \n  conseil : pour passer « --bogus » comme valeur, écrivez « -- --bogus »\n\
         \nUtilisation : jalons list [OPTIONS] <QUOI>\n\
         \nPour en savoir plus, essayez « --help ».\n"
    );
    let out = home.run(FR, &["lsit"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("erreur : commande « lsit » inconnue\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("conseil : une commande proche existe : « list »"),
        "{stderr}"
    );
    let out = home.run(FR, &["done"]);
    assert_eq!(
        text(&out.stderr),
        "erreur : cet argument obligatoire manque :\n  <ID>...\n\
         \nUtilisation : jalons done <ID>...\n\
         \nPour en savoir plus, essayez « --help ».\n"
    );
    let out = home.run(FR, &["export", "note", "--format", "pdf"]);
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(
            "erreur : valeur « pdf » invalide pour « --format <FORMAT> »\n  \
             [valeurs possibles : md, html]\n"
        ),
        "{stderr}"
    );
    // The same mistakes in English are clap's own words.
    let out = home.run("C", &["list", "--bogus"]);
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error: unexpected argument '--bogus' found"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Usage: jalons list [OPTIONS] <WHAT>"),
        "{stderr}"
    );
}

#[test]
fn the_locale_decides_in_the_posix_order_and_lang_wins() {
    let home = Home::new();
    let stderr = |out: std::process::Output| text(&out.stderr);
    let french = "erreur : argument « --bogus » inattendu";
    let english = "error: unexpected argument '--bogus' found";
    let mut command = home.command(FR, &["check", "--bogus"]);
    command.env("LC_ALL", "C");
    assert!(stderr(command.output().expect("runs")).starts_with(english));
    let mut command = home.command("C", &["check", "--bogus"]);
    command.env("LC_MESSAGES", "fr_CA.UTF-8");
    assert!(stderr(command.output().expect("runs")).starts_with(french));
    assert!(stderr(home.run("C", &["--lang", "fr", "check", "--bogus"])).starts_with(french));
    assert!(stderr(home.run(FR, &["check", "--bogus", "--lang=en"])).starts_with(english));
    let mut command = home.command("C", &["check", "--bogus"]);
    command.env("JALONS_LANG", "fr");
    assert!(stderr(command.output().expect("runs")).starts_with(french));
}

#[test]
fn lang_in_config_toml_counts_for_every_command() {
    let home = Home::new().with_builtin();
    home.config("lang = \"fr\"\n");
    let out = home.run("C", &["check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains(" : valide — 3 horizons, 15 objectifs"),
        "{said}"
    );
    let out = home.run("C", &["list", "trips", "--today", "2014-09-16"]);
    let said = text(&out.stdout);
    assert!(said.starts_with("ID "), "{said}");
    assert!(said.contains("en préparation"), "{said}");
    let out = home.run("C", &["list", "--help"]);
    assert!(text(&out.stdout).contains("Utilisation : jalons list"));
    // --lang still wins over it.
    let out = home.run("C", &["--lang", "en", "check"]);
    assert!(text(&out.stdout).contains(": valid — 3 horizons, 15 objectives"));
    home.config("lang = \"en\"\n");
    let out = home.run(FR, &["check"]);
    assert!(text(&out.stdout).contains(": valid — "));
}

#[test]
fn a_configuration_that_cannot_be_read_is_said_and_the_command_goes_on() {
    let home = Home::new().with_builtin();
    home.config("lang = \"fr\"\ntheme = \"sepia\"\n");
    let out = home.run(FR, &["check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("config.toml:2:9"), "{stderr}");
    assert!(
        stderr.contains("réglages ignorés pour cette commande"),
        "{stderr}"
    );
    assert!(text(&out.stdout).contains(" : valide — "));
}

#[test]
fn status_takes_the_words_of_the_screens_in_either_language() {
    let home = Home::new().with_builtin();
    let ids = |args: &[&str]| {
        let mut all = vec!["--today", "2014-09-16", "list"];
        all.extend_from_slice(args);
        all.push("--json");
        let out = home.run(FR, &all);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        json["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["id"].as_str().expect("an id").to_owned())
            .collect::<Vec<_>>()
    };
    let todo = ids(&["actions", "--status", "todo"]);
    assert!(!todo.is_empty());
    for words in ["à faire", "A FAIRE", "a_faire", "to do"] {
        assert_eq!(ids(&["actions", "--status", words]), todo, "{words}");
    }
    let preparing = ids(&["trips", "--status", "preparing"]);
    assert_eq!(ids(&["déplacements", "--status", "preparing"]), preparing);
    assert_eq!(preparing, ["new-york"]);
    for words in ["en préparation", "En Preparation", "in preparation"] {
        assert_eq!(ids(&["trips", "--status", words]), preparing, "{words}");
    }
    assert_eq!(
        ids(&["trips", "--status", "envisagés"]),
        ids(&["trips", "--status", "considered"])
    );
    // A word of the other list is still refused, with the words of the language.
    let out = home.run(FR, &["list", "trips", "--status", "à faire"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "statut inconnu « à faire » (possibles : envisagé, à créer, en préparation, \
             confirmé, effectué, annulé ; ou considered, to_create, preparing, confirmed, \
             done, cancelled)"
        ),
        "{stderr}"
    );
}

#[test]
fn dates_take_the_forms_of_the_forms() {
    let home = Home::new().with_builtin();
    let stdout = |args: &[&str]| {
        let out = home.run(FR, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    let iso = stdout(&["--today", "2014-09-16", "agenda", "--json"]);
    assert_eq!(stdout(&["--today", "16/09/2014", "agenda", "--json"]), iso);
    assert_eq!(stdout(&["--today", "16.09.14", "agenda", "--json"]), iso);
    let before = stdout(&[
        "--today",
        "2014-09-16",
        "list",
        "actions",
        "--due-before",
        "2014-12-26",
        "--json",
    ]);
    assert!(before.contains("a-aimf-ag-dakar"), "due on 21 Dec 2014");
    for day in ["+100", "26/12/2014", "26/12/14"] {
        let got = stdout(&[
            "--today",
            "16/09/2014",
            "list",
            "actions",
            "--due-before",
            day,
            "--json",
        ]);
        assert_eq!(got, before, "--due-before {day}");
    }
    // A relative day counts from --today, wherever --today stands.
    let later = stdout(&[
        "list",
        "actions",
        "--due-before",
        "+100",
        "--json",
        "--today",
        "2014-09-16",
    ]);
    assert_eq!(later, before);
    let note = stdout(&["--today", "2014-09-16", "export", "note", "--since", "-7"]);
    assert_eq!(
        note,
        stdout(&[
            "--today",
            "2014-09-16",
            "export",
            "note",
            "--since",
            "09/09/2014"
        ])
    );
    let out = home.run(FR, &["--today", "aujourd'hui", "check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = home.run(FR, &["--today", "16/13/2014", "check"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(
            "erreur : valeur « 16/13/2014 » invalide pour « --today <DATE> » : 16/13/2014 \
             n'existe pas : les mois vont de 1 à 12"
        ),
        "{stderr}"
    );
    // Counted from a --today near the last year, +N can fall out of the years.
    let out = home.run(
        FR,
        &[
            "--today",
            "2150-12-30",
            "list",
            "actions",
            "--due-before",
            "+10",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("+10 : l'année doit être comprise entre 1950 et 2150"),
        "{stderr}"
    );
    assert!(stderr.contains("Utilisation : jalons list"), "{stderr}");
}

#[test]
fn list_before_the_first_run_says_how_to_create_the_store() {
    let home = Home::new();
    for args in [&["list", "actions"][..], &["check"], &["agenda"]] {
        let out = home.run(FR, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            text(&out.stderr),
            "jalons: pas encore de feuille de route dans ~/.local/share/jalons/roadmap.json : \
             `jalons init` écrit celle d'exemple (`jalons init --empty` une vide), et `jalons` \
             l'ouvre dans l'interface en la créant\n",
            "{args:?}"
        );
        assert!(!exists(&home.store()), "{args:?} made no store");
    }
    let named = home.path("mon dossier/feuille.json");
    let out = home.run(
        "C",
        &["--store", named.to_str().expect("UTF-8"), "list", "trips"],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "`jalons --store '{}' init` writes the example one",
            named.display()
        )),
        "{stderr}"
    );
    // And the command it gives does make it.
    let out = home.run(FR, &["init"]);
    assert!(out.status.success());
    assert!(home.run(FR, &["list", "actions"]).status.success());
}

#[test]
fn an_unknown_id_suggests_the_closest_ones() {
    let home = Home::new().with_builtin();
    let stderr = |locale: &str, args: &[&str]| {
        let out = home.run(locale, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        text(&out.stderr)
    };
    assert_eq!(
        stderr(FR, &["export", "trip", "new-yrok"]),
        "jalons: aucun déplacement n'a l'ID « new-yrok » — voulez-vous dire `new-york` ?\n"
    );
    assert_eq!(
        stderr(FR, &["list", "actions", "--owner", "europe"]),
        "jalons: aucune délégation n'a l'ID « europe » — voulez-vous dire `d-europe` ou \
         `d-commission-europeenne` ?\n"
    );
    assert_eq!(
        stderr("C", &["done", "a-madird"]),
        "jalons: no action or checklist item has the ID “a-madird” — did you mean `a-madrid`?\n"
    );
    assert_eq!(
        stderr(FR, &["agenda", "--owner", "zzz"]),
        "jalons: aucune délégation n'a l'ID « zzz »\n",
        "nothing close: nothing suggested"
    );
}

#[test]
fn check_agrees_in_number() {
    let home = Home::new();
    assert!(home.run(FR, &["init", "--empty"]).status.success());
    let said = text(&home.run(FR, &["check"]).stdout);
    assert!(
        said.contains(
            " : valide — 0 horizon, 0 objectif, 0 action (0 faite, 0 en retard), \
             0 délégation, 0 déplacement, 0 point de check-list"
        ),
        "{said}"
    );
    let said = text(&home.run("C", &["check"]).stdout);
    assert!(
        said.contains(
            ": valid — 0 horizons, 0 objectives, 0 actions (0 done, 0 late), 0 delegations, \
             0 trips, 0 checklist items"
        ),
        "{said}"
    );
    // One of each.
    let store = home.store();
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&store).expect("store")).expect("JSON");
    json["horizons"] = serde_json::json!([{"id": "h-1", "label": "Un"}]);
    json["delegations"] = serde_json::json!([{"id": "d-1", "name": "Une", "kind": "service"}]);
    json["objectives"] = serde_json::json!([{"id": "o-1", "horizon": "h-1", "title": "Un"}]);
    json["actions"] = serde_json::json!([{
        "id": "a-1", "objective": "o-1", "title": "Une", "owner": "d-1",
        "status": {"state": "done", "on": "2014-09-01"}
    }]);
    std::fs::write(&store, serde_json::to_vec(&json).expect("JSON")).expect("written");
    let out = home.run(FR, &["check"]);
    let said = text(&out.stdout);
    assert!(
        said.contains(
            " : valide — 1 horizon, 1 objectif, 1 action (1 faite, 0 en retard), \
             1 délégation, 0 déplacement, 0 point de check-list"
        ),
        "{said}{}",
        text(&out.stderr)
    );
    let said = text(&home.run("C", &["check"]).stdout);
    assert!(
        said.contains(
            ": valid — 1 horizon, 1 objective, 1 action (1 done, 0 late), 1 delegation, \
             0 trips, 0 checklist items"
        ),
        "{said}"
    );
}

#[test]
fn the_systems_and_the_stores_errors_are_french() {
    let home = Home::new().with_builtin();
    let out = home.run(FR, &["export", "ics", "-o", "pas/de/dossier/x.ics"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "jalons: pas/de/dossier/x.ics : écriture impossible : fichier ou dossier introuvable \
         (erreur système 2)\n"
    );
    let folder = home.path("un-dossier");
    std::fs::create_dir(&folder).expect("a folder");
    let out = home.run(
        FR,
        &["--store", folder.to_str().expect("UTF-8"), "list", "trips"],
    );
    assert_eq!(
        text(&out.stderr),
        format!(
            "jalons: {} : c'est un dossier, pas un fichier de feuille de route\n",
            folder.display()
        )
    );
    let empty = home.path("vide.json");
    std::fs::write(&empty, "").expect("written");
    let out = home.run(FR, &["--store", empty.to_str().expect("UTF-8"), "check"]);
    assert_eq!(
        text(&out.stderr),
        format!("jalons: {} : le fichier est vide\n", empty.display())
    );
    let out = home.run(FR, &["init"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(
            "roadmap.json : existe déjà (--force pour la remplacer ; une sauvegarde est gardée)"
        ),
        "{}",
        text(&out.stderr)
    );
}
