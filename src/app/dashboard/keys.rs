//! Keys on the dashboard: `j` / `k` from event to event, `h` / `l` through time, `+` / `-`
//! zoom, `Enter` to the record where it lives, `Space` ticks a deadline.

use crate::app::jump;
use crate::app::model::Model;
use crate::app::msg::{Cmd, Msg};
use crate::app::update::{delta, toggle};
use crate::domain::{Event, first_from, shifted, step};

pub fn dashboard(model: &mut Model, msg: &Msg) -> Cmd {
    if let Some(delta) = delta(msg) {
        walk(model, delta);
        return Cmd::None;
    }
    let event = model.review.dashboard.event(&model.index);
    match (msg, event) {
        (Msg::Earlier | Msg::Later, _) => scroll(model, *msg == Msg::Later),
        (Msg::ZoomIn | Msg::ZoomOut, _) => zoom(model, *msg == Msg::ZoomIn),
        (Msg::Drill, Some(Event::Trip(t))) => {
            let id = model.plan.trips[t].id.clone();
            jump::to_id(model, &id);
        }
        (Msg::Drill, Some(Event::Due(what))) => jump::to(model, what),
        (Msg::ToggleDone, Some(Event::Due(what))) => return toggle(model, what),
        _ => {}
    }
    Cmd::None
}

/// To the next or previous event, the window following it when it leaves the window.
fn walk(model: &mut Model, delta: isize) {
    let nav = &mut model.review.dashboard;
    let review = &model.index.review;
    let next = step(&model.plan, review, nav.cursor(), delta);
    nav.select(next, &model.plan, &model.index);
    let day = next.and_then(|c| c.day(&model.plan, review));
    if let Some(day) = day
        && !nav.window(&model.plan, model.today).contains(day)
    {
        nav.anchor = Some(day);
    }
}

/// A window earlier or later; the selection moves to the first event in view, if any.
fn scroll(model: &mut Model, later: bool) {
    let nav = &mut model.review.dashboard;
    let (plan, today) = (&model.plan, model.today);
    nav.anchor = Some(shifted(nav.zoom, nav.anchor.unwrap_or(today), later));
    let span = nav.window(plan, today);
    let review = &model.index.review;
    let selected = nav.cursor().and_then(|c| c.day(plan, review));
    if selected.is_some_and(|d| span.contains(d)) {
        return;
    }
    let first = first_from(plan, review, span.start)
        .filter(|c| c.day(plan, review).is_some_and(|d| span.contains(d)));
    if first.is_some() {
        nav.select(first, plan, &model.index);
    }
}

/// One zoom step in or out, around the selected event when it is in view (else the window
/// keeps its anchor).
fn zoom(model: &mut Model, closer: bool) {
    let nav = &mut model.review.dashboard;
    let (plan, today) = (&model.plan, model.today);
    let span = nav.window(plan, today);
    let selected = nav.cursor().and_then(|c| c.day(plan, &model.index.review));
    if let Some(day) = selected.filter(|&d| span.contains(d)) {
        nav.anchor = Some(day);
    }
    nav.zoom = if closer {
        nav.zoom.zoom_in()
    } else {
        nav.zoom.zoom_out()
    };
}
