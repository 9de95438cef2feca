//! Preparing a trip: its first traveller added on the empty "Composition" section, and a
//! checklist template applied to the trip in view only, twice without duplicates (issue #12,
//! items 2 and 3).

#[path = "support/nav.rs"]
mod nav;

use jalons::app::form::RecordKind;
use jalons::app::{Cmd, Mode, Msg, PickFor, Screen, TripRow, update};
use jalons::domain::DueRef;
use nav::{form, model, notice, select_trip, send, trip_id, trip_row, type_text};
use pretty_assertions::assert_eq;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen_text(model: &jalons::app::Model, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a terminal");
    terminal
        .draw(|frame| jalons::ui::view(model, frame))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..height {
        for x in 0..width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

#[test]
fn a_new_trips_first_traveller_is_added_on_its_empty_composition() {
    let mut model = model("2014-09-16");
    // A new trip: the form has no traveller field.
    send(&mut model, &[Msg::Show(Screen::Trips), Msg::Add]);
    assert_eq!(form(&model).kind, RecordKind::Trip);
    type_text(&mut model, "Lisbonne");
    assert_eq!(
        update(&mut model, Msg::Submit),
        Cmd::Save,
        "{}",
        notice(&model)
    );
    let trip = trip_id(&model).expect("the new trip selected");
    let t = model.review.trip(&model.index).unwrap();
    assert!(model.plan.trips[t].members.is_empty());

    // Its detail ends on the empty section, which says what `a` does there.
    send(&mut model, &[Msg::Drill, Msg::Bottom]);
    assert!(model.review.trips.detail);
    assert_eq!(trip_row(&model), Some(TripRow::NoMembers));
    let shown = screen_text(&model, 120, 40);
    assert!(shown.contains("Composition"), "{shown}");
    assert!(
        shown.contains("Personne d'inscrit · a\u{a0}: ajouter un voyageur"),
        "{shown}"
    );

    // `a` there opens the traveller form, for this trip.
    assert_eq!(update(&mut model, Msg::Add), Cmd::None);
    assert_eq!(form(&model).kind, RecordKind::Member);
    assert_eq!(form(&model).parent.as_deref(), Some(trip.as_str()));
    type_text(&mut model, "Anne Hidalgo");
    assert_eq!(
        update(&mut model, Msg::Submit),
        Cmd::Save,
        "{}",
        notice(&model)
    );
    let t = model.review.trip(&model.index).unwrap();
    let names: Vec<&str> = model.plan.trips[t]
        .members
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, ["Anne Hidalgo"]);
    assert!(matches!(trip_row(&model), Some(TripRow::Member(0))));

    // Undone: nobody again, the section still takes `a`.
    update(&mut model, Msg::Undo);
    assert_eq!(trip_row(&model), Some(TripRow::NoMembers));
    assert_eq!(update(&mut model, Msg::Add), Cmd::None);
    assert_eq!(form(&model).kind, RecordKind::Member);
}

#[test]
fn the_empty_composition_row_is_neither_edited_nor_deleted() {
    let mut model = model("2014-09-16");
    send(&mut model, &[Msg::Show(Screen::Trips), Msg::Add]);
    type_text(&mut model, "Lisbonne");
    update(&mut model, Msg::Submit);
    send(&mut model, &[Msg::Drill, Msg::Bottom]);
    let plan = model.plan.clone();
    for msg in [Msg::Edit, Msg::Delete, Msg::ToggleDone] {
        assert_eq!(update(&mut model, msg.clone()), Cmd::None, "{msg:?}");
        assert_eq!(model.mode, Mode::Browse, "{msg:?} opened something");
    }
    assert_eq!(model.plan, plan);
}

/// The pick `T` opened: the trip it is for, its title, its choices' labels.
fn template_pick(model: &jalons::app::Model) -> (String, String, Vec<String>) {
    let (trip, title, labels, _) = template_pick_about(model);
    (trip, title, labels)
}

/// The same, and what each choice would leave as it is.
fn template_pick_about(model: &jalons::app::Model) -> (String, String, Vec<String>, Vec<String>) {
    let Mode::Pick(pick) = &model.mode else {
        panic!("no template pick: {:?}", model.mode);
    };
    let PickFor::Template { trip } = &pick.purpose else {
        panic!("a pick for {:?}", pick.purpose);
    };
    let jalons::app::form::Value::One { options, .. } = &pick.field.value else {
        panic!("a single choice");
    };
    let labels = options.iter().map(|o| o.label.clone()).collect();
    (trip.clone(), pick.title.clone(), labels, pick.about.clone())
}

#[test]
fn t_acts_on_the_trip_in_view_only() {
    // New York dated: its checklist items fall due on the weekly review.
    let mut plan = jalons::builtin::roadmap();
    let ny = plan.trips.iter_mut().find(|t| t.id == "new-york").unwrap();
    ny.start = Some(nav::day("2014-09-22"));
    ny.end = Some(nav::day("2014-09-25"));
    let mut model = nav::model_on(plan, "2014-09-01");
    // Madrid selected on screen 3, then the weekly review.
    select_trip(&mut model, "madrid");
    send(&mut model, &[Msg::Show(Screen::Deadlines)]);
    // An action selected there: no trip in view, T says so and opens nothing.
    assert!(matches!(
        model.review.deadlines.selected(&model.index),
        Some(DueRef::Action(_))
    ));
    assert_eq!(update(&mut model, Msg::ApplyTemplate), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);
    assert!(
        notice(&model).contains("choisissez d'abord un déplacement"),
        "{}",
        notice(&model)
    );
    // A checklist item selected: its trip (named on the row), not Madrid.
    let row = model
        .review
        .deadlines
        .shown
        .iter()
        .position(|&e| {
            matches!(
                model.index.review.agenda[e].what,
                DueRef::Item { trip, .. } if model.plan.trips[trip].id != "madrid"
            )
        })
        .expect("an item of another trip on the review");
    model.review.deadlines.row = row;
    let Some(DueRef::Item { trip, .. }) = model.review.deadlines.selected(&model.index) else {
        unreachable!()
    };
    let (id, destination) = (
        model.plan.trips[trip].id.clone(),
        model.plan.trips[trip].destination.clone(),
    );
    update(&mut model, Msg::ApplyTemplate);
    let (for_trip, title, _) = template_pick(&model);
    assert_eq!(for_trip, id);
    assert!(title.contains(&destination), "{title}");
    update(&mut model, Msg::Close);

    // On the roadmap nothing is a trip: T says so.
    send(&mut model, &[Msg::Show(Screen::Roadmap)]);
    assert_eq!(update(&mut model, Msg::ApplyTemplate), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);

    // On screen 3, the trip selected there, named in the title with its dates.
    send(&mut model, &[Msg::Show(Screen::Trips), Msg::ApplyTemplate]);
    let (for_trip, title, _) = template_pick(&model);
    assert_eq!(for_trip, "madrid");
    assert_eq!(
        title,
        "Appliquer un modèle à «\u{a0}Madrid\u{a0}» (à programmer)"
    );
}

#[test]
fn a_template_applied_twice_adds_its_items_once_and_names_those_already_there() {
    let mut model = model("2014-09-16");
    select_trip(&mut model, "berlin");
    let t = model.review.trip(&model.index).unwrap();
    let tpl = model
        .plan
        .templates
        .iter()
        .find(|t| t.id == "tpl-sommet-reseau")
        .unwrap()
        .clone();
    let had: Vec<String> = model.plan.trips[t]
        .checklist
        .iter()
        .map(|i| i.label.clone())
        .collect();
    let already: Vec<&str> = tpl
        .items
        .iter()
        .map(|i| i.label.as_str())
        .filter(|l| had.iter().any(|h| h == l))
        .collect();
    let missing = tpl.items.len() - already.len();
    assert!(!already.is_empty() && missing > 0, "Berlin has some of it");

    // The choice says how many the trip lacks and which it has, before anything is added.
    update(&mut model, Msg::ApplyTemplate);
    let (_, _, labels, about) = template_pick_about(&model);
    let expected = format!(
        "Sommet d'un réseau de villes — {missing}\u{a0}points à ajouter sur {}",
        tpl.items.len()
    );
    let at = labels.iter().position(|l| *l == expected);
    let at = at.unwrap_or_else(|| panic!("{labels:?}"));
    let quoted: Vec<String> = already
        .iter()
        .map(|l| format!("«\u{a0}{l}\u{a0}»"))
        .collect();
    let left = if already.len() > 1 {
        "laissés tels"
    } else {
        "laissé tel"
    };
    assert_eq!(
        about[at],
        format!("Déjà là, {left}\u{a0}: {}", quoted.join(", "))
    );

    // An item of the trip ticked before: the template must not replace it.
    let ticked = had
        .iter()
        .position(|l| l == already[0])
        .expect("an item of both");
    model.plan.trips[t].checklist[ticked].done_on = Some(nav::day("2014-09-01"));
    let kept = model.plan.trips[t].checklist[ticked].clone();

    type_text(&mut model, "sommet");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    assert_eq!(
        notice(&model),
        format!(
            "Berlin\u{a0}: {missing}\u{a0}points ajoutés, {} déjà là ({}) — modèle «\u{a0}Sommet d'un réseau de villes\u{a0}»",
            already.len(),
            quoted.join(", ")
        )
    );
    let checklist = &model.plan.trips[t].checklist;
    assert_eq!(checklist.len(), had.len() + missing);
    assert_eq!(checklist[ticked], kept, "an item of the trip was replaced");
    let labels: std::collections::HashSet<&str> =
        checklist.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels.len(), checklist.len(), "a label twice");
    assert!(jalons::domain::validate(&model.plan).is_empty());
    assert_eq!(trip_id(&model).as_deref(), Some("berlin"));

    // Twice: nothing added, nothing changed, and it says so.
    let plan = model.plan.clone();
    update(&mut model, Msg::ApplyTemplate);
    let (_, _, labels) = template_pick(&model);
    assert!(
        labels.contains(&"Sommet d'un réseau de villes — déjà appliqué".to_owned()),
        "{labels:?}"
    );
    type_text(&mut model, "sommet");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);
    assert_eq!(model.plan, plan);
    assert_eq!(
        notice(&model),
        format!(
            "Berlin a déjà les {}\u{a0}points de «\u{a0}Sommet d'un réseau de villes\u{a0}»\u{a0}: rien d'ajouté",
            tpl.items.len()
        )
    );
}
