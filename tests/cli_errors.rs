//! Every way the scripting commands can be used wrongly: one clear message on stderr, nothing
//! on stdout, exit 2 for a command line that makes no sense (clap's usage errors, a filter a
//! list cannot apply) and exit 1 for the rest (unknown ID, unreadable store, file not
//! written). The store is never touched.

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{Fixture, text};

/// (arguments, exit code, words stderr must hold)
const CASES: &[(&[&str], i32, &str)] = &[
    // Unknown or wrong IDs: exit 1.
    (
        &["list", "actions", "--horizon", "nope"],
        1,
        "aucun horizon n'a l'ID «\u{a0}nope\u{a0}»",
    ),
    (
        &["list", "actions", "--horizon", "o-aimf-dakar"],
        1,
        "«\u{a0}o-aimf-dakar\u{a0}» n'est pas un horizon",
    ),
    (
        &["list", "trips", "--owner", "nope"],
        1,
        "aucune délégation n'a l'ID «\u{a0}nope\u{a0}»",
    ),
    (
        &["list", "objectives", "--owner", "h-100-jours"],
        1,
        "«\u{a0}h-100-jours\u{a0}» n'est pas une délégation",
    ),
    (
        &["agenda", "--owner", "nope"],
        1,
        "aucune délégation n'a l'ID «\u{a0}nope\u{a0}»",
    ),
    (
        &["done", "nope"],
        1,
        "aucune action ni aucun point de check-list n'a l'ID «\u{a0}nope\u{a0}»",
    ),
    (
        &["done", "a-madrid", "nope"],
        1,
        "aucune action ni aucun point de check-list n'a l'ID «\u{a0}nope\u{a0}»",
    ),
    (
        &["done", "o-aimf-dakar"],
        1,
        "«\u{a0}o-aimf-dakar\u{a0}» n'est ni une action ni un point de check-list",
    ),
    (
        &["export", "trip", "nope"],
        1,
        "aucun déplacement n'a l'ID «\u{a0}nope\u{a0}»",
    ),
    (
        &["export", "trip", "a-madrid"],
        1,
        "«\u{a0}a-madrid\u{a0}» n'est pas un déplacement",
    ),
    (
        &["export", "note", "--horizon", "nope"],
        1,
        "aucun horizon n'a l'ID «\u{a0}nope\u{a0}»",
    ),
    (
        &["export", "json", "--owner", "nope"],
        1,
        "aucune délégation n'a l'ID «\u{a0}nope\u{a0}»",
    ),
    // Values that make no sense: exit 2, with the usage line.
    (
        &["list", "actions", "--status", "finie"],
        2,
        "statut inconnu « finie » (possibles : à faire, en cours, bloquée, faite ; ou todo, \
         in_progress, blocked, done)",
    ),
    (
        &["list", "trips", "--status", "todo"],
        2,
        "statut inconnu «\u{a0}todo\u{a0}»",
    ),
    (
        &["list", "delegations", "--status", "todo"],
        2,
        "--status ne s'applique pas à la liste «\u{a0}delegations\u{a0}»",
    ),
    (
        &["list", "objectives", "--due-before", "2014-10-01"],
        2,
        "--due-before ne s'applique pas à la liste «\u{a0}objectives\u{a0}»",
    ),
    (
        &["list", "delegations", "--horizon", "h-100-jours"],
        2,
        "--horizon ne s'applique pas",
    ),
    (
        &["list", "actions", "--due-before", "2014-02-30"],
        2,
        "« 2014-02-30 »",
    ),
    (
        &["list", "actions", "--due-before", "bientôt"],
        2,
        "« bientôt » n'est pas une date",
    ),
    (&["list", "things"], 2, "« things »"),
    (&["list"], 2, "<QUOI>"),
    (&["agenda", "--days", "-3"], 2, "« -3 »"),
    (&["agenda", "--days", "beaucoup"], 2, "« beaucoup »"),
    (&["done"], 2, "<ID>"),
    (&["done", "--undone", "a-madrid"], 2, "--undone"),
    (&["export", "note", "--format", "pdf"], 2, "« pdf »"),
    (
        &["export", "note", "--since", "2014-99-01"],
        2,
        "« 2014-99-01 »",
    ),
    (&["export", "trip"], 2, "<ID>"),
    (&["export", "csv", "people"], 2, "« people »"),
    (&["export", "csv", "actions", "--sep", "ab"], 2, "« ab »"),
    (&["export", "csv", "actions", "--sep", "\""], 2, "--sep"),
    (
        &["export", "csv", "actions", "--excel", "--sep", ";"],
        2,
        "--excel",
    ),
    (&["export", "pdf"], 2, "« pdf »"),
];

#[test]
fn every_error_has_one_clear_message_and_its_exit_code() {
    let fixture = Fixture::builtin();
    let before = std::fs::read(&fixture.store).expect("store");
    for (args, code, says) in CASES {
        let out = fixture.run(args);
        // Read as printed: the typography's non-breaking spaces are spaces.
        let stderr = text(&out.stderr).replace('\u{a0}', " ");
        assert_eq!(
            out.status.code(),
            Some(*code),
            "jalons {args:?}: exit code; stderr: {stderr}"
        );
        let says = says.replace('\u{a0}', " ");
        assert!(
            stderr.contains(&says),
            "jalons {args:?}: stderr should say {says:?}, says {stderr:?}"
        );
        assert!(out.stdout.is_empty(), "jalons {args:?}: nothing on stdout");
        if *code == 1 {
            assert!(stderr.starts_with("jalons: "), "{stderr}");
            assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        } else {
            assert!(stderr.starts_with("erreur : "), "{stderr}");
        }
    }
    assert_eq!(
        std::fs::read(&fixture.store).expect("store"),
        before,
        "no error touched the store"
    );
}

#[test]
fn a_bad_today_or_language_is_a_usage_error() {
    let fixture = Fixture::builtin();
    let out = export_cli::run_on(
        "16/13/2014",
        fixture.dir.path(),
        &fixture.store,
        "fr",
        &["agenda"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("« 16/13/2014 »"));
    assert!(out.stdout.is_empty());
    let out = fixture.run_lang("de", &["agenda"]);
    assert_eq!(out.status.code(), Some(2));
    // In the locale's language, the one asked for being no language.
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("« de »") || stderr.contains("'de'"),
        "{stderr}"
    );
}

#[test]
fn messages_follow_the_interface_language() {
    let fixture = Fixture::builtin();
    let out = fixture.run_lang("en", &["export", "trip", "a-madrid"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "jalons: “a-madrid” is not a trip\n");
    let out = fixture.run_lang(
        "en",
        &[
            "list",
            "delegations",
            "--late",
            "--due-before",
            "2014-01-01",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--due-before does not apply to the list of delegations"));
}

#[test]
fn ids_given_on_the_command_line_are_shown_inert() {
    let fixture = Fixture::builtin();
    let out = fixture.run(&["done", "x\u{1b}[2Jy"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("x\u{241b}[2Jy"), "{stderr:?}");
    assert!(!stderr.contains('\u{1b}'));
}

#[test]
fn a_store_that_is_missing_or_invalid_is_an_error_not_a_new_store() {
    let dir = tempfile::tempdir().expect("a folder");
    let missing = dir.path().join("nowhere.json");
    for args in [
        &["list", "actions"][..],
        &["agenda"],
        &["export", "ics"],
        &["done", "a-madrid"],
    ] {
        let out = export_cli::run_in(dir.path(), &missing, "fr", args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(text(&out.stderr).contains("nowhere.json"), "names the file");
        assert!(!missing.exists(), "{args:?} created no store");
    }
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{ \"schema_version\": 1, ").expect("written");
    let out = export_cli::run_in(dir.path(), &bad, "fr", &["export", "note"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("bad.json:1:"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn o_never_writes_over_the_store_however_it_is_named() {
    let fixture = Fixture::builtin();
    let before = std::fs::read(&fixture.store).expect("store");
    std::fs::create_dir(fixture.path("sub")).expect("a folder");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&fixture.store, fixture.path("link.ics")).expect("a link");
    let mut names = vec![
        "roadmap.json".to_owned(),
        "./roadmap.json".to_owned(),
        "sub/../roadmap.json".to_owned(),
        fixture.store.display().to_string(),
        "roadmap.json.lock".to_owned(),
    ];
    if cfg!(unix) {
        names.push("link.ics".to_owned());
    }
    for name in &names {
        let out = fixture.run(&["export", "ics", "-o", name]);
        assert_eq!(out.status.code(), Some(1), "-o {name}");
        assert!(
            text(&out.stderr).contains("refus d'écrire sur la feuille de route elle-même"),
            "-o {name}: {}",
            text(&out.stderr)
        );
    }
    assert_eq!(std::fs::read(&fixture.store).expect("store"), before);
}

#[test]
fn o_into_a_missing_folder_says_why_it_could_not_write() {
    let fixture = Fixture::builtin();
    let out = fixture.run(&["export", "ics", "-o", "no/such/folder/x.ics"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("no/such/folder/x.ics\u{a0}: écriture impossible"),
        "{stderr}"
    );
}
