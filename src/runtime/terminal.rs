//! Taking the terminal and giving it back exactly as it was: on quit, on a signal, on a
//! panic, and around a suspension (Ctrl-Z).

use std::io::{self, stdout};

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use signal_hook::consts::SIGTSTP;

/// Raw mode and the alternate screen (ratatui's own, which also restores them on a panic),
/// bracketed paste so that a pasted text arrives whole, and the mouse when wanted.
pub fn enter(mouse: bool) -> io::Result<DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    modes(mouse)?;
    // ratatui's hook leaves raw mode and the alternate screen; the mouse and paste modes
    // must be given back first, or the shell receives escape codes for every click.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release_modes();
        previous(info);
    }));
    Ok(terminal)
}

fn modes(mouse: bool) -> io::Result<()> {
    execute!(stdout(), EnableBracketedPaste)?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

fn release_modes() {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
}

/// Gives the terminal back. Each step is tried even if one before failed, and none reports
/// an error: the terminal may be gone, and a message about it would have nowhere to go.
pub fn leave() {
    release_modes();
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), LeaveAlternateScreen, Show);
}

/// Ctrl-Z: gives the terminal back, stops the process as the shell expects, and once it is
/// continued (`fg`), takes the terminal again.
pub fn suspend(terminal: &mut DefaultTerminal, mouse: bool) -> io::Result<()> {
    leave();
    // SIGTSTP's default action is replaced by the signal thread's handler: this raises
    // SIGSTOP, which returns when the shell sends SIGCONT.
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    resume(terminal, mouse)
}

/// Raw mode, the alternate screen and the modes again, and a clear so that the next frame
/// is drawn whole: after a stop the screen holds whatever the shell left there.
pub fn resume(terminal: &mut DefaultTerminal, mouse: bool) -> io::Result<()> {
    // The shell may have set its own modes meanwhile while crossterm still believes raw
    // mode is on, in which case enabling it again would do nothing.
    let _ = disable_raw_mode();
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)?;
    modes(mouse)?;
    terminal.clear()
}
