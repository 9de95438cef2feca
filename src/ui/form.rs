//! The overlays that change the plan: the form, the yes/no question, the pick list.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::form_lines as lines_field;
use super::pane::{self, Lines};
use super::text::{fit, wrap};
use super::theme;
use crate::app::form::{Field, FieldName, Form, Value};
use crate::app::{Confirm, Model, Pick, Scroll};
use crate::sanitize::{inert, shown};

/// How many matching options a focused choice shows under it.
const DROPDOWN: usize = 6;
const LABEL_WIDTH: usize = 16;

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [vertical] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Max(width)])
        .flex(Flex::Center)
        .areas(vertical);
    popup
}

pub fn draw(model: &Model, form: &Form, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let popup = centered(area, 80, u16::MAX);
    let width = usize::from(popup.width.saturating_sub(2));
    let value_width = width.saturating_sub(LABEL_WIDTH + 3);
    let mut lines = Lines::new(true);
    let mut cursor = None;
    // The editor of the focused text of several lines: its first line and its height.
    let mut editor = None;
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let (spans, field_cursor, more) = if let Value::Lines(area) = &field.value {
            let (mut rows, height) = lines_field::rows(area, focused, value_width);
            if focused {
                editor = Some((lines.len(), height, &**area));
            }
            let first = rows.remove(0);
            (first, None, rows)
        } else {
            let (spans, cursor) = value_spans(model, field, focused, value_width);
            (spans, cursor, Vec::new())
        };
        let label = fit((t.field_label)(field.name), LABEL_WIDTH).into_owned();
        let mut row = vec![vec![Span::styled(
            format!("{label:<LABEL_WIDTH$} "),
            theme::DIM,
        )]];
        row[0].extend(spans);
        for spans in more {
            let mut line = vec![Span::raw(" ".repeat(LABEL_WIDTH + 1))];
            line.extend(spans);
            row.push(line);
        }
        if let Some(error) = &field.error {
            let error = format!("{} {error}", theme::GLYPH_LATE);
            for line in wrap(&error, value_width.max(10)) {
                let text = format!("{:LABEL_WIDTH$} {line}", "");
                row.push(vec![Span::styled(text, theme::LATE)]);
            }
        }
        if focused {
            cursor = field_cursor.map(|x| (lines.len(), x));
            row.extend(dropdown(model, field, value_width));
            // A refusal already shown under the field is not said twice.
            let preview = date_preview(model, form, field)
                .filter(|&(_, style)| field.error.is_none() || style == theme::KEY);
            if let Some((text, style)) = preview {
                for line in wrap(&text, value_width.max(10)) {
                    let text = format!("{:LABEL_WIDTH$} {line}", "");
                    row.push(vec![Span::styled(text, style)]);
                }
            }
        }
        lines.rows(row, focused);
    }
    if let Some(error) = &form.error {
        lines.blank();
        lines.push(Line::styled(fit(error, width).into_owned(), theme::ERROR));
    }
    lines.blank();
    let hint = super::form_head::hint(t, form);
    // In a text of several lines Enter breaks the line: the hint says so instead.
    let hint = if matches!(form.fields.get(form.focus), Some(f) if f.takes_lines()) {
        hint.to_owned()
    } else {
        format!("{}  {hint}", t.form_hint)
    };
    for line in wrap(&hint, width) {
        lines.push(Line::styled(line, theme::DIM));
    }
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = centered(area, 80, height);
    frame.render_widget(Clear, popup);
    let title = super::form_head::title(model, form, popup.width);
    let title = title.as_str();
    let scroll = Scroll::default();
    let first_line = lines.offset(usize::from(popup.height.saturating_sub(2)), &scroll);
    lines.draw(frame, popup, pane::block(title, true), &scroll);
    if let Some((line, height, area)) = editor
        && line >= first_line
    {
        // Where the field's value starts: inside the frame, after the mark and the label.
        let at = (LABEL_WIDTH + 4, line - first_line + 1);
        lines_field::draw_editor(frame, area, popup, at, (value_width, height));
    }
    if let Some((line, x)) = cursor
        && line >= first_line
    {
        let y = popup.y + 1 + u16::try_from(line - first_line).unwrap_or(u16::MAX);
        let x = popup.x + 1 + 2 + u16::try_from(LABEL_WIDTH + 1 + x).unwrap_or(u16::MAX);
        if y < popup.bottom().saturating_sub(1) && x < popup.right() {
            frame.set_cursor_position(Position { x, y });
        }
    }
}

/// The field's value on its line, and where the text cursor goes (cells from the start).
fn value_spans(
    model: &Model,
    field: &Field,
    focused: bool,
    width: usize,
) -> (Vec<Span<'static>>, Option<usize>) {
    let t = model.t();
    match &field.value {
        Value::Text { input, .. } => {
            // Scrolled to keep the cursor in sight while typing; otherwise from the start
            // (the cursor of a field just opened is at the end of its text).
            let scroll = if focused {
                input.visual_scroll(width.max(1))
            } else {
                0
            };
            let shown: String = inert(input.value()).chars().skip(scroll).collect();
            let shown = fit(&shown, width).into_owned();
            let cursor = focused.then(|| input.visual_cursor().saturating_sub(scroll));
            (vec![Span::raw(shown)], cursor)
        }
        Value::One {
            options,
            selected,
            filter,
            ..
        } => {
            let label = selected
                .and_then(|i| options.get(i))
                .map_or(t.none_choice.to_owned(), |o| shown(&o.label).into_owned());
            let mut spans = vec![Span::raw(fit(&label, width.saturating_sub(4)).into_owned())];
            if focused {
                spans.insert(0, Span::styled("‹ ", theme::KEY));
                spans.push(Span::styled(" ›", theme::KEY));
            }
            let typed = filter.value();
            let cursor = if focused && !typed.is_empty() {
                let typed = format!("  {}", t.quoted(&inert(typed)));
                spans.push(Span::styled(typed, theme::DIM));
                None
            } else {
                None
            };
            (spans, cursor)
        }
        Value::Many {
            options,
            chosen,
            filter,
            ..
        } => {
            let names: Vec<String> = options
                .iter()
                .zip(chosen)
                .filter(|(_, c)| **c)
                .map(|(o, _)| shown(&o.label).into_owned())
                .collect();
            let text = if names.is_empty() {
                t.none_choice.to_owned()
            } else {
                names.join(", ")
            };
            let mut spans = vec![Span::raw(fit(&text, width).into_owned())];
            if focused && !filter.value().is_empty() {
                spans.push(Span::styled(
                    format!("  {}", t.quoted(&inert(filter.value()))),
                    theme::DIM,
                ));
            }
            (spans, None)
        }
        Value::Lines(_) => (Vec::new(), None),
    }
}

/// The matching options under a focused choice, the current one marked.
fn dropdown(model: &Model, field: &Field, width: usize) -> Vec<Vec<Span<'static>>> {
    let matches = field.matches();
    let (options, current, ticks): (_, Option<usize>, Option<&Vec<bool>>) = match &field.value {
        Value::One {
            options, selected, ..
        } => (options, *selected, None),
        Value::Many {
            options,
            chosen,
            cursor,
            ..
        } => (options, Some(*cursor), Some(chosen)),
        Value::Text { .. } | Value::Lines(_) => return Vec::new(),
    };
    let at = current
        .and_then(|c| matches.iter().position(|&m| m == c))
        .unwrap_or(0);
    let start = at
        .saturating_sub(DROPDOWN / 2)
        .min(matches.len().saturating_sub(DROPDOWN));
    let pad = " ".repeat(LABEL_WIDTH + 1);
    let mut rows = Vec::new();
    if matches.is_empty() {
        rows.push(vec![Span::styled(
            format!("{pad}{}", model.t().none_choice),
            theme::DIM,
        )]);
    }
    for &m in matches.iter().skip(start).take(DROPDOWN) {
        let here = Some(m) == current;
        let tick = ticks.map_or("", |c| if c[m] { "[x] " } else { "[ ] " });
        let mark = if here { "▸ " } else { "  " };
        let label = fit(&shown(&options[m].label), width.saturating_sub(6)).into_owned();
        let style = if here { theme::KEY } else { theme::META };
        rows.push(vec![Span::styled(
            format!("{pad}{mark}{tick}{label}"),
            style,
        )]);
    }
    rows
}

pub fn confirm(model: &Model, confirm: &Confirm, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let width = area.width.min(64);
    let inner = usize::from(width.saturating_sub(2));
    let mut lines: Vec<Line> = wrap(&confirm.question, inner)
        .into_iter()
        .map(Line::raw)
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(t.confirm_hint, theme::KEY));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    let block = pane::block(t.confirm_title, true).border_style(theme::LATE);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}

pub fn pick(model: &Model, pick: &Pick, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let width = area.width.min(64);
    let inner = usize::from(width.saturating_sub(2));
    let mut lines = Lines::new(true);
    for line in wrap(&pick.title, inner) {
        lines.push(Line::raw(line));
    }
    if let Value::One { filter, .. } = &pick.field.value
        && !filter.value().is_empty()
    {
        lines.push(Line::styled(t.quoted(&inert(filter.value())), theme::DIM));
    }
    lines.blank();
    let matches = pick.field.matches();
    let current = pick.field.chosen();
    if let Value::One { options, .. } = &pick.field.value {
        for &m in &matches {
            let label = fit(&shown(&options[m].label), inner.saturating_sub(3)).into_owned();
            lines.row(
                vec![Span::raw(label)],
                Some(options[m].id.as_str()) == current,
            );
        }
    }
    // What the selected option would do, beyond its label (a template: the items skipped).
    let about = match &pick.field.value {
        Value::One {
            selected: Some(i), ..
        } => pick.about.get(*i).filter(|a| !a.is_empty()),
        _ => None,
    };
    if let Some(about) = about {
        lines.blank();
        for line in wrap(about, inner) {
            lines.push(Line::styled(line, theme::DIM));
        }
    }
    lines.blank();
    lines.push(Line::styled(t.choice_hint, theme::DIM));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    lines.draw(
        frame,
        popup,
        pane::block(t.pick_title, true),
        &Scroll::default(),
    );
}

/// How the focused date field's text reads, live, before Enter: "→ mar. 14 juil. 2015";
/// for a checklist item, "→ J-30 avant le départ · 23 août 2014"; what is not a date yet
/// says why, dimmed. `None` for any other field, or nothing typed. A reading is in
/// `theme::KEY`, a refusal dimmed.
fn date_preview(
    model: &Model,
    form: &Form,
    field: &Field,
) -> Option<(String, ratatui::style::Style)> {
    let t = model.t();
    let Value::Text { input, .. } = &field.value else {
        return None;
    };
    let typed = input.value();
    if typed.trim().is_empty() {
        return None;
    }
    let read = match field.name {
        FieldName::Due if form.parent.is_some() => {
            crate::dates::parse_due(typed, model.today).map(|due| match due {
                crate::domain::Due::On(day) => t.long_date(day),
                crate::domain::Due::DaysBefore(n) => {
                    let rule = (t.script.dossier.days_before)(n);
                    let start = model
                        .plan
                        .trips
                        .iter()
                        .find(|trip| Some(&trip.id) == form.parent.as_ref())
                        .and_then(|trip| trip.start);
                    match start.and_then(|s| s.checked_sub_days(chrono::Days::new(n.into()))) {
                        Some(day) => format!("{rule} · {}", t.long_date(day)),
                        None => rule,
                    }
                }
            })
        }
        FieldName::Due
        | FieldName::Start
        | FieldName::End
        | FieldName::Deadline
        | FieldName::NextDue => {
            crate::dates::parse_date(typed, model.today).map(|day| t.long_date(day))
        }
        _ => return None,
    };
    Some(match read {
        Ok(text) => (format!("→ {text}"), theme::KEY),
        // Not a date yet while typing: the reason comes on Enter; no such day says it now.
        Err(crate::dates::DateError::Unrecognised { .. }) => ("→ ?".to_owned(), theme::DIM),
        Err(e) => (format!("→ {}", e.message(t)), theme::DIM),
    })
}
