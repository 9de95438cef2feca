//! One field of a form: free text with a line editor, text of several lines (notes, a
//! trip's purpose) with a multi-line editor, or a choice found by typing a few letters of
//! its label, and how it takes a key.

use std::borrow::Cow;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use tui_input::{Input, InputRequest};

use super::FieldName;
use crate::fold::fold;

/// One option of a choice: the ID it stands for and how it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub label: String,
    /// The label folded once, when first filtered, not on every keystroke: a choice of
    /// objectives has 10,000 options at 100,000 actions.
    folded: std::cell::OnceCell<String>,
}

impl Choice {
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            label: label.into(),
            folded: std::cell::OnceCell::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Value {
    /// Free text, or a date as typed (checked on submit).
    Text { input: Input, max: usize },
    /// Text of several lines (notes, a trip's purpose): `Enter` breaks the line.
    Lines(Box<TextArea<'static>>),
    /// One of `options` (or none when `optional`), found by typing into `filter`.
    One {
        filter: Input,
        options: Vec<Choice>,
        selected: Option<usize>,
        optional: bool,
    },
    /// Any of `options`: `Space` toggles the one under `cursor`.
    Many {
        filter: Input,
        options: Vec<Choice>,
        chosen: Vec<bool>,
        cursor: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: FieldName,
    pub value: Value,
    pub error: Option<String>,
}

/// `tui_input::Input` has no equality: two values are equal when their texts and cursors are.
impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &Input, b: &Input| a.value() == b.value() && a.cursor() == b.cursor();
        match (self, other) {
            (
                Self::Text { input, max },
                Self::Text {
                    input: other,
                    max: other_max,
                },
            ) => same(input, other) && max == other_max,
            (Self::Lines(area), Self::Lines(other)) => {
                area.lines() == other.lines() && area.cursor() == other.cursor()
            }
            (
                Self::One {
                    filter,
                    options,
                    selected,
                    optional,
                },
                Self::One {
                    filter: other_filter,
                    options: other_options,
                    selected: other_selected,
                    optional: other_optional,
                },
            ) => {
                same(filter, other_filter)
                    && options == other_options
                    && selected == other_selected
                    && optional == other_optional
            }
            (
                Self::Many {
                    filter,
                    options,
                    chosen,
                    cursor,
                },
                Self::Many {
                    filter: other_filter,
                    options: other_options,
                    chosen: other_chosen,
                    cursor: other_cursor,
                },
            ) => {
                same(filter, other_filter)
                    && options == other_options
                    && chosen == other_chosen
                    && cursor == other_cursor
            }
            _ => false,
        }
    }
}

impl Eq for Value {}

/// What a key does to a line of text. A terminal reports Alt-b, Alt-f and Alt-d as ALT, where
/// `tui-input` expects META for its word moves and deletes: they are the same key here.
pub fn input_request(mut key: KeyEvent) -> Option<InputRequest> {
    if key.modifiers == KeyModifiers::ALT {
        key.modifiers = KeyModifiers::META;
    }
    tui_input::backend::crossterm::to_input_request(&Event::Key(key))
}

/// The longest text a line field takes (a title); a text of several lines takes what a store
/// may hold (`MAX_TEXT_BYTES`), checked on submit.
pub const MAX_LINE: usize = 300;

impl Field {
    pub fn text(name: FieldName, value: &str, max: usize) -> Self {
        Self {
            name,
            value: Value::Text {
                input: Input::new(value.to_owned()),
                max,
            },
            error: None,
        }
    }

    /// A text of several lines, its cursor at the end as in a line field.
    pub fn lines(name: FieldName, value: &str) -> Self {
        // A line break written `\r\n` by hand is a line break.
        let lines = value
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l).to_owned());
        let mut area = TextArea::new(lines.collect());
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        // Long lines wrap at words in the form's width; the cursor's line is not underlined.
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_cursor_line_style(ratatui::style::Style::new());
        Self {
            name,
            value: Value::Lines(Box::new(area)),
            error: None,
        }
    }

    pub fn one(
        name: FieldName,
        options: Vec<Choice>,
        current: Option<&str>,
        optional: bool,
    ) -> Self {
        let selected = current
            .and_then(|id| options.iter().position(|o| o.id == id))
            .or(if optional { None } else { Some(0) });
        Self {
            name,
            value: Value::One {
                filter: Input::default(),
                options,
                selected,
                optional,
            },
            error: None,
        }
    }

    pub fn many(name: FieldName, options: Vec<Choice>, current: &[String]) -> Self {
        let chosen = options.iter().map(|o| current.contains(&o.id)).collect();
        Self {
            name,
            value: Value::Many {
                filter: Input::default(),
                options,
                chosen,
                cursor: 0,
            },
            error: None,
        }
    }

    /// The text typed, for text fields (lines joined by line breaks).
    pub fn as_text(&self) -> Cow<'_, str> {
        match &self.value {
            Value::Text { input, .. } => Cow::Borrowed(input.value()),
            Value::Lines(area) => Cow::Owned(area.lines().join("\n")),
            Value::One { .. } | Value::Many { .. } => Cow::Borrowed(""),
        }
    }

    /// Replaces the text of a text field (what an external editor wrote), the cursor at the
    /// end.
    pub fn set_text(&mut self, text: &str) {
        match &mut self.value {
            Value::Text { input, .. } => *input = Input::new(text.to_owned()),
            Value::Lines(_) => *self = Self::lines(self.name, text),
            Value::One { .. } | Value::Many { .. } => {}
        }
        self.error = None;
    }

    /// Whether `Enter`, `↑` and `↓` belong to the field (a text of several lines).
    pub const fn takes_lines(&self) -> bool {
        matches!(self.value, Value::Lines(_))
    }

    /// In a text of several lines: a line break at the cursor.
    pub fn new_line(&mut self) {
        if let Value::Lines(area) = &mut self.value {
            area.insert_newline();
            self.error = None;
        }
    }

    /// In a text of several lines: the cursor one line up (or down). `false` when it is on
    /// the first (or last) line already, where the key goes on to the field before (after).
    pub fn line_step(&mut self, down: bool) -> bool {
        let Value::Lines(area) = &mut self.value else {
            return false;
        };
        let row = area.cursor().0;
        let last = area.lines().len().saturating_sub(1);
        if (down && row >= last) || (!down && row == 0) {
            return false;
        }
        area.move_cursor(if down {
            CursorMove::Down
        } else {
            CursorMove::Up
        });
        true
    }

    /// The ID chosen, for single choices.
    pub fn chosen(&self) -> Option<&str> {
        match &self.value {
            Value::One {
                options, selected, ..
            } => selected.and_then(|i| options.get(i)).map(|o| o.id.as_str()),
            _ => None,
        }
    }

    /// The IDs chosen, for multiple choices.
    pub fn chosen_many(&self) -> Vec<String> {
        match &self.value {
            Value::Many {
                options, chosen, ..
            } => options
                .iter()
                .zip(chosen)
                .filter(|(_, c)| **c)
                .map(|(o, _)| o.id.clone())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Positions of the options matching what was typed into the filter.
    pub fn matches(&self) -> Vec<usize> {
        let (filter, options) = match &self.value {
            Value::One {
                filter, options, ..
            }
            | Value::Many {
                filter, options, ..
            } => (filter.value(), options),
            Value::Text { .. } | Value::Lines(_) => return Vec::new(),
        };
        if filter.is_empty() {
            return (0..options.len()).collect();
        }
        let filter = fold(filter);
        (0..options.len())
            .filter(|&i| {
                let option = &options[i];
                option
                    .folded
                    .get_or_init(|| fold(&option.label))
                    .contains(&filter)
            })
            .collect()
    }

    /// A key typed while this field has the focus.
    pub fn key(&mut self, key: KeyEvent) {
        let matches = self.matches();
        match &mut self.value {
            Value::Text { input, max } => {
                if let Some(request) = input_request(key) {
                    let before = input.clone();
                    input.handle(request);
                    // A text already longer than the field takes (written by hand in the
                    // store) may still be moved through and shortened, never lengthened.
                    let (now, was) = (input.value().chars().count(), before.value().chars());
                    if now > *max && now > was.count() {
                        *input = before;
                    }
                }
            }
            Value::Lines(area) => {
                // Alt chords are word moves there too; everything else is the editor's
                // own (arrows, Home/End, Ctrl-w, Ctrl-k, Ctrl-u undo…).
                area.input(key);
            }
            Value::One {
                filter,
                selected,
                optional,
                ..
            } => match key.code {
                KeyCode::Left | KeyCode::Right => {
                    *selected = cycle(&matches, *selected, key.code == KeyCode::Right, *optional);
                }
                _ => {
                    if let Some(request) = input_request(key) {
                        filter.handle(request);
                        // Nothing matches what is typed: nothing is chosen, rather than
                        // keeping a choice the adviser typed away from.
                        let matches = self.matches();
                        if let Value::One { selected, .. } = &mut self.value {
                            *selected = matches.first().copied();
                        }
                    }
                }
            },
            Value::Many {
                filter,
                chosen,
                cursor,
                ..
            } => match key.code {
                KeyCode::Left | KeyCode::Right => {
                    let at = matches.iter().position(|&m| m == *cursor);
                    let next = cycle(
                        &matches,
                        at.map(|i| matches[i]),
                        key.code == KeyCode::Right,
                        false,
                    );
                    *cursor = next.unwrap_or(*cursor);
                }
                KeyCode::Char(' ') => {
                    if let Some(c) = chosen.get_mut(*cursor) {
                        *c = !*c;
                    }
                }
                _ => {
                    if let Some(request) = input_request(key) {
                        filter.handle(request);
                        let first = self.matches().first().copied();
                        if let (Value::Many { cursor, .. }, Some(first)) = (&mut self.value, first)
                        {
                            *cursor = first;
                        }
                    }
                }
            },
        }
        self.error = None;
    }

    /// Pasted text: typed in, without controls; line breaks kept in a text of several
    /// lines, where a paste stops at what a store may hold.
    pub fn paste(&mut self, text: &str) {
        if let Value::Lines(area) = &mut self.value {
            let room = crate::domain::MAX_TEXT_BYTES
                .saturating_sub(area.lines().iter().map(String::len).sum());
            let mut kept = String::with_capacity(text.len().min(room));
            for c in text.replace("\r\n", "\n").chars() {
                if kept.len() + c.len_utf8() > room {
                    break;
                }
                kept.push(if c.is_control() && c != '\n' { ' ' } else { c });
            }
            area.insert_str(kept);
            self.error = None;
            return;
        }
        let (Value::Text { input, .. }
        | Value::One { filter: input, .. }
        | Value::Many { filter: input, .. }) = &mut self.value
        else {
            return;
        };
        let was = input.value().chars().count();
        for c in text.chars() {
            let c = if c.is_control() { ' ' } else { c };
            input.handle(InputRequest::InsertChar(c));
        }
        // What was there before the paste is never cut.
        let max = match &self.value {
            Value::Text { max, .. } => *max,
            _ => MAX_LINE,
        }
        .max(was);
        let (Value::Text { input, .. }
        | Value::One { filter: input, .. }
        | Value::Many { filter: input, .. }) = &mut self.value
        else {
            return;
        };
        if input.value().chars().count() > max {
            let cut: String = input.value().chars().take(max).collect();
            *input = Input::new(cut);
        }
        self.error = None;
    }
}

/// The next (or previous) of `matches` after `current`, wrapping; an optional choice passes
/// through "none" between the last and the first.
fn cycle(
    matches: &[usize],
    current: Option<usize>,
    forward: bool,
    optional: bool,
) -> Option<usize> {
    if matches.is_empty() {
        return current;
    }
    let at = current.and_then(|c| matches.iter().position(|&m| m == c));
    let n = matches.len();
    match (at, forward) {
        (None, true) => Some(matches[0]),
        (None, false) => Some(matches[n - 1]),
        (Some(i), true) if i + 1 == n && optional => None,
        (Some(i), true) => Some(matches[(i + 1) % n]),
        (Some(0), false) if optional => None,
        (Some(i), false) => Some(matches[(i + n - 1) % n]),
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;

    fn typed(field: &mut Field, keys: &[KeyCode]) -> Vec<usize> {
        for &code in keys {
            field.key(KeyEvent::new(code, KeyModifiers::NONE));
        }
        field.matches()
    }

    #[test]
    fn a_choice_is_filtered_without_case_or_accents_as_the_filter_changes() {
        let options = vec![
            Choice::new("d-deleg", "Délégation générale"),
            Choice::new("d-europe", "Europe"),
            Choice::new("d-eco", "Développement ÉCONOMIQUE"),
        ];
        let mut field = Field::one(FieldName::Owner, options, None, false);
        let chars = |text: &str| text.chars().map(KeyCode::Char).collect::<Vec<_>>();
        assert_eq!(field.matches(), vec![0, 1, 2]);
        assert_eq!(typed(&mut field, &chars("DEV")), vec![2]);
        assert_eq!(field.chosen(), Some("d-eco"));
        let erase = [KeyCode::Backspace; 3];
        assert_eq!(typed(&mut field, &erase), vec![0, 1, 2]);
        assert_eq!(typed(&mut field, &chars("éco")), vec![2]);
        assert_eq!(typed(&mut field, &erase), vec![0, 1, 2]);
        assert_eq!(typed(&mut field, &chars("e")), vec![0, 1, 2]);
        assert_eq!(typed(&mut field, &chars("u")), vec![1]);
        assert_eq!(typed(&mut field, &chars("x")), Vec::<usize>::new());
        assert_eq!(
            field.chosen(),
            None,
            "nothing typed matches: nothing chosen"
        );
    }
}
