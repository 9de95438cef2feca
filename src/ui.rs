//! Drawing: `view` reads the model and paints a frame. It changes nothing but scroll memory.

mod chrome;
mod conflicts;
mod dashboard;
mod deadlines;
mod delegations;
mod detail;
mod flow;
mod form;
mod form_head;
mod form_lines;
mod health;
mod help;
mod history;
mod leaving;
mod load;
mod mouse;
mod pane;
mod picker;
mod roadmap;
mod rows;
mod search;
mod source;
pub(crate) mod text;
mod theme;
mod to_update;
mod trip_item;
mod trips;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{Mode, Model, Screen};

pub use dashboard::deadlines_row;
pub use mouse::hit;

/// Below this the screens cannot be read; a message says so instead.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;

/// Title bar, screen, status bar, footer; the bars go on a short terminal. The status bar
/// takes a few lines when its notice needs them (an error is never cut), never more than a
/// quarter of the height.
fn regions(model: &Model, area: Rect) -> [Rect; 4] {
    let roomy = area.height >= 12;
    let most = (area.height / 4).clamp(1, chrome::NOTICE_LINES);
    let status = chrome::status_height(model, area.width, most);
    Layout::vertical([
        Constraint::Length(u16::from(roomy)),
        Constraint::Fill(1),
        Constraint::Length(status),
        Constraint::Length(u16::from(roomy)),
    ])
    .areas(area)
}

pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let message = Paragraph::new(model.t().too_small)
            .style(theme::LATE)
            .wrap(Wrap { trim: true });
        frame.render_widget(message, area);
        return;
    }
    let [header, body, status, footer] = regions(model, area);
    chrome::header(model, frame, header);
    match model.screen {
        Screen::Roadmap => roadmap::draw(model, frame, body),
        Screen::Delegations => delegations::draw(model, frame, body),
        Screen::Trips => trips::draw(model, frame, body),
        Screen::Deadlines => deadlines::draw(model, frame, body),
        Screen::Dashboard => dashboard::draw(model, frame, body),
    }
    chrome::status_bar(model, frame, status);
    chrome::footer(model, frame, footer);
    match &model.mode {
        Mode::Help { scroll } => help::draw(model, frame, body, *scroll),
        Mode::Form(form) | Mode::Filter(form) => form::draw(model, form, frame, body),
        Mode::Confirm(confirm) => form::confirm(model, confirm, frame, body),
        Mode::Pick(pick) => form::pick(model, pick, frame, body),
        Mode::Search(search) => search::draw(model, search, frame, body),
        Mode::Export { row } => picker::exports(model, frame, body, *row),
        Mode::Conflicts { row } => conflicts::draw(model, frame, body, *row),
        Mode::History {
            id,
            entries,
            scroll,
            note,
        } => history::draw(model, frame, body, (id, entries, *scroll, note.as_deref())),
        Mode::Leaving(leaving) => leaving::unsaved(model, leaving, frame, body),
        Mode::Recovery(offer) => leaving::offer(model, offer, frame, body),
        Mode::Browse => {}
    }
    if model.monochrome {
        monochrome(frame.buffer_mut());
    }
}

/// Takes the colours out of a drawn frame: what was set apart by a background (a selection,
/// a tab, an error) is shown in reverse video instead; bold and the glyphs stay.
fn monochrome(buffer: &mut ratatui::buffer::Buffer) {
    use ratatui::style::{Color, Modifier};
    for cell in &mut buffer.content {
        if cell.bg != Color::Reset {
            cell.modifier.insert(Modifier::REVERSED);
        }
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
    }
}
