//! The dashboard's pictures in the exports: the timeline and the progress bars as inline SVG
//! in the HTML note, as text tables in the Markdown note, and the timeline alone for slides
//! (`export timeline --format svg`). Each SVG is parsed as XML and its elements counted
//! against the plan: a band per dated horizon, a mark per dated trip, a mark per day with
//! late deadlines (one for every late deadline in the window), a bar per horizon and per
//! delegation owning actions.

#[path = "support/export_cli.rs"]
mod export_cli;
#[path = "support/scheduled_trips.rs"]
mod scheduled_trips;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use export_cli::{Fixture, today};
use jalons::domain::{Bucket, Glance, Plan, PlanIndex, Zoom, agenda};
use jalons::export::{DocFormat, Export, Scope, render};
use jalons::i18n::Lang;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

fn export(plan: &Plan, on: NaiveDate, lang: Lang, what: &Export) -> String {
    let revisions = jalons::export::Revisions::new("test");
    let cx = jalons::export::Context::fixed(on, lang, &revisions);
    String::from_utf8(render(plan, &cx, what).expect("an export")).expect("UTF-8")
}

fn parse(text: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("not well-formed: {e}\n{text}"))
}

/// The elements under `svg` whose class list holds every one of `classes`.
fn with_class<'a>(svg: roxmltree::Node<'a, 'a>, classes: &[&str]) -> Vec<roxmltree::Node<'a, 'a>> {
    svg.descendants()
        .filter(|n| {
            n.attribute("class").is_some_and(|c| {
                let have: Vec<&str> = c.split(' ').collect();
                classes.iter().all(|w| have.contains(w))
            })
        })
        .collect()
}

fn svg_by_id<'a>(doc: &'a roxmltree::Document<'a>, id: &str) -> roxmltree::Node<'a, 'a> {
    doc.descendants()
        .find(|n| n.has_tag_name("svg") && n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no <svg id={id}>"))
}

/// What the timeline must hold for `plan` on `on` over the days `from`..=`to`.
fn check_timeline(
    svg: roxmltree::Node,
    plan: &Plan,
    on: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) {
    let inside = |d: NaiveDate| from <= d && d <= to;
    // One band per horizon dated in the window.
    let dated: BTreeSet<&str> = plan
        .horizons
        .iter()
        .filter(|h| {
            h.deadline
                .is_some_and(|end| h.start.is_none_or(|s| s <= to) && end >= from)
        })
        .map(|h| h.id.as_str())
        .collect();
    let bands: BTreeSet<&str> = with_class(svg, &["band"])
        .iter()
        .filter_map(|n| n.attribute("data-horizon"))
        .collect();
    assert_eq!(bands, dated, "one band per dated horizon");
    // One mark per dated trip whose stay shows, no other.
    let trips: Vec<&str> = with_class(svg, &["trip"])
        .iter()
        .filter_map(|n| n.attribute("data-trip"))
        .collect();
    let mut want: Vec<&str> = plan
        .trips
        .iter()
        .filter(|t| {
            t.start
                .is_some_and(|s| s <= to && t.end.unwrap_or(s) >= from)
        })
        .map(|t| t.id.as_str())
        .collect();
    let mut got = trips.clone();
    want.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, want, "one mark per dated trip");
    // Every late deadline in the window has its day's late mark, with the right count.
    let late_days: BTreeSet<String> = with_class(svg, &["deadline", "late"])
        .iter()
        .filter_map(|n| n.attribute("data-day").map(str::to_owned))
        .collect();
    let entries = agenda(plan, on);
    let mut want_days = BTreeSet::new();
    for entry in entries
        .iter()
        .filter(|e| e.bucket == Bucket::Late && inside(e.day))
    {
        assert!(
            late_days.contains(&entry.day.to_string()),
            "no late mark on {} for {:?}",
            entry.day,
            entry.what
        );
        want_days.insert(entry.day.to_string());
    }
    assert_eq!(
        late_days, want_days,
        "late marks only where something is late"
    );
    for mark in with_class(svg, &["deadline"]) {
        let d: NaiveDate = mark
            .attribute("data-day")
            .expect("a day")
            .parse()
            .expect("a date");
        let count: usize = mark
            .attribute("data-count")
            .expect("a count")
            .parse()
            .expect("n");
        assert_eq!(count, entries.iter().filter(|e| e.day == d).count(), "{d}");
    }
    assert_eq!(with_class(svg, &["today"]).len(), usize::from(inside(on)));
    let names: Vec<&str> = svg
        .descendants()
        .filter(roxmltree::Node::is_element)
        .map(|n| n.tag_name().name())
        .collect();
    for outside in ["script", "image", "foreignObject", "a"] {
        assert!(!names.contains(&outside), "no <{outside}>");
    }
}

#[test]
fn the_html_note_carries_the_timeline_and_the_bars_as_svg() {
    for (plan, on) in [
        (jalons::builtin::roadmap(), today()),
        (scheduled_trips::plan(), today()),
        (export_cli::scheduled(), today()),
        (jalons::builtin::roadmap(), day("2015-06-01")),
    ] {
        for lang in [Lang::Fr, Lang::En] {
            let what = Export::Note {
                format: DocFormat::Html,
                scope: Scope::default(),
                since: None,
            };
            let page = export(&plan, on, lang, &what);
            let doc = parse(&page);
            let timeline = svg_by_id(&doc, "jalons-timeline");
            let mandate = jalons::domain::mandate(&plan).expect("a mandate");
            let mut span = mandate.including(on);
            for t in &plan.trips {
                for d in [t.start, t.end].into_iter().flatten() {
                    span = span.including(d);
                }
            }
            check_timeline(timeline, &plan, on, span.start, span.end);

            let progress = svg_by_id(&doc, "jalons-progress");
            let index = PlanIndex::build(&plan, on);
            let horizons = with_class(progress, &["bar", "horizon"]);
            assert_eq!(horizons.len(), plan.horizons.len(), "a bar per horizon");
            for (bar, p) in horizons.iter().zip(&index.horizon_progress) {
                assert_eq!(
                    bar.attribute("data-late"),
                    Some(p.late.to_string().as_str())
                );
                assert_eq!(
                    bar.attribute("data-done"),
                    Some(p.done.to_string().as_str())
                );
            }
            let glance = Glance::build(&plan, &index, on);
            let bars: Vec<&str> = with_class(progress, &["bar", "delegation"])
                .iter()
                .filter_map(|n| n.attribute("data-id"))
                .collect();
            let want: Vec<&str> = glance
                .delegations
                .iter()
                .map(|&d| plan.delegations[d].id.as_str())
                .collect();
            assert_eq!(
                bars, want,
                "a bar per delegation owning actions, late first"
            );
            // Printed whole, never cut across pages.
            let figure = timeline.parent().expect("in a figure");
            assert!(figure.has_tag_name("figure"));
            assert!(
                figure
                    .attribute("style")
                    .is_some_and(|s| s.contains("break-inside: avoid"))
            );
        }
    }
}

#[test]
fn a_note_for_one_owner_draws_what_it_covers() {
    let plan = scheduled_trips::plan();
    let scope = Scope {
        horizon: None,
        owner: Some("d-europe".to_owned()),
    };
    let what = Export::Note {
        format: DocFormat::Html,
        scope: scope.clone(),
        since: None,
    };
    let page = export(&plan, today(), Lang::Fr, &what);
    let doc = parse(&page);
    let view = scope.view(&plan);
    let progress = svg_by_id(&doc, "jalons-progress");
    let bars = with_class(progress, &["bar", "delegation"]);
    assert_eq!(bars.len(), 1, "only the owner's own actions count");
    assert_eq!(bars[0].attribute("data-id"), Some("d-europe"));
    let timeline = svg_by_id(&doc, "jalons-timeline");
    assert_eq!(
        with_class(timeline, &["trip"]).len(),
        view.trips.iter().filter(|t| t.start.is_some()).count()
    );
}

#[test]
fn the_markdown_note_has_the_same_figures_as_tables() {
    let plan = scheduled_trips::plan();
    let what = Export::Note {
        format: DocFormat::Markdown,
        scope: Scope::default(),
        since: None,
    };
    // Read as printed: the typography's non-breaking spaces are spaces.
    let note = export(&plan, today(), Lang::Fr, &what).replace(['\u{a0}', '\u{202f}'], " ");
    assert!(!note.contains("<svg"), "no picture in Markdown");
    for line in [
        "## Vue d'ensemble",
        "### Frise du mandat",
        "| Dates | Déplacement | Statut |",
        "| 29 sept. 2014 → 30 sept. 2014 | ⚠ Madrid | en préparation |",
        "| à programmer | Erevan | envisagé |",
        "| Horizon | Période | Avancement | En retard |",
        "| 100 premiers jours | 5 avr. 2014 → 14 juil. 2014 | 6/14 · 42 % | ⚠ 6 |",
        "| Délégation | Ouvertes | En retard | Faites |",
    ] {
        assert!(note.contains(line), "{line:?} not in:\n{note}");
    }
}

#[test]
fn the_timeline_alone_for_slides_at_each_zoom() {
    let plan = scheduled_trips::plan();
    let cases = [
        (Zoom::Mandate, None, day("2014-04-05"), day("2020-03-15")),
        (
            Zoom::Year,
            Some(day("2015-03-01")),
            day("2015-01-01"),
            day("2015-12-31"),
        ),
        (Zoom::Quarter, None, day("2014-07-01"), day("2014-09-30")),
        (
            Zoom::Month,
            Some(day("2014-11-20")),
            day("2014-11-01"),
            day("2014-11-30"),
        ),
    ];
    for (zoom, at, from, to) in cases {
        let picture = export(&plan, today(), Lang::En, &Export::Timeline { zoom, at });
        assert!(picture.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
        let doc = parse(&picture);
        let svg = doc.root_element();
        assert_eq!(svg.tag_name().name(), "svg");
        assert_eq!(
            svg.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        check_timeline(svg, &plan, today(), from, to);
    }
}

#[test]
fn text_from_the_store_is_text_in_the_picture() {
    let mut plan = scheduled_trips::plan();
    plan.trips[0].destination = "<script>alert(1)</script> & \u{1b}[31m".to_owned();
    plan.horizons[0].label = "</text><script/>".to_owned();
    let picture = export(
        &plan,
        today(),
        Lang::Fr,
        &Export::Timeline {
            zoom: Zoom::Mandate,
            at: None,
        },
    );
    let doc = parse(&picture);
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
    assert!(picture.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \u{241b}[31m"));
}

#[test]
fn export_timeline_writes_an_svg_file_and_refuses_other_formats() {
    let fixture = Fixture::new(&scheduled_trips::plan());
    let file = fixture.path("frise.svg");
    let out = fixture.run(&[
        "export",
        "timeline",
        "--format",
        "svg",
        "-o",
        file.to_str().expect("UTF-8"),
    ]);
    export_cli::assert_success(&out, &["export", "timeline"]);
    let picture = std::fs::read_to_string(&file).expect("written");
    let doc = parse(&picture);
    assert_eq!(with_class(doc.root_element(), &["trip"]).len(), 8);
    let stdout = fixture.ok(&["export", "timeline", "--zoom", "year", "--at", "2015-01-01"]);
    let picture = String::from_utf8(stdout).expect("UTF-8");
    assert_eq!(
        with_class(parse(&picture).root_element(), &["trip"]).len(),
        3
    );
    let refused = fixture.run(&["export", "timeline", "--format", "png"]);
    assert_eq!(refused.status.code(), Some(2));
}
