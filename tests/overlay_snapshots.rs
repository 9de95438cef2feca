//! The overlays as an adviser sees them, over the screen they open on, at 80×24 and 100×30 on
//! 16 September 2014: the forms, the question before a delete, the pick lists, the search, the
//! filter, the status bar under a filter; and the monochrome theme, checked cell by cell.

use chrono::NaiveDate;
use jalons::app::{Mode, Model, Msg, Screen, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};
use rstest::rstest;

fn model() -> Model {
    let today = NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date");
    Model::new(roadmap(), today, Lang::Fr, "~/roadmap.json".into())
}

fn render(model: &Model, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|f| view(model, f)).expect("drawn");
    terminal
}

fn send(model: &mut Model, msgs: &[Msg]) {
    for msg in msgs {
        update(model, msg.clone());
    }
}

fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        update(
            model,
            Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
}

/// The model with an overlay open, as `name` says.
fn overlay(name: &str) -> Model {
    let mut model = model();
    match name {
        "new_action" => send(&mut model, &[Msg::Drill, Msg::Drill, Msg::Add]),
        "new_action_bad_date" => {
            send(&mut model, &[Msg::Drill, Msg::Drill, Msg::Add]);
            type_text(&mut model, "Rencontrer le maire de Lisbonne");
            send(&mut model, &[Msg::FormNext]);
            type_text(&mut model, "sanch");
            send(&mut model, &[Msg::FormNext]);
            type_text(&mut model, "31/02/2014");
            send(&mut model, &[Msg::Submit]);
        }
        "edit_action" => send(&mut model, &[Msg::Drill, Msg::Drill, Msg::Edit]),
        "delete_objective" => send(
            &mut model,
            &[Msg::Drill, Msg::Down, Msg::Down, Msg::Down, Msg::Delete],
        ),
        "reassign_pick" => send(
            &mut model,
            &[Msg::Show(Screen::Delegations), Msg::Down, Msg::Delete],
        ),
        "template_pick" => send(&mut model, &[Msg::Show(Screen::Trips), Msg::ApplyTemplate]),
        "search_buca" => {
            send(&mut model, &[Msg::Search]);
            type_text(&mut model, "buca");
        }
        "filter_form" => {
            send(&mut model, &[Msg::Filter]);
            type_text(&mut model, "sanch");
        }
        "filtered_roadmap" => {
            send(&mut model, &[Msg::Filter]);
            type_text(&mut model, "sanch");
            send(&mut model, &[Msg::FormNext, Msg::FormNext, Msg::FormNext]);
            type_text(&mut model, "oui");
            send(&mut model, &[Msg::Submit, Msg::Drill, Msg::Drill]);
        }
        "conflicts" => {
            // Another instance changed the same title and status: the save merged, and `C`.
            let base = roadmap();
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            ours.actions[0].title = "Concertation : titre de l'adjoint".into();
            ours.actions[0].status = jalons::domain::Status::InProgress;
            theirs.actions[0].title =
                "Concertation avec les délégations (titre du collègue)".into();
            theirs.actions[0].status = jalons::domain::Status::Blocked;
            theirs.actions[1].owner = "d-europe".into();
            ours.actions[1].owner = "d-numerique".into();
            let mut merged = jalons::merge::merge3(&base, &ours, &theirs);
            // As a sync names them, from the journal of the commits it received.
            merged.conflicts[0].by = Some("Bruno".into());
            model.plan = ours;
            let report = jalons::app::SaveReport {
                at: "10:42".into(),
                ops: usize::MAX,
                merged: Some(Box::new(merged.plan)),
                conflicts: merged.conflicts,
            };
            send(&mut model, &[Msg::Saved(Ok(report)), Msg::Conflicts]);
        }
        other => panic!("no overlay {other}"),
    }
    model
}

#[rstest]
fn overlays(
    #[values(
        "new_action",
        "new_action_bad_date",
        "edit_action",
        "delete_objective",
        "reassign_pick",
        "template_pick",
        "search_buca",
        "filter_form",
        "filtered_roadmap",
        "conflicts"
    )]
    name: &str,
    #[values((80, 24), (100, 30))] size: (u16, u16),
) {
    let model = overlay(name);
    let expected_mode = match name {
        "filtered_roadmap" => matches!(model.mode, Mode::Browse),
        "delete_objective" => matches!(model.mode, Mode::Confirm(_)),
        "reassign_pick" | "template_pick" => matches!(model.mode, Mode::Pick(_)),
        "search_buca" => matches!(model.mode, Mode::Search(_)),
        "filter_form" => matches!(model.mode, Mode::Filter(_)),
        "conflicts" => matches!(model.mode, Mode::Conflicts { .. }),
        _ => matches!(model.mode, Mode::Form(_)),
    };
    assert!(expected_mode, "{name}: {:?}", model.mode);
    let (width, height) = size;
    insta::assert_snapshot!(
        format!("{name}_{width}x{height}"),
        render(&model, width, height).backend()
    );
}

/// Every text a frame shows, joined.
fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    buffer
        .content
        .chunks(width)
        .map(|row| {
            row.iter()
                .map(ratatui::buffer::Cell::symbol)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_bad_date_error_is_shown_beside_the_field() {
    let model = overlay("new_action_bad_date");
    let shown = screen_text(&render(&model, 100, 30));
    assert!(shown.contains("31/02/2014"), "{shown}");
    assert!(
        shown.contains("⚠"),
        "the error carries the late glyph: {shown}"
    );
}

#[test]
fn the_status_bar_names_the_filter() {
    let model = overlay("filtered_roadmap");
    let terminal = render(&model, 100, 30);
    let buffer = terminal.backend().buffer();
    // The status bar's first line: the one with the filter's badge (the notice may wrap).
    let status: String = (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .find(|line| line.contains('⧩'))
        .unwrap_or_default();
    assert!(
        status.contains("⧩ Filtre\u{a0}: Hermano Sanches Ruivo"),
        "{status:?}"
    );
    assert!(status.contains("en retard"), "{status:?}");
}

#[rstest]
fn monochrome_has_no_colour_and_shows_the_selection_in_reverse(
    #[values(
        "roadmap",
        "new_action",
        "search_buca",
        "delete_objective",
        "filtered_roadmap"
    )]
    name: &str,
) {
    let mut model = if name == "roadmap" {
        let mut model = model();
        send(&mut model, &[Msg::Drill, Msg::Drill]);
        model
    } else {
        overlay(name)
    };
    model.monochrome = true;
    let terminal = render(&model, 100, 30);
    let buffer = terminal.backend().buffer();
    for (i, cell) in buffer.content.iter().enumerate() {
        assert!(
            cell.fg == Color::Reset && cell.bg == Color::Reset,
            "{name}: cell {i} ({:?}) has colour {:?} on {:?}",
            cell.symbol(),
            cell.fg,
            cell.bg
        );
    }
    // Every selected row (marked ▶) is in reverse video, the overlay's across its width.
    let width = usize::from(buffer.area.width);
    let marks: Vec<usize> = (0..buffer.content.len())
        .filter(|&i| buffer.content[i].symbol() == "▶")
        .collect();
    assert!(!marks.is_empty(), "{name}: no selected row");
    let mut widest = 0;
    for &at in &marks {
        assert!(
            buffer.content[at].modifier.contains(Modifier::REVERSED),
            "{name}: a selected row is not reversed"
        );
        let row_end = (at / width + 1) * width;
        let reversed = buffer.content[at..row_end]
            .iter()
            .take_while(|c| c.symbol() != "│")
            .filter(|c| c.modifier.contains(Modifier::REVERSED))
            .count();
        widest = widest.max(reversed);
    }
    assert!(
        widest > 10,
        "{name}: only {widest} cells of the selected row reversed"
    );
}

#[test]
fn the_monochrome_frame_reads_the_same_as_the_colour_one() {
    for name in ["new_action_bad_date", "reassign_pick", "filtered_roadmap"] {
        let mut model = overlay(name);
        let colour = screen_text(&render(&model, 80, 24));
        model.monochrome = true;
        assert_eq!(screen_text(&render(&model, 80, 24)), colour, "{name}");
    }
}

/// A new action's due date typed without a year, before Enter: the field says how it reads.
fn typing_a_due_date(typed: &str) -> Model {
    let mut model = model();
    send(&mut model, &[Msg::Drill, Msg::Drill, Msg::Add]);
    type_text(&mut model, "Rencontrer le maire de Lisbonne");
    send(&mut model, &[Msg::FormNext, Msg::FormNext]);
    type_text(&mut model, typed);
    model
}

#[rstest]
#[case::at_80x24(80, 24)]
#[case::at_100x30(100, 30)]
fn a_date_field_shows_live_how_it_reads(#[case] width: u16, #[case] height: u16) {
    // 14 July typed on 16 September 2014 is next year's.
    let model = typing_a_due_date("14/07");
    let terminal = render(&model, width, height);
    let shown = screen_text(&terminal);
    assert!(
        shown.contains("→ mar.\u{a0}14\u{a0}juil.\u{a0}2015"),
        "{shown}"
    );
    insta::assert_snapshot!(format!("date_preview_{width}x{height}"), terminal.backend());
}

#[test]
fn the_live_reading_follows_each_key() {
    let mut model = typing_a_due_date("14/01");
    let shown = screen_text(&render(&model, 100, 30));
    assert!(
        shown.contains("→ mer.\u{a0}14\u{a0}janv.\u{a0}2015"),
        "{shown}"
    );
    // One more key makes it a full date of this year, read at once.
    type_text(&mut model, "/2014");
    let shown = screen_text(&render(&model, 100, 30));
    assert!(
        shown.contains("→ mar.\u{a0}14\u{a0}janv.\u{a0}2014"),
        "{shown}"
    );
    type_text(&mut model, "x");
    let shown = screen_text(&render(&model, 100, 30));
    // "→ ?" as the interface sets it: the sign held to the arrow by a non-breaking space.
    assert!(shown.contains("→\u{a0}?"), "{shown}");
}

/// The history overlay (`H`) on the selected action, with entries as the runtime would
/// inject them from git's log, and when the store is not shared through git.
#[rstest]
#[case::entries("history", true)]
#[case::not_shared("history_not_shared", false)]
fn history_overlay(#[case] name: &str, #[case] shared: bool) {
    use jalons::app::Cmd;
    use jalons::sync::history::Entry;
    let mut model = model();
    send(&mut model, &[Msg::Drill, Msg::Drill]);
    let Cmd::History(id) = update(&mut model, Msg::History) else {
        panic!("H asks the runtime for the history: {:?}", model.mode);
    };
    let entry = |commit: &str, author: &str, date: &str, change: &str| Entry {
        commit: commit.into(),
        author: author.into(),
        date: date.into(),
        change: change.into(),
    };
    let entries = vec![
        entry(
            "3c1f2aa",
            "Bruno Julliard",
            "2014-09-18T15:00:00+02:00",
            "status: done 2014-09-16 → todo",
        ),
        entry(
            "9e8d7c6",
            "Anne Hidalgo",
            "2014-09-16T10:42:00+02:00",
            "status: todo → done 2014-09-16",
        ),
        entry(
            "1a2b3c4",
            "Anne Hidalgo",
            "2014-09-15T09:00:00+02:00",
            "due: — → 2014-10-01",
        ),
    ];
    let outcome = Ok(shared.then_some(entries));
    send(&mut model, &[Msg::HistoryLoaded(id, outcome)]);
    assert!(
        matches!(model.mode, Mode::History { .. }),
        "{:?}",
        model.mode
    );
    insta::assert_snapshot!(format!("{name}_80x24"), render(&model, 80, 24).backend());
}
