//! A form to add or edit one record: text fields with a real line editor, choices picked by
//! typing a few letters, dates in any form an adviser types them. The form only holds what
//! is typed; `submit` turns it into an operation, or into errors shown beside the fields.

pub mod build;
mod checkin;
mod field;
mod submit;

use ratatui::crossterm::event::KeyEvent;

use super::msg::Msg;

pub use build::{edit, new};
pub use checkin::{checkin, read as read_checkin};
pub use field::{Choice, Field, MAX_LINE, Value, input_request};
pub use submit::submit;

/// The kinds of record a form writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Horizon,
    Objective,
    Action,
    Delegation,
    Trip,
    Member,
    Item,
    /// Not a record: a check-in on the action or objective the form's `parent` names.
    CheckIn,
    /// Not a record: what the lists show.
    Filter,
}

/// What a field holds; its label and its meaning on submit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldName {
    Title,
    Label,
    Name,
    Holder,
    Role,
    Kind,
    Horizon,
    Objective,
    Owner,
    CoOwners,
    Due,
    Start,
    Deadline,
    End,
    Status,
    Notes,
    Themes,
    Trip,
    Destination,
    Country,
    Purpose,
    Category,
    Template,
    Objectives,
    Theme,
    LateOnly,
    /// A check-in's health, its words, and the date it announces.
    Health,
    Update,
    NextDue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub kind: RecordKind,
    /// The record being edited; `None` for a new one.
    pub editing: Option<String>,
    /// The record as it was when the form opened: submitting changes only the fields the
    /// adviser changed from it, whatever another instance saved meanwhile.
    pub seen: Option<crate::domain::Record>,
    /// The trip a member or a checklist item belongs to.
    pub parent: Option<String>,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// A problem with the whole form (an operation the plan refused).
    pub error: Option<String>,
}

impl Form {
    pub fn next_field(&mut self, forward: bool) {
        let n = self.fields.len();
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
    }

    pub fn field(&self, name: FieldName) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub fn field_mut(&mut self, name: FieldName) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.name == name)
    }

    pub fn key(&mut self, key: KeyEvent) {
        if let Some(field) = self.fields.get_mut(self.focus) {
            field.key(key);
        }
        self.error = None;
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(field) = self.fields.get_mut(self.focus) {
            field.paste(text);
        }
    }

    /// Whether the focused field is a text of several lines (where `Enter`, `↑` and `↓`
    /// are the editor's).
    pub fn on_lines(&self) -> bool {
        self.fields.get(self.focus).is_some_and(Field::takes_lines)
    }

    /// Takes a message that edits the form in place (moving between fields, typing,
    /// pasting); gives back any other, for the mode to act on.
    pub fn edit(&mut self, msg: Msg) -> Option<Msg> {
        match msg {
            Msg::FormNext => self.next_field(true),
            Msg::FormPrev => self.next_field(false),
            Msg::NewLine => {
                if let Some(field) = self.fields.get_mut(self.focus) {
                    field.new_line();
                }
            }
            Msg::LineUp | Msg::LineDown => {
                let down = msg == Msg::LineDown;
                let moved = self
                    .fields
                    .get_mut(self.focus)
                    .is_some_and(|f| f.line_step(down));
                if !moved {
                    self.next_field(down);
                }
            }
            Msg::Input(key) => self.key(key),
            Msg::Paste(text) => self.paste(&text),
            Msg::ExternalEdited(name, Ok(text)) => {
                if let Some(field) = self.field_mut(name) {
                    field.set_text(&text);
                }
            }
            other => return Some(other),
        }
        None
    }
}
