//! Drawing: `view` reads the model and paints a frame. It changes nothing but scroll memory.

mod chrome;
mod detail;
mod help;
mod roadmap;
mod rows;
mod text;
mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{Mode, Model};

/// Below this the screens cannot be read; a message says so instead.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;

pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let message = Paragraph::new(model.t().too_small)
            .style(theme::LATE)
            .wrap(Wrap { trim: true });
        frame.render_widget(message, area);
        return;
    }
    let roomy = area.height >= 12;
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(u16::from(roomy)),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(u16::from(roomy)),
    ])
    .areas(area);
    chrome::header(model, frame, header);
    roadmap::draw(model, frame, body);
    chrome::status_bar(model, frame, status);
    chrome::footer(model, frame, footer);
    if let Mode::Help { scroll } = model.mode {
        help::draw(model, frame, body, scroll);
    }
}
