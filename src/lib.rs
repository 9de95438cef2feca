//! jalons: a keyboard-driven roadmap for a city's international-relations cabinet.

pub mod app;
pub mod builtin;
pub mod cli;
pub mod domain;
pub mod i18n;
pub mod runtime;
pub mod sanitize;
pub mod store;
pub mod ui;
