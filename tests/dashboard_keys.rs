//! The dashboard's keys, through the key table and `update`, without a terminal: `5` and the
//! Tab cycle, `j` / `k` from event to event, `h` / `l` through time, `+` / `-` zoom, `Enter`
//! to the record, `Space` on a deadline; and figures that follow a change.

use chrono::NaiveDate;
use jalons::app::{Cmd, Column, Model, Msg, Screen, msg_for, update};
use jalons::domain::{DueRef, Event, Zoom, step};
use jalons::i18n::Lang;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[path = "support/scheduled_trips.rs"]
mod scheduled_trips;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

fn model(today: &str) -> Model {
    Model::new(scheduled_trips::plan(), day(today), Lang::Fr, "x".into())
}

/// Keys as the runtime feeds them: through the table, then `update`.
fn press(model: &mut Model, keys: &str) -> Cmd {
    let mut cmd = Cmd::None;
    for c in keys.chars() {
        let code = match c {
            '⏎' => KeyCode::Enter,
            '⇥' => KeyCode::Tab,
            c => KeyCode::Char(c),
        };
        let event = KeyEvent::new(code, KeyModifiers::NONE);
        let msg = msg_for(&model.mode, model.screen, event)
            .unwrap_or_else(|| panic!("{c:?} means nothing on {:?}", model.screen));
        cmd = update(model, msg);
    }
    cmd
}

fn selected(model: &Model) -> Option<Event> {
    model.review.dashboard.event(&model.index)
}

fn selected_day(model: &Model) -> Option<NaiveDate> {
    let cursor = model.review.dashboard.cursor()?;
    cursor.day(&model.plan, &model.index.review)
}

#[test]
fn five_opens_the_dashboard_and_tab_cycles_through_it() {
    let mut m = model("2014-09-16");
    press(&mut m, "5");
    assert_eq!(m.screen, Screen::Dashboard);
    press(&mut m, "⇥");
    assert_eq!(
        m.screen,
        Screen::Roadmap,
        "from the last screen back to the first"
    );
    press(&mut m, "4⇥");
    assert_eq!(m.screen, Screen::Dashboard);
}

#[test]
fn it_opens_on_the_first_event_from_today_and_j_k_walk_them_in_order() {
    let mut m = model("2014-09-16");
    press(&mut m, "5");
    let first = selected_day(&m).expect("an event");
    assert!(first >= day("2014-09-16"), "{first}");
    // Every step forward goes no earlier; back returns to where it was.
    let mut days = vec![first];
    for _ in 0..15 {
        press(&mut m, "j");
        days.push(selected_day(&m).expect("dated events ahead"));
    }
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    for _ in 0..15 {
        press(&mut m, "k");
    }
    assert_eq!(selected_day(&m), Some(first));
    // `g` and `G`: the first event of all, the last (a trip still to schedule).
    press(&mut m, "G");
    assert!(matches!(selected(&m), Some(Event::Trip(t)) if m.plan.trips[t].start.is_none()));
    press(&mut m, "g");
    let want = step(&m.plan, &m.index.review, None, isize::MIN);
    assert_eq!(m.review.dashboard.cursor(), want);
}

#[test]
fn the_window_follows_the_selection_and_h_l_move_it_a_window_at_a_time() {
    let mut m = model("2014-09-16");
    press(&mut m, "5+");
    assert_eq!(m.review.dashboard.zoom, Zoom::Year);
    let span = m.review.dashboard.window(&m.plan, m.today);
    assert_eq!(
        (span.start, span.end),
        (day("2014-01-01"), day("2014-12-31"))
    );
    // Walking on into 2015, the window goes with the selection.
    for _ in 0..60 {
        press(&mut m, "j");
        let Some(d) = selected_day(&m) else { break };
        let span = m.review.dashboard.window(&m.plan, m.today);
        assert!(span.contains(d), "{d} out of {span:?}");
    }
    // `l`: next year, the selection on its first event; `h` twice: the year before.
    let mut m = model("2014-09-16");
    press(&mut m, "5+l");
    let span = m.review.dashboard.window(&m.plan, m.today);
    assert_eq!(span.start, day("2015-01-01"));
    let d = selected_day(&m).expect("an event in 2015");
    assert!(span.contains(d), "{d}");
    press(&mut m, "hh");
    let span = m.review.dashboard.window(&m.plan, m.today);
    assert_eq!(span.start, day("2013-01-01"));
}

#[test]
fn plus_and_minus_zoom_from_the_mandate_to_the_month_and_back() {
    let mut m = model("2014-09-16");
    press(&mut m, "5");
    assert_eq!(m.review.dashboard.zoom, Zoom::Mandate);
    press(&mut m, "-");
    assert_eq!(
        m.review.dashboard.zoom,
        Zoom::Mandate,
        "no further than the mandate"
    );
    for zoom in [Zoom::Year, Zoom::Quarter, Zoom::Month, Zoom::Month] {
        press(&mut m, "+");
        assert_eq!(m.review.dashboard.zoom, zoom);
    }
    // Zoomed in around the selected event: its month is in view.
    let d = selected_day(&m).expect("an event");
    assert!(m.review.dashboard.window(&m.plan, m.today).contains(d));
    press(&mut m, "---");
    assert_eq!(m.review.dashboard.zoom, Zoom::Mandate);
}

#[test]
fn enter_goes_to_the_record_where_it_lives() {
    let mut m = model("2014-09-16");
    press(&mut m, "5");
    // To an action's deadline: on the roadmap, selected.
    while !matches!(selected(&m), Some(Event::Due(DueRef::Action(_)))) {
        press(&mut m, "j");
    }
    let Some(Event::Due(DueRef::Action(a))) = selected(&m) else {
        unreachable!()
    };
    press(&mut m, "⏎");
    assert_eq!(m.screen, Screen::Roadmap);
    assert_eq!(m.roadmap.focus, Column::Actions);
    assert_eq!(m.roadmap.action_index(&m.plan, &m.index), Some(a));
    // To a trip: on the trips screen, that trip selected.
    press(&mut m, "5");
    while !matches!(selected(&m), Some(Event::Trip(_))) {
        press(&mut m, "j");
    }
    let Some(Event::Trip(t)) = selected(&m) else {
        unreachable!()
    };
    press(&mut m, "⏎");
    assert_eq!(m.screen, Screen::Trips);
    assert_eq!(m.review.trip(&m.index), Some(t));
    // To a checklist item: in its trip's detail.
    press(&mut m, "5g");
    while !matches!(selected(&m), Some(Event::Due(DueRef::Item { .. }))) {
        press(&mut m, "j");
    }
    let Some(Event::Due(DueRef::Item { trip, .. })) = selected(&m) else {
        unreachable!()
    };
    press(&mut m, "⏎");
    assert_eq!(m.screen, Screen::Trips);
    assert_eq!(m.review.trip(&m.index), Some(trip));
    assert!(m.review.trips.detail);
}

#[test]
fn space_ticks_the_selected_deadline_and_the_figures_follow() {
    let mut m = model("2014-09-16");
    press(&mut m, "5");
    // Madrid's first item due by today and not done.
    let madrid = m
        .plan
        .trips
        .iter()
        .position(|t| t.id == "madrid")
        .expect("Madrid");
    while !matches!(selected(&m), Some(Event::Due(DueRef::Item { trip, .. })) if trip == madrid) {
        press(&mut m, "k");
    }
    let glance = m
        .review
        .dashboard
        .glance(&m.plan, &m.index, m.today)
        .clone();
    let before = glance
        .ahead
        .iter()
        .find(|(t, _)| *t == madrid)
        .expect("Madrid leaves soon")
        .1;
    let Some(Event::Due(what)) = selected(&m) else {
        unreachable!()
    };
    let id = what.id(&m.plan).to_owned();
    assert_eq!(press(&mut m, " "), Cmd::Save);
    let item = m.plan.trips[madrid]
        .checklist
        .iter()
        .find(|i| i.id == id)
        .expect("the item");
    assert_eq!(item.done_on, Some(m.today));
    // The ticked item left the agenda: the selection is on another event, the readiness
    // was counted again.
    assert_ne!(selected(&m), Some(Event::Due(what)));
    assert!(selected(&m).is_some());
    let glance = m.review.dashboard.glance(&m.plan, &m.index, m.today);
    let after = glance
        .ahead
        .iter()
        .find(|(t, _)| *t == madrid)
        .expect("Madrid")
        .1;
    assert_eq!(
        after.due_done,
        before.due_done + 1,
        "{before:?} → {after:?}"
    );
    // Undo brings it back, and the readiness with it.
    press(&mut m, "u");
    let glance = m.review.dashboard.glance(&m.plan, &m.index, m.today);
    let undone = glance
        .ahead
        .iter()
        .find(|(t, _)| *t == madrid)
        .expect("Madrid")
        .1;
    assert_eq!(undone, before);
}

#[test]
fn the_dashboard_keys_are_its_own_and_the_lists_keep_theirs() {
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    let l = KeyEvent::new(KeyCode::Char('l'), KeyModifiers::NONE);
    let h = KeyEvent::new(KeyCode::Char('h'), KeyModifiers::NONE);
    let browse = jalons::app::Mode::Browse;
    assert_eq!(msg_for(&browse, Screen::Dashboard, l), Some(Msg::Later));
    assert_eq!(msg_for(&browse, Screen::Dashboard, h), Some(Msg::Earlier));
    assert_eq!(msg_for(&browse, Screen::Dashboard, enter), Some(Msg::Drill));
    for screen in [
        Screen::Roadmap,
        Screen::Delegations,
        Screen::Trips,
        Screen::Deadlines,
    ] {
        assert_eq!(msg_for(&browse, screen, l), Some(Msg::Drill));
        assert_eq!(msg_for(&browse, screen, h), Some(Msg::Back));
        let plus = KeyEvent::new(KeyCode::Char('+'), KeyModifiers::NONE);
        assert_eq!(msg_for(&browse, screen, plus), None);
    }
}
