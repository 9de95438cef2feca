//! The one key table: it dispatches keys and it writes the help overlay and the footer, so
//! neither can drift from what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::model::Mode;
use super::msg::Msg;
use super::screen::Screen;
use crate::i18n::Catalogue;

mod here;
mod table;

pub use here::{deed, keys_here, place};
pub use table::bindings;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every mode.
    Global,
    /// Browsing any screen.
    Browse,
    /// Browsing one of the four list screens: `h` / `l` go back and drill in there, while on
    /// the dashboard they move through time.
    Lists,
    /// Browsing the weekly review only.
    Deadlines,
    /// A menu to choose from (the exports).
    Menu,
    /// Browsing the dashboard only.
    Dashboard,
    Help,
    /// A form is open: keys not bound here are typed into the field.
    Form,
    /// A form's text of several lines has the focus (notes, a purpose): before `Form`.
    Lines,
    Confirm,
    /// Picking one of a list: keys not bound here filter it.
    Pick,
    /// Searching: keys not bound here are typed into the query.
    Search,
    /// Reviewing conflicts.
    Conflicts,
    /// A record's history.
    History,
    /// The quit confirmation, when changes cannot be saved.
    Leaving,
    /// Every mode, forms included: keys that are about the terminal, not the roadmap.
    Always,
}

impl Scope {
    /// The scopes whose bindings apply, most specific first.
    fn of(mode: &Mode, screen: Screen) -> [Self; 4] {
        match (mode, screen) {
            (Mode::Form(form), _) if form.on_lines() => {
                [Self::Lines, Self::Form, Self::Form, Self::Form]
            }
            (Mode::Browse, Screen::Deadlines) => {
                [Self::Deadlines, Self::Lists, Self::Browse, Self::Global]
            }
            (Mode::Browse, Screen::Dashboard) => {
                [Self::Dashboard, Self::Browse, Self::Global, Self::Global]
            }
            (Mode::Browse, _) => [Self::Lists, Self::Browse, Self::Global, Self::Global],
            (Mode::Export { .. }, _) => [Self::Menu, Self::Global, Self::Global, Self::Global],
            (Mode::Help { .. }, _) => [Self::Help, Self::Global, Self::Global, Self::Global],
            (Mode::Conflicts { .. }, _) => {
                [Self::Conflicts, Self::Global, Self::Global, Self::Global]
            }
            (Mode::History { .. }, _) => [Self::History, Self::Global, Self::Global, Self::Global],
            // Letters are text here, so `q` does not quit.
            (Mode::Form(_) | Mode::Filter(_), _) => [Self::Form; 4],
            // The recovery offer is a yes-or-no question like a confirmation.
            (Mode::Confirm(_) | Mode::Recovery(_), _) => [Self::Confirm; 4],
            (Mode::Leaving(_), _) => [Self::Leaving; 4],
            (Mode::Pick(_), _) => [Self::Pick; 4],
            (Mode::Search(_), _) => [Self::Search; 4],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    /// How the help overlay and the footer write the key, in the interface's language
    /// ("Entrée", "Maj-Tab", "Page préc.").
    pub fn name(self, t: &Catalogue) -> String {
        let names = &t.help.keys;
        let base = match self.code {
            KeyCode::Char(' ') => names.space.to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::Enter => names.enter.to_owned(),
            KeyCode::Esc => names.esc.to_owned(),
            KeyCode::Home => names.home.to_owned(),
            KeyCode::End => names.end.to_owned(),
            KeyCode::PageUp => names.page_up.to_owned(),
            KeyCode::PageDown => names.page_down.to_owned(),
            KeyCode::Tab => names.tab.to_owned(),
            KeyCode::BackTab => names.back_tab.to_owned(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("{}{base}", names.ctrl)
        } else {
            base
        }
    }
}

pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    pub msg: Msg,
    pub label: fn(&Catalogue) -> &'static str,
    /// Shown in the footer, not only in the help overlay.
    pub footer: bool,
}

/// The message a key press means in this mode on this screen, if any.
pub fn msg_for(mode: &Mode, screen: Screen, event: KeyEvent) -> Option<Msg> {
    let key = Key {
        code: event.code,
        // Shift is already in the character ('G') or the code (BackTab); Alt chords are
        // not ours.
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    };
    let typing = matches!(
        mode,
        Mode::Form(_) | Mode::Pick(_) | Mode::Filter(_) | Mode::Search(_)
    );
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    let bound = (!alt)
        .then(|| {
            // Ctrl-Z suspends even in a form, where every other key is text.
            std::iter::once(Scope::Always)
                .chain(Scope::of(mode, screen))
                .find_map(|scope| {
                    bindings()
                        .filter(|b| b.scope == scope)
                        .find(|b| b.keys.contains(&key))
                        .map(|b| b.msg.clone())
                })
        })
        .flatten();
    // In a field every other key is editing (Alt chords move by words there).
    bound.or_else(|| typing.then_some(Msg::Input(event)))
}

/// The keys of `binding` that do its deed in this mode on this screen: those no more specific
/// scope takes first (in notes, `Enter` breaks the line, so saving is `Ctrl-s` there).
pub fn live_keys(binding: &Binding, mode: &Mode, screen: Screen) -> Vec<Key> {
    let chain: Vec<Scope> = std::iter::once(Scope::Always)
        .chain(Scope::of(mode, screen))
        .collect();
    binding
        .keys
        .iter()
        .copied()
        .filter(|key| {
            chain
                .iter()
                .find_map(|&scope| bindings().find(|b| b.scope == scope && b.keys.contains(key)))
                .is_some_and(|first| std::ptr::eq(first, binding))
        })
        .collect()
}

/// The bindings that apply in a mode on a screen, most specific first: the footer and help.
pub fn bindings_for(mode: &Mode, screen: Screen) -> impl Iterator<Item = &'static Binding> {
    let mut scopes = Scope::of(mode, screen).to_vec();
    scopes.dedup();
    scopes.push(Scope::Always);
    scopes
        .into_iter()
        .flat_map(|scope| bindings().filter(move |b| b.scope == scope))
}
