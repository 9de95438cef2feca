//! The one key table: it dispatches keys and it writes the help overlay and the footer, so
//! neither can drift from what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::model::Mode;
use super::msg::Msg;
use crate::i18n::KeyLabels;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every mode.
    Global,
    Browse,
    Help,
}

impl Scope {
    const fn of(mode: Mode) -> Self {
        match mode {
            Mode::Browse => Self::Browse,
            Mode::Help { .. } => Self::Help,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

impl Key {
    /// How the help overlay and the footer write the key.
    pub fn name(self, labels: &KeyLabels) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => labels.space.to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    pub msg: Msg,
    pub label: fn(&KeyLabels) -> &'static str,
    /// Shown in the footer, not only in the help overlay.
    pub footer: bool,
}

pub static BINDINGS: &[Binding] = &[
    Binding {
        scope: Scope::Global,
        keys: &[k('q'), ctrl('c')],
        msg: Msg::Quit,
        label: |l| l.quit,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('k'), code(KeyCode::Up)],
        msg: Msg::Up,
        label: |l| l.up,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('j'), code(KeyCode::Down)],
        msg: Msg::Down,
        label: |l| l.down,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('l'), code(KeyCode::Right), code(KeyCode::Enter)],
        msg: Msg::Drill,
        label: |l| l.drill,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('h'), code(KeyCode::Left)],
        msg: Msg::Back,
        label: |l| l.back,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('g'), code(KeyCode::Home)],
        msg: Msg::Top,
        label: |l| l.top,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('G'), code(KeyCode::End)],
        msg: Msg::Bottom,
        label: |l| l.bottom,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::PageUp), ctrl('u')],
        msg: Msg::PageUp,
        label: |l| l.page_up,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::PageDown), ctrl('d')],
        msg: Msg::PageDown,
        label: |l| l.page_down,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k(' '), k('x')],
        msg: Msg::ToggleDone,
        label: |l| l.toggle_done,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('?')],
        msg: Msg::Help,
        label: |l| l.help,
        footer: true,
    },
    Binding {
        scope: Scope::Help,
        keys: &[k('j'), code(KeyCode::Down)],
        msg: Msg::Down,
        label: |l| l.down,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[k('k'), code(KeyCode::Up)],
        msg: Msg::Up,
        label: |l| l.up,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[code(KeyCode::PageDown), k(' ')],
        msg: Msg::PageDown,
        label: |l| l.page_down,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[code(KeyCode::PageUp)],
        msg: Msg::PageUp,
        label: |l| l.page_up,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[k('g'), code(KeyCode::Home)],
        msg: Msg::Top,
        label: |l| l.top,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[code(KeyCode::Esc), k('?'), k('h'), code(KeyCode::Left)],
        msg: Msg::Close,
        label: |l| l.close,
        footer: true,
    },
];

/// The message a key press means in this mode, if any.
pub fn msg_for(mode: Mode, event: KeyEvent) -> Option<Msg> {
    let key = Key {
        code: event.code,
        // Shift is already in the character ('G'); Alt chords are not ours.
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    };
    if event.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    let scope = Scope::of(mode);
    BINDINGS
        .iter()
        .filter(|b| b.scope == scope || b.scope == Scope::Global)
        .find(|b| b.keys.contains(&key))
        .map(|b| b.msg.clone())
}

/// The bindings that apply in a mode, for the help overlay and the footer.
pub fn bindings_for(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    let scope = Scope::of(mode);
    BINDINGS
        .iter()
        .filter(move |b| b.scope == scope || b.scope == Scope::Global)
}
