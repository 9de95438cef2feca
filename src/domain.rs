//! The plan and what can be done to it. Knows nothing of terminals or files.

mod agenda;
mod index;
mod model;
mod ops;
mod schedule;
mod validate;

pub use agenda::{DueEntry, DueRef, agenda};
pub use index::{PlanIndex, Progress};
pub use model::*;
pub use ops::{Op, OpError, Place, Record, apply, locate};
pub use schedule::{Bucket, bucket, days_until, is_late, item_due};
pub use validate::{Problem, validate};
