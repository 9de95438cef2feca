//! 80×24, the size of a laptop's split screen: every screen reads there. A long title takes
//! more lines where its column is narrow (the four Forum de Paris actions of the COP 21 each
//! read as themselves), Échéances keeps who owns each entry, the trip list keeps its
//! checklist count, and no word on any screen is cut without "…".
//!
//! The last is checked word by word: every word drawn must be one the adviser's data or the
//! interface's French words hold (whole), or end in "…"; a word cut by a border or a wrap
//! is not among them.

#[path = "support/literals.rs"]
mod literals;
#[path = "support/pty.rs"]
mod pty;

use std::collections::HashSet;

use chrono::NaiveDate;
use jalons::app::{Column, Model, Msg, Screen, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

/// The built-in roadmap with New York and Madrid dated, on 1 September 2014.
fn model() -> Model {
    let mut plan = roadmap();
    for (id, start, end) in [
        ("new-york", "2014-09-22", "2014-09-25"),
        ("madrid", "2014-10-06", "2014-10-07"),
    ] {
        let trip = plan.trips.iter_mut().find(|t| t.id == id).expect("a trip");
        trip.start = Some(day(start));
        trip.end = Some(day(end));
    }
    Model::new(
        plan,
        day("2014-09-01"),
        Lang::Fr,
        "~/.local/share/jalons/roadmap.json".into(),
    )
}

fn press(model: &mut Model, msgs: &[Msg]) {
    for msg in msgs {
        update(model, msg.clone());
    }
}

fn render(model: &Model) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a terminal");
    terminal.draw(|f| view(model, f)).expect("drawn");
    terminal
}

fn lines(model: &Model) -> Vec<String> {
    let terminal = render(model);
    terminal
        .backend()
        .buffer()
        .content
        .chunks(80)
        .map(|row| row.iter().map(ratatui::buffer::Cell::symbol).collect())
        .collect()
}

/// The roadmap on the COP 21 objective's actions (mi-mandat, its third objective).
fn cop21(model: &mut Model) {
    press(model, &[Msg::Show(Screen::Roadmap), Msg::Down, Msg::Drill]);
    let plan = &model.plan;
    let o = model
        .roadmap
        .objective_index(plan, &model.index)
        .expect("an objective");
    let h = model.roadmap.horizon_index(plan).expect("a horizon");
    let row = model.index.objectives_of[h]
        .iter()
        .position(|&x| plan.objectives[x].title.starts_with("Faire de la COP 21"))
        .expect("the COP 21 objective");
    let _ = o;
    for _ in 0..row {
        press(model, &[Msg::Down]);
    }
    press(model, &[Msg::Drill]);
    assert_eq!(model.roadmap.focus, Column::Actions);
}

/// Every state drawn at 80×24 that the test reads: the four screens, lists and details.
fn screens() -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut m = model();
    let mut snap = |name: &str, m: &Model| out.push((name.to_owned(), lines(m)));
    snap("roadmap, horizons", &m);
    press(&mut m, &[Msg::Drill]);
    snap("roadmap, objectives", &m);
    press(&mut m, &[Msg::Drill]);
    snap("roadmap, actions", &m);
    press(&mut m, &[Msg::Drill]);
    snap("roadmap, owner", &m);
    let mut c = model();
    cop21(&mut c);
    snap("roadmap, COP 21", &c);
    press(&mut c, &[Msg::Bottom]);
    snap("roadmap, COP 21, last action", &c);
    for screen in [Screen::Delegations, Screen::Trips, Screen::Deadlines] {
        let mut m = model();
        press(&mut m, &[Msg::Show(screen)]);
        snap(&format!("{screen:?}"), &m);
        press(&mut m, &[Msg::Drill]);
        snap(&format!("{screen:?}, detail"), &m);
        press(&mut m, &[Msg::Bottom]);
        snap(&format!("{screen:?}, detail, last row"), &m);
        press(&mut m, &[Msg::Back, Msg::Bottom]);
        snap(&format!("{screen:?}, last row"), &m);
    }
    let mut m = model();
    press(
        &mut m,
        &[Msg::Show(Screen::Trips), Msg::Drill, Msg::ToggleDone],
    );
    snap("a tick's notice", &m);
    out
}

/// The words the adviser's data and the French interface hold, lower-cased: every string of
/// the plan and every literal of the French catalogues, split at what is not a letter or a
/// digit.
fn vocabulary() -> HashSet<String> {
    fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    strings(
        &serde_json::to_value(roadmap()).expect("the plan as JSON"),
        &mut texts,
    );
    for (_, source) in literals::FRENCH {
        texts.extend(literals::literals(source).into_iter().map(|(_, l)| l));
    }
    texts.push("jalons ~/.local/share/jalons/roadmap.json".into());
    texts
        .iter()
        .flat_map(|t| words(t).into_iter().map(|(w, _)| w.to_lowercase()))
        .collect()
}

/// The words of `line`: runs of letters and digits, each with the character after it.
fn words(line: &str) -> Vec<(String, Option<char>)> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in line.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            out.push((std::mem::take(&mut word), Some(c)));
        }
    }
    if !word.is_empty() {
        out.push((word, None));
    }
    out
}

/// A word drawn whole: in the vocabulary, maybe with an agreement's ending ("faite",
/// "points"), or a figure (counts, dates), or one letter (a key, "j" for days).
fn whole(word: &str, vocabulary: &HashSet<String>) -> bool {
    let w = word.to_lowercase();
    if w.chars().count() == 1 || w.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    vocabulary.contains(&w)
        || ["s", "e", "es"]
            .iter()
            .any(|end| w.strip_suffix(end).is_some_and(|s| vocabulary.contains(s)))
}

/// Months as a date abbreviates them: a year after one is a date's.
const MONTHS: [&str; 12] = [
    "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
];

/// The words cut without "…" on a screen: neither whole nor followed by the mark.
fn cut_words(screen: &[String], vocabulary: &HashSet<String>) -> Vec<String> {
    let mut cut = Vec::new();
    for line in screen {
        let mut previous = String::new();
        for (word, next) in words(line) {
            let marked = next == Some('…');
            // A date's year that runs into a border may have lost its end ("201" for 2014).
            let year_cut = matches!(next, Some('│' | '┐' | '┘') | None)
                && word.len() < 4
                && word.chars().all(|c| c.is_ascii_digit())
                && MONTHS.contains(&previous.as_str());
            if !marked && (!whole(&word, vocabulary) || year_cut) {
                cut.push(format!("{word:?} in {line:?}"));
            }
            previous = word;
        }
    }
    cut
}

#[test]
fn no_word_is_cut_without_an_ellipsis_at_80x24() {
    let vocabulary = vocabulary();
    let mut found = Vec::new();
    for (name, screen) in screens() {
        for cut in cut_words(&screen, &vocabulary) {
            found.push(format!("{name}: {cut}"));
        }
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}

#[test]
fn the_checker_sees_a_cut_word() {
    // What the screens used to show: a year cut by the border, a title cut by a column.
    let vocabulary = vocabulary();
    let screen = [
        "│Dates : 22–25 sept. 201│".to_owned(),
        "│  Forum de Paris : ini│".to_owned(),
        "│  Forum de Paris : ini…│".to_owned(),
    ];
    let cut = cut_words(&screen, &vocabulary);
    assert_eq!(cut.len(), 2, "{cut:?}");
}

/// The four Forum de Paris actions, each read as itself: their first lines at 80×24 differ
/// from one another and say what the action does, not only "Forum de Paris".
#[test]
fn the_cop21_actions_read_at_80x24() {
    let mut m = model();
    cop21(&mut m);
    let screen = lines(&m).join("\n");
    for words in [
        "initier une",
        "proposer un",
        "mobiliser la",
        "Tenir un Forum",
    ] {
        assert!(screen.contains(words), "{words:?} not on screen:\n{screen}");
    }
    insta::assert_snapshot!("cop21_actions_80x24", render(&m).backend());
}

#[test]
fn the_deadlines_keep_their_owner_and_the_trips_their_checklist_at_80x24() {
    let mut m = model();
    press(&mut m, &[Msg::Show(Screen::Deadlines)]);
    let screen = lines(&m).join("\n");
    assert!(screen.contains("P.\u{a0}Klugman"), "{screen}");
    press(&mut m, &[Msg::Show(Screen::Trips)]);
    let screen = lines(&m).join("\n");
    // New York: "22–25 sept. · 0/11 ⚠ 7", the count and its late items whole.
    assert!(screen.contains("0/11 ⚠ 7"), "{screen}");
}

/// `jalons list actions` on an 80-column terminal: no line wider than the terminal, and
/// every title whole — under its row, across the width — instead of cut to five letters.
#[test]
fn list_actions_gives_the_titles_the_room_at_80_columns() {
    let dir = tempfile::tempdir().expect("a folder");
    let store = dir.path().join("roadmap.json");
    jalons::store::Store::create(&store, &roadmap()).expect("a store");
    let mut cmd = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_jalons"));
    cmd.arg("--store");
    cmd.arg(&store);
    cmd.args(["--today", "2014-09-16", "--lang", "fr", "list", "actions"]);
    cmd.env("HOME", dir.path());
    cmd.env_remove("COLUMNS");
    let mut pty = pty::Pty::spawn(cmd, 80, 400);
    assert!(pty.wait_exit(pty::PATIENCE).success(), "{}", pty.dump());
    let out = String::from_utf8_lossy(&pty.raw()).replace('\r', "");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() > 37, "{out}");
    for line in &lines {
        assert!(
            unicode_width::UnicodeWidthStr::width(*line) <= 80,
            "wider than the terminal: {line:?}"
        );
    }
    // The lines under each row, joined: they hold its title, every word of it.
    let said: Vec<String> = {
        let mut groups = Vec::new();
        let mut group = Vec::new();
        for line in &lines {
            if line.starts_with("    ") && !line[4..].starts_with(' ') {
                group.push(line.trim());
            } else if !group.is_empty() {
                groups.push(group.join(" "));
                group.clear();
            }
        }
        groups.push(group.join(" "));
        groups.iter().map(|g| plain(g)).collect()
    };
    for action in &roadmap().actions {
        let title = plain(&action.title);
        assert!(
            said.contains(&title),
            "{title:?} not whole under its row:\n{out}"
        );
    }
    assert!(!out.contains('…'), "{out}");
}

/// Text with its spaces, breaking or not, as single plain spaces.
fn plain(text: &str) -> String {
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
