//! What surrounds every screen: the title bar, the status bar and the footer of keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use unicode_width::UnicodeWidthStr;

use super::text::fit;
use super::theme;
use ratatui::style::Modifier;

use crate::app::{Model, Msg, NoticeKind, Scope, Screen, bindings_for, live_keys};
use crate::domain::late_actions_by_trip;
use crate::sanitize::shown;

const BADGE: &str = " jalons ";

/// Where each tab stands on the title bar, in cells: what a click on it hits.
pub type TabRanges = Vec<(Screen, std::ops::Range<usize>)>;

/// The tabs, those before `named` (and the current one) with their names.
fn tab_spans(
    tabs: &[(Screen, &str, usize)],
    current: Screen,
    named: usize,
) -> (Vec<Span<'static>>, TabRanges) {
    let mut spans = Vec::new();
    let mut ranges = Vec::new();
    let mut x = 0;
    for (n, &(screen, name, late)) in tabs.iter().enumerate() {
        let start = x;
        let here = screen == current;
        // The last tab needs no space after it: a narrow bar keeps that cell.
        let (open, close) = match (here, n + 1 == tabs.len()) {
            (true, _) => ("[", "]"),
            (false, false) => (" ", " "),
            (false, true) => (" ", ""),
        };
        let style = if here { theme::TAB_CURRENT } else { theme::TAB };
        let label = if here || n < named {
            format!("{open}{} {name}", n + 1)
        } else {
            format!("{open}{}", n + 1)
        };
        spans.push(Span::styled(label, style));
        if late > 0 {
            spans.push(Span::styled(
                format!(" {}{late}", theme::GLYPH_LATE),
                theme::LATE,
            ));
        }
        spans.push(Span::styled(close, style));
        x = spans.iter().map(Span::width).sum();
        ranges.push((screen, start..x));
    }
    (spans, ranges)
}

/// The tab bar: the five screens, each with what needs attention there (late items).
pub fn header_line(model: &Model, width: usize) -> (Line<'static>, TabRanges) {
    let t = model.t();
    let index = &model.index;
    let late_owners = (0..model.plan.delegations.len())
        .filter(|&d| index.carry[d].late() > 0)
        .count();
    // A trip is late when its checklist or an action made for it is.
    let late_actions = late_actions_by_trip(&model.plan, model.today);
    let late_trips = index
        .trip_checklist
        .iter()
        .zip(&late_actions)
        .filter(|(p, a)| p.late + **a > 0)
        .count();
    // Whole-plan figures, like the progress: a filter narrows lists, not the counts.
    let late_roadmap: usize = index.horizon_progress.iter().map(|p| p.late).sum();
    let late_due = late_roadmap + index.trip_checklist.iter().map(|p| p.late).sum::<usize>();
    let tabs = [
        (Screen::Roadmap, t.screen_roadmap, late_roadmap),
        (Screen::Delegations, t.screen_delegations, late_owners),
        (Screen::Trips, t.screen_trips, late_trips),
        (Screen::Deadlines, t.screen_deadlines, late_due),
        // The dashboard sums up what the others count: no count of its own.
        (Screen::Dashboard, t.glance.screen, 0),
    ];
    // Full names when they fit; on a narrow terminal the tabs from the last one on keep
    // their number and count only (the current one its name), and the badge goes.
    let width_of = |spans: &[Span]| spans.iter().map(Span::width).sum::<usize>();
    let (mut spans, mut ranges) = tab_spans(&tabs, model.screen, tabs.len());
    let full = width_of(&spans);
    if full + BADGE.len() <= width {
        spans.insert(
            0,
            Span::styled(BADGE, theme::HEADER.add_modifier(Modifier::BOLD)),
        );
        for (_, range) in &mut ranges {
            *range = range.start + BADGE.len()..range.end + BADGE.len();
        }
    } else {
        let mut named = tabs.len();
        while width_of(&spans) > width && named > 0 {
            named -= 1;
            (spans, ranges) = tab_spans(&tabs, model.screen, named);
        }
    }
    let used: usize = spans.iter().map(Span::width).sum();
    let room = width.saturating_sub(used + 2);
    if room > 12 {
        let title = fit(&shown(&model.plan.title), room).into_owned();
        spans.push(Span::styled(format!("  {title}"), theme::DIM));
    }
    (Line::from(spans), ranges)
}

pub fn header(model: &Model, frame: &mut Frame, area: Rect) {
    let (line, _) = header_line(model, usize::from(area.width));
    frame.render_widget(Paragraph::new(line), area);
}

/// " Aujourd'hui : 16 sept. 2014 ", on the right of the status bar.
fn today_text(model: &Model) -> String {
    let t = model.t();
    format!(" {}{}{} ", t.today, t.colon, t.date(model.today))
}

/// What the status bar says, laid out for `width` columns: the filter and conflict badges,
/// then the notice in as many lines as it takes (the first beside the badges, the others
/// below across the bar), and the room left on the first line.
struct Status {
    badges: Vec<Span<'static>>,
    notice: Vec<String>,
    room: usize,
}

/// The most lines a notice takes: an error of a few lines is read whole; beyond, its end.
pub const NOTICE_LINES: u16 = 4;

fn status(model: &Model, width: usize, most: usize) -> Status {
    let mut room = width.saturating_sub(today_text(model).width());
    let mut badges = Vec::new();
    if model.filter.is_active() {
        let shown = format!(
            " ⧩ {} ",
            fit(&filter_summary(model), room.saturating_sub(4))
        );
        room = room.saturating_sub(shown.width());
        badges.push(Span::styled(shown, theme::FILTER));
    }
    if !model.conflicts.is_empty() {
        // Until settled, conflicts stay in sight whatever else the bar says.
        let badge = format!(" {} {} · C ", theme::GLYPH_LATE, model.conflicts.len());
        room = room.saturating_sub(badge.width());
        badges.push(Span::styled(badge, theme::ERROR));
    }
    let below = width.saturating_sub(today_text(model).width() + 2);
    let notice = model.notice.as_ref().map_or_else(Vec::new, |notice| {
        notice_lines(model, &notice.text, (room.saturating_sub(2), below), most)
    });
    Status {
        badges,
        notice,
        room,
    }
}

/// The notice in `first` columns (beside the badges), then lines of `below` columns: whole on
/// one line if it fits; else with the record's title it quotes shortened ("« Faire s'incarner
/// les mes… » faite"), so that what happened still shows; else wrapped on `most` lines at
/// most, starting below the badges when they leave too little room. Never cut without "…".
fn notice_lines(
    model: &Model,
    text: &str,
    (first, below): (usize, usize),
    most: usize,
) -> Vec<String> {
    /// Narrower than this, the first line would hold a word or two: the notice goes below.
    const NARROW: usize = 16;
    let text = super::text::glued(text);
    if text.width() <= first {
        return vec![text.into_owned()];
    }
    if let Some(short) = shorter_quote(model, &text, first) {
        return vec![short];
    }
    if most <= 1 {
        return vec![fit(&text, first).into_owned()];
    }
    let (head, rest) = if first < NARROW {
        (String::new(), text.as_ref())
    } else {
        super::text::first_line(&text, first)
    };
    let mut lines = vec![head];
    lines.extend(super::text::wrap_upto(rest, below, most - 1));
    lines
}

/// `text` with the title it quotes cut to fit `width`, if that leaves a title worth reading.
fn shorter_quote(model: &Model, text: &str, width: usize) -> Option<String> {
    let (open, close) = model.t().conflict.quotes;
    let start = text.find(open)? + open.len();
    let end = start + text[start..].find(close)?;
    let title = &text[start..end];
    let keep = title.width().checked_sub(text.width() - width)?;
    (keep >= 12).then(|| format!("{}{}{}", &text[..start], fit(title, keep), &text[end..]))
}

/// How many lines the status bar takes at `width`: one, or what its notice needs up to
/// `most`.
pub fn status_height(model: &Model, width: u16, most: u16) -> u16 {
    let lines = status(model, usize::from(width), usize::from(most))
        .notice
        .len()
        .max(1);
    u16::try_from(lines).unwrap_or(1)
}

pub fn status_bar(model: &Model, frame: &mut Frame, area: Rect) {
    let today = today_text(model);
    let width = u16::try_from(today.width()).unwrap_or(u16::MAX);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(width)]).areas(area);
    let Status {
        badges,
        notice,
        mut room,
    } = status(model, usize::from(area.width), usize::from(area.height));
    let style = match model.notice.as_ref().map(|n| n.kind) {
        Some(NoticeKind::Saved) => theme::SAVED,
        Some(NoticeKind::Error) => theme::ERROR,
        _ => theme::META,
    };
    let mut lines = vec![Line::from(badges)];
    for (n, text) in notice.iter().enumerate() {
        let shown = format!(" {text} ");
        if n == 0 {
            if !text.is_empty() {
                room = room.saturating_sub(shown.width());
                lines[0].spans.push(Span::styled(shown, style));
            }
        } else {
            lines.push(Line::styled(shown, style));
        }
    }
    // The store's path where there is room for it, on a one-line bar.
    if notice.len() <= 1 {
        lines[0].spans.push(Span::styled(
            format!(" {}", fit(&model.store_label, room.saturating_sub(1))),
            theme::DIM,
        ));
    }
    frame.render_widget(Paragraph::new(lines), left);
    frame.render_widget(Paragraph::new(Span::styled(today, theme::META)), right);
}

/// The few keys that matter here, from the key table itself, as many as fit.
pub fn footer(model: &Model, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    let mut used = 0;
    // Quitting first: it must show even on a narrow terminal.
    let (global, local): (Vec<_>, Vec<_>) = bindings_for(&model.mode, model.screen)
        .filter(|b| b.footer)
        .partition(|b| b.scope == Scope::Global);
    // Then help, which leads to everything else.
    let (help, local): (Vec<_>, Vec<_>) = local.into_iter().partition(|b| b.msg == Msg::Help);
    for binding in global.into_iter().chain(help).chain(local) {
        // The key that does it here: one a more specific scope takes is not shown for it.
        let Some(key) = live_keys(binding, &model.mode, model.screen)
            .first()
            .copied()
        else {
            continue;
        };
        let key = key.name(model.t());
        let key = format!(" {key}");
        let label = format!(" {} ", (binding.label)(model.t()));
        used += key.width() + label.width();
        if used > usize::from(area.width) {
            break;
        }
        spans.push(Span::styled(key, theme::KEY));
        spans.push(Span::styled(label, theme::DIM));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// "Filtre : Patrick Klugman · en retard · climat".
fn filter_summary(model: &Model) -> String {
    let t = model.t();
    let filter = &model.filter;
    let mut parts = Vec::new();
    if let Some(owner) = &filter.owner {
        parts.push(super::rows::owner_name(model, owner));
    }
    if let Some(status) = filter.status {
        parts.push((t.status_filter)(status).to_owned());
    }
    if let Some(theme) = &filter.theme {
        parts.push(shown(theme).into_owned());
    }
    if filter.late_only {
        parts.push(t.late_group.to_lowercase());
    }
    format!("{}{}{}", t.filter_label, t.colon, parts.join(" · "))
}
