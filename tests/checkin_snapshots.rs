//! Check-ins and health on screen, at 120×40 and 80×24: the health glyph on each row, the
//! detail's health line and check-ins (newest first), an objective declaring itself rosier
//! than its actions, the check-in form, and the weekly review's "to update" list. Snapshots
//! carry no colour: each state has a glyph of its own; the colours are asserted, and the
//! monochrome theme is checked to keep every glyph with no colour left.

use chrono::NaiveDate;
use jalons::app::{Model, Msg, Screen, update};
use jalons::domain::{CheckIn, Health, Plan, Status, insert_sorted};
use jalons::i18n::Lang;
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

fn checkin(id: &str, on: &str, health: Health, text: &str, due: Option<&str>) -> CheckIn {
    CheckIn {
        id: id.to_owned(),
        on: day(on),
        by: "Camille Martin".to_owned(),
        health,
        text: text.to_owned(),
        due: due.map(day),
    }
}

fn add(plan: &mut Plan, id: &str, checkin: CheckIn) {
    let a = plan.actions.iter_mut().find(|a| a.id == id).expect(id);
    insert_sorted(&mut a.checkins, checkin);
}

/// The UCUE objective (Rome, autumn 2014) as of 3 November 2014: one action at risk, one on
/// track, one never checked in though due within two thresholds, one blocked with an old
/// check-in; the objective itself declared on track.
fn plan() -> Plan {
    let mut plan = jalons::builtin::roadmap();
    let first = "a-ucue-elements-strategiques";
    add(
        &mut plan,
        first,
        checkin(
            "c-1",
            "2014-09-20",
            Health::OnTrack,
            "Premiers éléments rédigés.",
            None,
        ),
    );
    add(
        &mut plan,
        first,
        checkin(
            "c-2",
            "2014-10-28",
            Health::AtRisk,
            "Secrétariat de l'UCUE vu\u{a0}; proposition attendue avant Rome.",
            Some("2014-11-14"),
        ),
    );
    add(
        &mut plan,
        "a-ucue-fonds-structurels",
        checkin(
            "c-3",
            "2014-10-30",
            Health::OnTrack,
            "Note transmise au cabinet.",
            None,
        ),
    );
    let blocked = "a-commission-europeenne";
    add(
        &mut plan,
        blocked,
        checkin("c-4", "2014-08-15", Health::OnTrack, "", None),
    );
    for a in &mut plan.actions {
        if a.id == first {
            a.status = Status::InProgress;
        }
        if a.id == blocked {
            a.status = Status::Blocked;
        }
    }
    let o = plan
        .objectives
        .iter_mut()
        .find(|o| o.id == "o-ucue-rome")
        .expect("the UCUE objective");
    o.checkins = vec![checkin(
        "c-o",
        "2014-11-01",
        Health::OnTrack,
        "Tout avance.",
        None,
    )];
    plan
}

fn model() -> Model {
    Model::new(
        plan(),
        day("2014-11-03"),
        Lang::Fr,
        "~/.local/share/jalons/roadmap.json".into(),
    )
}

fn press(model: &mut Model, msgs: &[Msg]) {
    for msg in msgs {
        update(model, msg.clone());
    }
}

/// The roadmap on the UCUE objective's actions: mi-mandat, its fifth objective.
fn on_ucue_actions() -> Model {
    let mut model = model();
    press(
        &mut model,
        &[
            Msg::Down,
            Msg::Drill,
            Msg::Down,
            Msg::Down,
            Msg::Down,
            Msg::Down,
            Msg::Drill,
        ],
    );
    model
}

fn render(model: &Model, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|f| view(model, f)).expect("drawn");
    terminal
}

/// The first cell holding `symbol` on a row, from the left, after column `from`.
fn cell_of<'b>(buffer: &'b Buffer, symbol: &str, from: u16) -> &'b ratatui::buffer::Cell {
    (0..buffer.area.height)
        .flat_map(|y| (from..buffer.area.width).map(move |x| (x, y)))
        .map(|at| &buffer[at])
        .find(|cell| cell.symbol() == symbol)
        .unwrap_or_else(|| panic!("no {symbol} on screen"))
}

/// The same screen in monochrome: every glyph still there, no colour left.
fn assert_monochrome_keeps_the_glyphs(model: &mut Model, width: u16, height: u16) {
    let colour = render(model, width, height).backend().buffer().clone();
    model.monochrome = true;
    let mono = render(model, width, height).backend().buffer().clone();
    model.monochrome = false;
    let symbols = |b: &Buffer| {
        b.content
            .iter()
            .map(|c| c.symbol().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(symbols(&colour), symbols(&mono));
    assert!(
        mono.content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
}

#[test]
fn actions_show_their_health_and_the_detail_its_check_ins_120x40() {
    let mut model = on_ucue_actions();
    let terminal = render(&model, 120, 40);
    insta::assert_snapshot!(terminal.backend());
    let buffer = terminal.backend().buffer();
    // Each state in its colour, beside its glyph.
    assert_eq!(cell_of(buffer, "△", 30).fg, Color::Yellow);
    assert_eq!(cell_of(buffer, "◉", 30).fg, Color::Green);
    assert_eq!(cell_of(buffer, "⧖", 30).fg, Color::Gray);
    assert_monochrome_keeps_the_glyphs(&mut model, 120, 40);
}

#[test]
fn actions_show_their_health_and_the_detail_its_check_ins_80x24() {
    let mut model = on_ucue_actions();
    insta::assert_snapshot!(render(&model, 80, 24).backend());
    assert_monochrome_keeps_the_glyphs(&mut model, 80, 24);
}

#[test]
fn an_objective_declared_rosier_than_its_actions_is_flagged() {
    let mut model = on_ucue_actions();
    press(&mut model, &[Msg::Back]);
    for (width, height) in [(120, 40), (80, 24)] {
        let terminal = render(&model, width, height);
        insta::assert_snapshot!(
            format!("objective_declared_{width}x{height}"),
            terminal.backend()
        );
        let flag = cell_of(terminal.backend().buffer(), "⚠", width / 2);
        assert_eq!(flag.fg, Color::LightRed, "{width}x{height}");
        assert_monochrome_keeps_the_glyphs(&mut model, width, height);
    }
}

#[test]
fn the_check_in_form_starts_from_the_last_health() {
    let mut model = on_ucue_actions();
    press(&mut model, &[Msg::CheckIn]);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn the_weekly_review_lists_whom_to_call() {
    let mut model = model();
    model.screen = Screen::Deadlines;
    press(&mut model, &[Msg::ToUpdate]);
    for (width, height) in [(120, 40), (80, 24)] {
        insta::assert_snapshot!(
            format!("to_update_{width}x{height}"),
            render(&model, width, height).backend()
        );
        assert_monochrome_keeps_the_glyphs(&mut model, width, height);
    }
    // Back to the deadlines, which say how many there are to update.
    press(&mut model, &[Msg::ToUpdate]);
    let text = format!("{}", render(&model, 80, 24).backend()).replace('\u{a0}', " ");
    assert!(text.contains("r : à mettre à jour ("), "{text}");
}

#[test]
fn the_owner_pick_of_the_list_to_update_offers_its_owners() {
    use jalons::app::Mode;
    use jalons::app::form::Value;
    let mut model = model();
    model.screen = Screen::Deadlines;
    press(&mut model, &[Msg::ToUpdate, Msg::FilterOwner]);
    let Mode::Pick(pick) = &model.mode else {
        panic!("the owner pick is open");
    };
    let Value::One { options, .. } = &pick.field.value else {
        panic!("a choice");
    };
    let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
    // Everyone, then each owner with something to update, in plan order.
    assert_eq!(
        ids,
        ["", "d-ri-francophonie", "d-europe", "d-cabinet-maire"]
    );
    // Narrowed to Europe, the list holds its actions only.
    let europe = ids.iter().position(|&id| id == "d-europe").expect("Europe");
    for _ in 0..europe {
        press(&mut model, &[Msg::FormNext]);
    }
    press(&mut model, &[Msg::Submit]);
    let review = &model.review.deadlines;
    assert_eq!(review.owner.as_deref(), Some("d-europe"));
    assert!(!review.updates.is_empty());
    assert!(
        review
            .updates
            .iter()
            .all(|&(_, a)| model.plan.actions[a].owner == "d-europe")
    );
}
