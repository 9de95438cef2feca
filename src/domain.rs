//! The plan and what can be done to it. Knows nothing of terminals or files.

mod agenda;
mod carry;
mod date_serde;
mod edit;
mod filter;
mod glance;
mod health;
mod ids;
mod index;
mod index_update;
mod model;
mod ops;
mod readiness;
mod review;
mod rhythm;
mod schedule;
mod status_serde;
mod template;
mod timeline;
mod validate;

pub use agenda::{DueEntry, DueRef, agenda};
pub use carry::{Carry, Part, State, contributors, owner_keeps, part};
pub use edit::{Kept, fields, record_at, with_fields};
pub use filter::{Filter, StatusFilter};
pub use glance::{Glance, by_late};
pub use health::{
    ActionHealth, HealthState, ObjectiveHealth, PlanHealth, Tally, Why, fresh_days, is_fresh,
    latest, latest_by, of_action, to_update,
};
pub use ids::{new_checkin_id, new_id, slug};
pub use index::{PlanIndex, Progress};
pub use model::*;
pub use ops::{Op, OpError, Place, Record, apply, apply_noting, locate};
pub use readiness::{AHEAD_DAYS, Readiness, trips_ahead};
pub use review::{Owned, Review, trips_by_date};
pub use rhythm::{RHYTHM_WEEKS, Week, monday, rhythm};
pub use schedule::{
    Bucket, bucket, days_until, is_late, item_due, item_late, late_actions_by_trip, trip_actions,
};
pub use template::{FromTemplate, from_template};
pub use timeline::{
    Cursor, DueDay, Event, Scale, Span, Tick, Zoom, day_ticks, deadline_ticks, due_days,
    entries_in, first_from, horizon_at, horizon_of, mandate, shifted, step, window,
};
pub use validate::{MAX_LINE_CHARS, MAX_TEXT_BYTES, Problem, keeps_valid, validate};
