//! Finding and filtering through the app, without a terminal: `/` and a few letters, Enter to
//! go there, `n` / `N` for the other results; `f` to narrow the lists of every screen, `F` to
//! see everything again, the progress figures staying those of the whole plan.

use chrono::NaiveDate;
use jalons::app::form::FieldName;
use jalons::app::{Cmd, Column, Mode, Model, Msg, Screen, TripRow, trip_rows, update};
use jalons::builtin;
use jalons::domain::{DueRef, Filter, PlanIndex, Status, StatusFilter, is_late, part};
use jalons::fold::fold;
use jalons::i18n::Lang;
use jalons::search::{Hit, Target, field_text};
use pretty_assertions::assert_eq;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rstest::rstest;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

fn model(today: &str) -> Model {
    Model::new(builtin::roadmap(), day(today), Lang::Fr, "x".into())
}

fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        let modifiers = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        update(
            model,
            Msg::Input(KeyEvent::new(KeyCode::Char(c), modifiers)),
        );
    }
}

fn hits(model: &Model) -> Vec<Hit> {
    match &model.mode {
        Mode::Search(search) => search.hits.clone(),
        other => panic!("not searching: {other:?}"),
    }
}

fn text(model: &Model, hit: &Hit) -> String {
    field_text(&model.plan, hit.target, hit.field)
        .expect("the hit's text")
        .to_owned()
}

/// `/` then `query`, typed key by key; the results.
fn search(model: &mut Model, query: &str) -> Vec<Hit> {
    assert_eq!(update(model, Msg::Search), Cmd::None);
    type_text(model, query);
    hits(model)
}

/// Whether the record a result names is the one selected, on the screen it lives on.
fn shown(model: &Model, target: Target) -> bool {
    let (plan, index) = (&model.plan, &model.index);
    let nav = &model.roadmap;
    let trips = &model.review.trips;
    let trip_row = |t: usize| model.review.trip(index) == Some(t);
    let detail_row = |t: usize, row: TripRow| {
        trip_row(t) && trips.detail && trip_rows(plan, index, t).get(trips.item) == Some(&row)
    };
    match target {
        Target::Action(a) => {
            model.screen == Screen::Roadmap
                && nav.focus == Column::Actions
                && nav.action_index(plan, index) == Some(a)
        }
        Target::Objective(o) => {
            model.screen == Screen::Roadmap
                && nav.focus == Column::Objectives
                && nav.objective_index(plan, index) == Some(o)
        }
        Target::Horizon(h) => {
            model.screen == Screen::Roadmap
                && nav.focus == Column::Horizons
                && nav.horizon_index(plan) == Some(h)
        }
        Target::Trip(t) => model.screen == Screen::Trips && trip_row(t) && !trips.detail,
        Target::Item { trip, item } => {
            model.screen == Screen::Trips && detail_row(trip, TripRow::Item(item))
        }
        Target::Member { trip, member } => {
            model.screen == Screen::Trips && detail_row(trip, TripRow::Member(member))
        }
        Target::Delegation(d) => {
            model.screen == Screen::Delegations && model.review.delegations.row == d
        }
        Target::Template(_) => false,
    }
}

#[test]
fn buca_lists_the_bucarest_records_first() {
    let mut model = model("2014-05-16");
    let hits = search(&mut model, "buca");
    assert!(hits.len() >= 2, "{hits:?}");
    let about: Vec<bool> = hits
        .iter()
        .map(|h| fold(&text(&model, h)).contains("bucarest"))
        .collect();
    assert!(about[0], "first: {:?}", text(&model, &hits[0]));
    // Every record that says "Bucarest" before any that only matches the letters.
    let first_other = about.iter().position(|b| !b).unwrap_or(about.len());
    assert!(
        about[first_other..].iter().all(|b| !b),
        "a Bucarest record after another: {about:?}"
    );
    // The trip itself is among them.
    let trip = model
        .plan
        .trips
        .iter()
        .position(|t| t.id == "bucarest")
        .unwrap();
    assert!(
        hits[..first_other]
            .iter()
            .any(|h| h.target == Target::Trip(trip))
    );
}

#[rstest]
#[case::whole_word("bucarest")]
#[case::capitals("BUCAREST")]
#[case::accented("Bucarést")]
fn case_and_accents_do_not_matter(#[case] query: &str) {
    let mut model = model("2014-05-16");
    let hits = search(&mut model, query);
    assert!(!hits.is_empty(), "nothing for {query:?}");
    assert!(fold(&text(&model, &hits[0])).contains("bucarest"));
}

#[test]
fn a_plural_finds_the_singular() {
    let mut model = model("2014-05-16");
    let hits = search(&mut model, "roms");
    assert!(!hits.is_empty(), "nothing for « roms »");
    assert!(
        hits.iter().any(|h| text(&model, h).contains("Rom")),
        "{hits:?}"
    );
}

#[test]
fn enter_jumps_to_the_record_and_n_cycles_the_results() {
    let mut model = model("2014-05-16");
    let hits = search(&mut model, "buca");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);
    assert!(
        shown(&model, hits[0].target),
        "{:?} not shown: {:?} {:?}",
        hits[0].target,
        model.screen,
        model.roadmap
    );

    // `n` and `N` after closing: the next and previous results, wrapping.
    let n = hits.len();
    for (i, hit) in hits.iter().enumerate().skip(1) {
        update(&mut model, Msg::SearchNext);
        assert!(shown(&model, hit.target), "result {i}: {:?}", hit.target);
        let notice = model.notice.as_ref().map(|n| n.text.clone()).unwrap();
        assert_eq!(notice, format!("/buca · {}/{n}", i + 1));
    }
    update(&mut model, Msg::SearchNext);
    assert!(shown(&model, hits[0].target), "wraps to the first");
    update(&mut model, Msg::SearchPrev);
    assert!(shown(&model, hits[n - 1].target), "back to the last");
    update(&mut model, Msg::SearchPrev);
    assert!(shown(&model, hits[n - 2].target));
}

#[test]
fn a_result_below_the_first_is_reached_with_down() {
    let mut model = model("2014-05-16");
    let hits = search(&mut model, "buca");
    update(&mut model, Msg::Down);
    update(&mut model, Msg::Submit);
    assert!(shown(&model, hits[1].target));
}

#[test]
fn every_kind_of_result_is_reached() {
    // A checklist item, a member, a delegation, an objective, a horizon.
    let mut model = model("2014-05-16");
    for query in [
        "ambassade",
        "Klugman",
        "Hermano",
        "COP 21",
        "mi-mandat",
        "recueillement",
    ] {
        let hits = search(&mut model, query);
        update(&mut model, Msg::Close);
        assert!(!hits.is_empty(), "nothing for {query:?}");
        for (row, hit) in hits.iter().enumerate().take(6) {
            // The same search again (the plan has not changed: same results), that row.
            update(&mut model, Msg::Search);
            update(&mut model, Msg::Paste(query.to_owned()));
            for _ in 0..row {
                update(&mut model, Msg::Down);
            }
            update(&mut model, Msg::Submit);
            if !matches!(hit.target, Target::Template(_)) {
                assert!(shown(&model, hit.target), "{query:?} result {row}: {hit:?}");
            }
        }
    }
}

#[test]
fn n_before_any_search_says_so_and_esc_forgets_nothing() {
    let mut model = model("2014-05-16");
    update(&mut model, Msg::SearchNext);
    assert_eq!(
        model.notice.as_ref().map(|n| n.text.as_str()),
        Some("Pas encore de recherche\u{a0}: / pour chercher")
    );
    search(&mut model, "buca");
    assert_eq!(update(&mut model, Msg::Close), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);
    assert_eq!(model.screen, Screen::Roadmap, "Esc goes nowhere");
}

#[test]
fn a_tick_keeps_a_search_s_results_and_a_deletion_drops_them() {
    let mut model = model("2014-05-16");
    search(&mut model, "buca");
    update(&mut model, Msg::Submit);
    // A tick moves no record: `n` still goes where the results say.
    update(&mut model, Msg::ToggleDone);
    assert!(model.last_search.is_some(), "a tick dropped the results");
    update(&mut model, Msg::Delete);
    update(&mut model, Msg::Yes);
    assert!(model.last_search.is_none(), "stale positions kept");
}

/// Opens the filter form, types into each field named, and applies it.
fn filter(model: &mut Model, typed: &[(FieldName, &str)]) {
    assert_eq!(update(model, Msg::Filter), Cmd::None);
    for (name, text) in typed {
        let Mode::Filter(form) = &model.mode else {
            panic!("no filter form: {:?}", model.mode);
        };
        let at = form
            .fields
            .iter()
            .position(|f| f.name == *name)
            .expect("the field");
        for _ in 0..(at + form.fields.len() - form.focus) % form.fields.len() {
            update(model, Msg::FormNext);
        }
        // `→` moves on to the next option matching what was typed.
        for part in text.split('→') {
            type_text(model, part);
        }
        let arrows = text.matches('→').count();
        for _ in 0..arrows {
            update(
                model,
                Msg::Input(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE)),
            );
        }
    }
    assert_eq!(
        update(model, Msg::Submit),
        Cmd::None,
        "a filter saves nothing"
    );
    assert_eq!(model.mode, Mode::Browse);
}

/// Every action the roadmap's columns show.
fn roadmap_actions(model: &Model) -> Vec<usize> {
    let index = &model.index;
    (0..model.plan.horizons.len())
        .flat_map(|h| index.objectives_of[h].iter())
        .flat_map(|&o| index.actions_of[o].iter().copied())
        .collect()
}

/// The records each list of each screen shows, to compare with what the filter keeps.
fn agenda(model: &Model) -> Vec<DueRef> {
    let index = &model.index;
    model
        .review
        .deadlines
        .shown
        .iter()
        .map(|&e| index.review.agenda[e].what)
        .collect()
}

fn owned(model: &Model) -> Vec<(usize, DueRef)> {
    let owned = &model.index.review.owned;
    (0..owned.len())
        .flat_map(|d| (0..owned[d].len()).map(move |r| (d, owned[d].get(r).unwrap())))
        .collect()
}

/// Progress and load figures, which a filter never changes.
fn figures(index: &PlanIndex) -> impl PartialEq + std::fmt::Debug {
    (
        index.horizon_progress.clone(),
        index.objective_progress.clone(),
        index.carry.clone(),
        index.trip_checklist.clone(),
        index.delegation_by_horizon.clone(),
    )
}

fn assert_unfiltered(model: &Model) {
    assert_eq!(
        model.index,
        PlanIndex::build(&model.plan, model.today),
        "the index is not that of the whole plan"
    );
}

#[test]
fn the_owner_filter_narrows_every_list() {
    let mut model = model("2014-09-16");
    let whole = model.index.clone();
    let everything = (roadmap_actions(&model), agenda(&model), owned(&model));
    filter(&mut model, &[(FieldName::Owner, "sanch")]);
    assert_eq!(
        model.filter,
        Filter {
            owner: Some("d-europe".into()),
            ..Filter::default()
        }
    );
    let plan = &model.plan;
    // The owner filter keeps what Europe owns, not what it only contributes to.
    let concerns = |a: usize| plan.actions[a].owner == "d-europe";
    let item_owner = |what: DueRef| match what {
        DueRef::Item { trip, item } => plan.trips[trip].checklist[item].owner.clone(),
        DueRef::Action(_) => None,
    };

    // The roadmap: exactly the actions Europe owns, under their objectives.
    let mut shown = roadmap_actions(&model);
    shown.sort_unstable();
    let expected: Vec<usize> = (0..plan.actions.len()).filter(|&a| concerns(a)).collect();
    assert_eq!(shown, expected);
    assert_eq!(shown.len(), 7);
    for h in 0..plan.horizons.len() {
        for &o in &model.index.objectives_of[h] {
            assert!(
                !model.index.actions_of[o].is_empty(),
                "an empty objective shown"
            );
        }
    }

    // Échéances: Europe's actions and its own checklist items.
    let agenda = agenda(&model);
    assert!(!agenda.is_empty() && agenda.len() < everything.1.len());
    for what in &agenda {
        match *what {
            DueRef::Action(a) => assert!(concerns(a), "{}", plan.actions[a].id),
            item @ DueRef::Item { .. } => {
                assert_eq!(item_owner(item).as_deref(), Some("d-europe"));
            }
        }
    }

    // Délégations: what each owns, narrowed the same way.
    let owned = owned(&model);
    assert!(owned.len() < everything.2.len());
    for (d, what) in &owned {
        match *what {
            DueRef::Action(a) => {
                // Its own actions, or (listed apart) those it contributes to.
                assert!(part(&plan.actions[a], &plan.delegations[*d].id).is_some());
                assert!(concerns(a));
            }
            item @ DueRef::Item { .. } => {
                assert_eq!(item_owner(item).as_deref(), Some("d-europe"));
            }
        }
    }
    let europe = plan
        .delegations
        .iter()
        .position(|d| d.id == "d-europe")
        .unwrap();
    assert_eq!(model.index.review.owned[europe].len(), 7 + 15);

    // Progress stays that of the whole plan.
    assert_eq!(figures(&model.index), figures(&whole));

    // `F`: everything again.
    update(&mut model, Msg::ClearFilter);
    assert_eq!(model.filter, Filter::default());
    assert_unfiltered(&model);
    assert_eq!(
        (
            roadmap_actions(&model),
            self::agenda(&model),
            self::owned(&model)
        ),
        everything
    );
    assert_eq!(
        model.notice.as_ref().map(|n| n.text.as_str()),
        Some("Filtre effacé")
    );
}

#[test]
fn the_status_filter_keeps_one_status() {
    let mut model = model("2014-05-16");
    // Two actions done, one blocked (through its form).
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::ToggleDone);
    update(&mut model, Msg::Down);
    update(&mut model, Msg::ToggleDone);
    update(&mut model, Msg::Back);
    update(&mut model, Msg::Down);
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Edit);
    for _ in 0..3 {
        update(&mut model, Msg::FormNext);
    }
    type_text(&mut model, "bloq");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    let whole = model.index.clone();

    for (typed, status, count) in [
        ("faites", StatusFilter::Done, 2),
        ("bloq", StatusFilter::Blocked, 1),
        ("ouvertes", StatusFilter::Open, 35),
    ] {
        filter(&mut model, &[(FieldName::Status, typed)]);
        assert_eq!(model.filter.status, Some(status), "{typed:?}");
        let shown = roadmap_actions(&model);
        assert_eq!(shown.len(), count, "{typed:?}");
        assert!(
            shown
                .iter()
                .all(|&a| status.keeps(model.plan.actions[a].status))
        );
        // Done actions are not on the agenda; open ones are.
        for what in agenda(&model) {
            if let DueRef::Action(a) = what {
                assert!(status.keeps(model.plan.actions[a].status));
            }
        }
        assert_eq!(figures(&model.index), figures(&whole));
        update(&mut model, Msg::ClearFilter);
    }
    assert_unfiltered(&model);
    assert!(matches!(
        model.plan.actions[roadmap_actions(&model)[0]].status,
        Status::Done { .. }
    ));
}

#[test]
fn the_theme_filter_keeps_the_objectives_of_a_theme() {
    let mut model = model("2014-05-16");
    let whole = model.index.clone();
    filter(&mut model, &[(FieldName::Theme, "climat")]);
    assert_eq!(model.filter.theme.as_deref(), Some("climat"));
    let plan = &model.plan;
    let mut objectives = Vec::new();
    for h in 0..plan.horizons.len() {
        for &o in &model.index.objectives_of[h] {
            assert!(plan.objectives[o].themes.iter().any(|t| t == "climat"));
            objectives.push(plan.objectives[o].id.clone());
        }
    }
    assert_eq!(
        objectives,
        ["o-approche-transverse", "o-conference-presse", "o-cop21"]
    );
    // Checklist items carry no theme: the agenda keeps the actions only.
    assert!(
        agenda(&model)
            .iter()
            .all(|w| matches!(w, DueRef::Action(_)))
    );
    assert_eq!(figures(&model.index), figures(&whole));
}

#[test]
fn late_only_keeps_what_is_late_and_combines_with_an_owner() {
    let mut model = model("2014-09-16");
    let whole = model.index.clone();
    filter(&mut model, &[(FieldName::LateOnly, "oui")]);
    assert!(model.filter.late_only);
    let today = model.today;
    let plan = model.plan.clone();
    let late = roadmap_actions(&model);
    assert!(!late.is_empty());
    for &a in &late {
        let action = &plan.actions[a];
        assert!(
            is_late(action.due, action.status.is_done(), today),
            "{}",
            action.id
        );
    }
    assert!(agenda(&model).iter().all(|&w| {
        model
            .index
            .review
            .agenda
            .iter()
            .any(|e| e.what == w && e.bucket == jalons::domain::Bucket::Late)
    }));

    // Adding an owner narrows further: both apply.
    filter(&mut model, &[(FieldName::Owner, "cabinet")]);
    assert!(model.filter.late_only);
    assert_eq!(model.filter.owner.as_deref(), Some("d-cabinet-maire"));
    let both = roadmap_actions(&model);
    assert!(both.len() < late.len());
    assert!(both.iter().all(|a| late.contains(a)));
    assert_eq!(figures(&model.index), figures(&whole));

    // The filter form opens on the filter in force, and Esc keeps it.
    update(&mut model, Msg::Filter);
    let Mode::Filter(form) = &model.mode else {
        panic!("no filter form");
    };
    assert_eq!(
        form.field(FieldName::Owner).unwrap().chosen(),
        Some("d-cabinet-maire")
    );
    assert_eq!(
        form.field(FieldName::LateOnly).unwrap().chosen(),
        Some("yes")
    );
    update(&mut model, Msg::Close);
    assert!(model.filter.is_active());

    update(&mut model, Msg::ClearFilter);
    assert_unfiltered(&model);
}

#[test]
fn a_filter_keeps_the_selection_in_bounds_and_is_no_change() {
    let mut model = model("2014-09-16");
    update(&mut model, Msg::Show(Screen::Delegations));
    update(&mut model, Msg::Drill);
    for _ in 0..30 {
        update(&mut model, Msg::Down);
    }
    filter(&mut model, &[(FieldName::Owner, "sanch")]);
    let pane = &model.review.delegations;
    let items = model.index.review.owned[pane.row].len();
    assert!(pane.item < items.max(1));
    assert!(model.pending.is_empty(), "a filter is not saved");
    assert!(!model.history.can_undo(), "a filter is not undone");
}
