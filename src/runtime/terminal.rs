//! Taking the terminal and giving it back exactly as it was, on quit, on a signal, on a panic.

use std::io::stdout;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

/// Raw mode and the alternate screen (ratatui's own, which also restores them on a panic),
/// bracketed paste so that a pasted text arrives whole, and the mouse when wanted.
pub fn enter(mouse: bool) -> std::io::Result<DefaultTerminal> {
    let terminal = ratatui::init();
    execute!(stdout(), EnableBracketedPaste)?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    // ratatui's hook leaves raw mode and the alternate screen; the mouse and paste modes
    // must be given back first, or the shell receives escape codes for every click.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release_modes();
        previous(info);
    }));
    Ok(terminal)
}

fn release_modes() {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
}

pub fn leave() {
    release_modes();
    ratatui::restore();
}
