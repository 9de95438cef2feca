//! Undo and redo: each change keeps the operation that undoes it, and what it was called, so
//! the status bar can say what was undone. Undoing is a change like any other: applied,
//! saved and merged with other instances by the same path.

use crate::domain::Op;

/// How many changes can be undone.
pub const DEPTH: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The operation that takes the plan back (for the undo stack) or forward (for redo).
    pub op: Op,
    /// What the change was, as the status bar said it.
    pub label: String,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl History {
    /// Records a new change (by its inverse); whatever was undone can no longer be redone.
    pub fn record(&mut self, inverse: Op, label: String) {
        self.redo.clear();
        self.push_undo(Step { op: inverse, label });
    }

    fn push_undo(&mut self, step: Step) {
        if self.undo.len() == DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(step);
    }

    pub fn take_undo(&mut self) -> Option<Step> {
        self.undo.pop()
    }

    pub fn take_redo(&mut self) -> Option<Step> {
        self.redo.pop()
    }

    /// After an undo was applied: its inverse goes on the redo stack.
    pub fn undone(&mut self, redo: Op, label: String) {
        self.redo.push(Step { op: redo, label });
    }

    /// After a redo was applied: its inverse goes back on the undo stack.
    pub fn redone(&mut self, undo: Op, label: String) {
        self.push_undo(Step { op: undo, label });
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
