//! jalons: a keyboard-driven roadmap for a city's international-relations cabinet.

pub mod app;
pub mod builtin;
pub mod cli;
pub mod config;
pub mod dates;
pub mod domain;
pub mod export;
pub mod fold;
pub mod generate;
pub mod i18n;
pub mod merge;
pub mod runtime;
pub mod sanitize;
pub mod search;
pub mod store;
pub mod sync;
pub mod ui;
