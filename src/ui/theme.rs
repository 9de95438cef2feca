//! Colours and glyphs. Every state has a glyph as well as a colour, so the screen reads the
//! same in monochrome and in text snapshots.

use ratatui::style::{Color, Modifier, Style};

pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
pub const DIM: Style = Style::new().fg(Color::DarkGray);
pub const META: Style = Style::new().fg(Color::Gray);
pub const LATE: Style = Style::new()
    .fg(Color::LightRed)
    .add_modifier(Modifier::BOLD);
pub const DONE: Style = Style::new().fg(Color::Green);
pub const BLOCKED: Style = Style::new().fg(Color::Yellow);
pub const FOCUS_BORDER: Style = Style::new().fg(Color::Cyan);
pub const BORDER: Style = Style::new().fg(Color::DarkGray);
pub const SELECTED: Style = Style::new()
    .bg(Color::Indexed(236))
    .add_modifier(Modifier::BOLD);
/// No foreground: a selected late or done row keeps its colours.
pub const SELECTED_FOCUS: Style = Style::new()
    .bg(Color::Indexed(24))
    .add_modifier(Modifier::BOLD);
pub const HEADER: Style = Style::new().fg(Color::Black).bg(Color::Cyan);
pub const ERROR: Style = Style::new().fg(Color::White).bg(Color::Red);
pub const SAVED: Style = Style::new().fg(Color::Green);
pub const TAB: Style = Style::new().fg(Color::Gray);
pub const TAB_CURRENT: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
pub const FILTER: Style = Style::new().fg(Color::Black).bg(Color::Yellow);
pub const KEY: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);

pub const GLYPH_LATE: &str = "⚠";
pub const GLYPH_DONE: &str = "✓";
pub const GLYPH_TODO: &str = "○";
pub const GLYPH_IN_PROGRESS: &str = "◐";
pub const GLYPH_BLOCKED: &str = "⊘";
/// Health, beside the status: shapes of their own (none is a status or a dashboard glyph),
/// so it reads without colour.
pub const GLYPH_ON_TRACK: &str = "◉";
pub const GLYPH_AT_RISK: &str = "△";
pub const GLYPH_OFF_TRACK: &str = "✖";
pub const GLYPH_STALE: &str = "⧖";
pub const GLYPH_NOT_STARTED: &str = "◦";
pub const AT_RISK: Style = Style::new().fg(Color::Yellow);
pub const MARK_FOCUS: &str = "▶ ";
pub const MARK: &str = "› ";

/// A bar of `width` cells, filled in proportion to `ratio`.
pub fn gauge(ratio: f64, width: usize) -> String {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let filled = ((ratio.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    let mut bar = "█".repeat(filled);
    bar.push_str(&"░".repeat(width - filled));
    bar
}
