//! Where a record comes from, in the detail: what the source document says of when, which
//! values are only examples, and the document's own words, quoted. An adviser can tell the
//! note's decisions from the example's assumptions at a glance.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme;
use crate::app::Model;
use crate::domain::Source;
use crate::sanitize::{shown, shown_lines};

/// The mark before a value that is an example assumption.
pub const ASSUMED: &str = "≈ ";

/// `ASSUMED` when `field` of the record is an example assumption, else nothing.
pub fn mark(source: Option<&Source>, field: &str) -> &'static str {
    if source.is_some_and(|s| s.assumes(field)) {
        ASSUMED
    } else {
        ""
    }
}

/// The lines saying where the record comes from, its quotation cut after `room` characters.
pub fn lines(model: &Model, source: Option<&Source>, room: usize) -> Vec<Line<'static>> {
    let Some(source) = source.filter(|s| !s.is_empty()) else {
        return Vec::new();
    };
    let t = model.t();
    let mut out = vec![Line::default()];
    if !source.when.is_empty() {
        let text = (t.source_when)(&shown(&source.when));
        out.push(Line::styled(text, theme::META));
    }
    if source.example {
        out.push(Line::styled(
            format!("{ASSUMED}{}", t.source_example),
            theme::DIM,
        ));
    } else if !source.assumed.is_empty() {
        let fields: Vec<&str> = source
            .assumed
            .iter()
            .map(|f| (t.conflict.field_name)(f))
            .collect();
        let text = (t.source_assumed)(&fields.join(", "));
        out.push(Line::styled(format!("{ASSUMED}{text}"), theme::DIM));
    }
    if !source.quote.is_empty() {
        let heading = format!("{}{}", t.source_quote, t.colon.trim_end());
        out.push(Line::styled(heading, theme::DIM));
        let quote = t.quoted(&shown_lines(&source.quote, room));
        let italic = Style::new().add_modifier(Modifier::ITALIC);
        for line in quote.lines() {
            out.push(Line::from(Span::styled(
                line.to_owned(),
                theme::META.patch(italic),
            )));
        }
    }
    out
}

/// [`lines`] wrapped to `width` cells, for panes that draw their lines as they are.
pub fn wrapped(model: &Model, source: Option<&Source>, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for line in lines(model, source, width.saturating_mul(20)) {
        let style = line.spans.first().map_or(line.style, |s| s.style);
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        if text.is_empty() {
            out.push(Line::default());
        }
        for piece in super::text::wrap(&text, width) {
            out.push(Line::styled(piece, style));
        }
    }
    out
}
