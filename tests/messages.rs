//! What the status bar and the empty lists say, in the adviser's words: `m` where there is no
//! action says it moves one, an empty Horizons column says there is no horizon, a save the
//! disk refused says why in French ("permission refusée", "disque plein") and is never cut —
//! the bar takes a second line rather than lose the reason or the file.

use chrono::NaiveDate;
use jalons::app::{Model, Msg, NoticeKind, update};
use jalons::builtin::roadmap;
use jalons::domain::Plan;
use jalons::i18n::Lang;
use jalons::store::{Store, StoreError};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date")
}

fn model(plan: Plan, lang: Lang) -> Model {
    Model::new(
        plan,
        today(),
        lang,
        "~/.local/share/jalons/roadmap.json".into(),
    )
}

/// The screen as text, one string a line, non-breaking spaces shown as spaces.
fn screen(model: &Model, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a terminal");
    terminal
        .draw(|f| jalons::ui::view(model, f))
        .expect("drawn");
    terminal
        .backend()
        .buffer()
        .content
        .chunks(usize::from(width))
        .map(|row| {
            row.iter()
                .map(ratatui::buffer::Cell::symbol)
                .collect::<String>()
                .replace('\u{a0}', " ")
        })
        .collect()
}

fn notice(model: &Model) -> String {
    model
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

#[test]
fn m_where_there_is_no_action_says_it_moves_one() {
    for (lang, words) in [
        (
            Lang::Fr,
            "Sélectionnez une action pour la changer d'objectif",
        ),
        (Lang::En, "Select an action to move it to another objective"),
    ] {
        // On the horizons, then on the objectives.
        let mut m = model(roadmap(), lang);
        update(&mut m, Msg::MoveTo);
        assert_eq!(notice(&m), words);
        update(&mut m, Msg::Drill);
        update(&mut m, Msg::MoveTo);
        assert_eq!(notice(&m), words);
        // Space there still speaks of ticking.
        update(&mut m, Msg::ToggleDone);
        assert_eq!(notice(&m), m.t().not_an_action);
        assert_ne!(m.t().not_an_action, words);
    }
}

#[test]
fn an_empty_roadmap_says_there_is_no_horizon() {
    let m = model(Plan::empty("Vide"), Lang::Fr);
    let text = screen(&m, 80, 24).join("\n");
    assert!(text.contains("Aucun horizon"), "{text}");
    assert!(!text.contains("Aucune action"), "{text}");
    let m = model(Plan::empty("Empty"), Lang::En);
    assert!(screen(&m, 80, 24).join("\n").contains("No horizons"));
}

/// A store whose folder is gone from under it, a file in its place: every save fails.
fn broken_store() -> (tempfile::TempDir, Store, StoreError) {
    let dir = tempfile::tempdir().expect("a folder");
    let folder = dir.path().join("cabinet");
    std::fs::create_dir(&folder).expect("the store's folder");
    let path = folder.join("roadmap.json");
    let mut store = Store::create(&path, &roadmap()).expect("a store");
    std::fs::remove_dir_all(&folder).expect("folder removed");
    std::fs::write(&folder, b"").expect("a file in its place");
    let mut plan = roadmap();
    plan.title = "changée".into();
    let e = store.save(&plan, &[]).expect_err("the save fails");
    (dir, store, e)
}

#[test]
fn a_refused_save_is_said_in_french_and_whole_at_80_columns() {
    let (_dir, _store, e) = broken_store();
    let reason = e.message(Lang::Fr);
    // The system's words translated; none of its English.
    assert!(
        reason.starts_with("un élément du chemin n'est pas un dossier ("),
        "{reason}"
    );
    for english in ["not saved", "Not a directory", "os error"] {
        assert!(!reason.contains(english), "{reason}");
    }
    let mut m = model(roadmap(), Lang::Fr);
    update(&mut m, Msg::Saved(Err(reason.clone())));
    assert_eq!(m.notice.as_ref().map(|n| n.kind), Some(NoticeKind::Error));
    let lines = screen(&m, 80, 24);
    // The bar grew: the reason and the whole path are there, nothing cut.
    let bar: Vec<&String> = lines
        .iter()
        .skip(19)
        .take(4)
        .filter(|l| !l.starts_with(" q quitter") && !l.starts_with('│') && !l.starts_with('└'))
        .collect();
    assert!(bar.len() >= 2, "a one-line bar:\n{}", lines.join("\n"));
    let said: String = bar
        .iter()
        .map(|l| l.replace("Aujourd'hui : 16 sept. 2014", ""))
        .flat_map(|l| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .collect::<Vec<_>>()
        .join(" ");
    let whole = format!("Non enregistré : {reason}").replace('\u{a0}', " ");
    assert!(said.contains(&whole), "{said:?}\n  !=  {whole:?}");
    assert!(!said.contains('…'), "{said}");
    // The screen above keeps its frame: the footer is still the last line.
    assert!(lines[23].starts_with(" q quitter"), "{}", lines[23]);
}

#[test]
fn a_full_disk_and_a_refused_permission_in_the_adviser_s_words() {
    let io = |code| std::io::Error::from_raw_os_error(code);
    let path = std::path::PathBuf::from("/srv/roadmap.json");
    let cases = [
        (1, "permission refusée", "permission denied"),
        (13, "permission refusée", "permission denied"),
        (28, "disque plein", "disk full"),
        (2, "fichier introuvable", "file not found"),
        (30, "disque en lecture seule", "read-only disk"),
        (122, "quota de disque dépassé", "disk quota exceeded"),
    ];
    for (code, fr, en) in cases {
        let e = StoreError::Write {
            path: path.clone(),
            cause: io(code),
        };
        assert_eq!(e.message(Lang::Fr), format!("{fr} (/srv/roadmap.json)"));
        assert_eq!(e.message(Lang::En), format!("{en} (/srv/roadmap.json)"));
    }
}

#[test]
fn a_tick_keeps_its_verb_when_the_title_is_too_long_for_the_bar() {
    let mut m = model(roadmap(), Lang::Fr);
    // The first action of the 100 days, whose title is longer than the bar.
    update(&mut m, Msg::Drill);
    update(&mut m, Msg::Drill);
    update(&mut m, Msg::ToggleDone);
    let said = notice(&m);
    assert!(said.ends_with("» faite"), "{said}");
    let lines = screen(&m, 80, 24);
    let bar = &lines[22];
    // One line: the title shortened inside its guillemets, the verb still there.
    assert!(bar.contains("… » faite"), "{bar}");
    assert!(lines[23].starts_with(" q quitter"), "{}", lines[23]);
}

#[test]
fn a_change_that_no_longer_applies_says_why_in_french() {
    let mut m = model(roadmap(), Lang::Fr);
    update(&mut m, Msg::Drill);
    update(&mut m, Msg::Drill);
    update(&mut m, Msg::ToggleDone);
    // Another instance deleted the action meanwhile (a merge brought its plan in).
    let id = m.plan.actions[0].id.clone();
    let mut theirs = m.plan.clone();
    theirs.actions.retain(|a| a.id != id);
    m.replan(Some(theirs));
    update(&mut m, Msg::Undo);
    assert_eq!(m.notice.as_ref().map(|n| n.kind), Some(NoticeKind::Error));
    let said = notice(&m);
    assert_eq!(
        said,
        format!("{id} n'existe plus\u{a0}: une autre instance l'a supprimé")
    );
}
