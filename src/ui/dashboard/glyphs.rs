//! How the dashboard marks things: a glyph for every state (so it reads in monochrome and
//! by the colour-blind), a colour as well; a pattern for each horizon's band.

use ratatui::style::{Color, Modifier, Style};

use crate::domain::TripStatus;
use crate::ui::theme;

/// A trip by its status.
pub const fn trip(status: TripStatus) -> char {
    match status {
        TripStatus::Considered => '◇',
        TripStatus::ToCreate => '◌',
        TripStatus::Preparing => '◐',
        TripStatus::Confirmed => '●',
        TripStatus::Done => '✓',
        TripStatus::Cancelled => '✗',
    }
}

pub fn trip_style(status: TripStatus, late: bool) -> Style {
    if late {
        theme::LATE
    } else {
        match status {
            TripStatus::Done => theme::DONE,
            TripStatus::Cancelled => theme::DIM,
            TripStatus::Confirmed => Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            _ => Style::new().fg(Color::Cyan),
        }
    }
}

/// A deadline still open, and one late (the late glyph of every screen).
pub const DEADLINE: char = '•';
pub const LATE: char = '⚠';
/// Today's line across the rows, and its mark on the axis.
pub const TODAY: char = '│';
pub const TODAY_AXIS: char = '▼';
pub const TODAY_STYLE: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
/// The end of a horizon: its deadline.
pub const DEADLINE_END: char = '◆';
/// Points at the selected event from below.
pub const POINTER: char = '▲';

/// Each horizon's band has its own fill, so bands tell apart without colour.
const FILLS: [char; 3] = ['▓', '▒', '░'];
const COLOURS: [Color; 3] = [Color::Blue, Color::Magenta, Color::Green];

pub fn band(horizon: usize) -> (char, Style) {
    (
        FILLS[horizon % FILLS.len()],
        Style::new().fg(COLOURS[horizon % COLOURS.len()]),
    )
}

/// A delegation's bar: late, open but not late, done.
pub const BAR_LATE: char = '▓';
pub const BAR_OPEN: char = '░';
pub const BAR_DONE: char = '█';

/// The rhythm's bars, from one to the most: an empty week shows a dot, never a bar.
pub const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
pub const NONE: char = '·';
