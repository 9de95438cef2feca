//! clap's usage errors in French: the same facts as clap's own (`RichFormatter`), from the
//! error's context, in French words and with French quotation marks.

use std::fmt::Write as _;

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

use super::cli_help_fr::CLAP_FR;

/// Formats a clap error in French; `clap::Error::apply::<FrenchErrors>()` puts it to use.
pub struct FrenchErrors;

const TAB: &str = "  ";

impl ErrorFormatter for FrenchErrors {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        // clap keeps the command's styles to itself; jalons sets none of its own.
        let styles = Styles::default();
        let bad = styles.get_error();
        let valid = styles.get_valid();
        let mut out = StyledStr::new();
        let _ = write!(out, "{bad}erreur :{bad:#} ");
        if let Some(ContextValue::String(message)) = error.get(ContextKind::Custom) {
            out.push_str(message);
        } else if let Some(text) = described(error, &styles) {
            out.push_str(&text);
        } else if let Some(source) = std::error::Error::source(error) {
            let _ = write!(out, "{source}");
        } else {
            out.push_str(kind(error.kind()));
        }
        let mut tips = Vec::new();
        for (context, what) in [
            (ContextKind::SuggestedSubcommand, Similar::Command),
            (ContextKind::SuggestedArg, Similar::Argument),
            (ContextKind::SuggestedValue, Similar::Value),
        ] {
            if let Some(value) = error.get(context) {
                tips.push(similar(what, &strings(value)));
            }
        }
        if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested) {
            tips.extend(suggested.iter().map(|s| tip(&s.to_string())));
        }
        if !tips.is_empty() {
            out.push_str("\n");
        }
        for text in tips {
            let _ = write!(out, "\n{TAB}{valid}conseil :{valid:#} {text}");
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            out.push_str("\n\n");
            let _ = write!(out, "{}", usage_in_french(usage).ansi());
        }
        let literal = styles.get_literal();
        let _ = writeln!(
            out,
            "\n\nPour en savoir plus, essayez « {literal}--help{literal:#} »."
        );
        out
    }
}

/// clap's usage line ("Usage: jalons list …") with the French heading, its other lines moved
/// to stay under the first.
pub fn usage_in_french(usage: &StyledStr) -> StyledStr {
    let text = usage.ansi().to_string();
    if !text.contains("Usage:") {
        return usage.clone();
    }
    let heading = CLAP_FR.usage;
    let extra = " ".repeat(heading.chars().count().saturating_sub("Usage:".len()));
    StyledStr::from(
        text.replacen("Usage:", heading, 1)
            .replace("\n       ", &format!("\n       {extra}")),
    )
}

#[derive(Clone, Copy)]
enum Similar {
    Command,
    Argument,
    Value,
}

fn similar(what: Similar, names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("« {n} »")).collect();
    let list = quoted.join(", ");
    match (what, names.len()) {
        (Similar::Command, 1) => format!("une commande proche existe : {list}"),
        (Similar::Command, _) => format!("des commandes proches existent : {list}"),
        (Similar::Argument, 1) => format!("un argument proche existe : {list}"),
        (Similar::Argument, _) => format!("des arguments proches existent : {list}"),
        (Similar::Value, 1) => format!("une valeur proche existe : {list}"),
        (Similar::Value, _) => format!("des valeurs proches existent : {list}"),
    }
}

/// clap's own tips, known by their English shape; any other is left as clap says it.
fn tip(english: &str) -> String {
    let quoted = |s: &str| s.trim_matches('\'').to_owned();
    if let Some(rest) = english.strip_prefix("to pass ")
        && let Some((arg, how)) = rest.split_once(" as a value, use ")
    {
        return format!(
            "pour passer « {} » comme valeur, écrivez « {} »",
            quoted(arg),
            quoted(how)
        );
    }
    if let Some(rest) = english.strip_prefix("subcommand ")
        && let Some((name, _)) = rest.split_once(" exists; to use it")
    {
        return format!(
            "la commande « {} » existe : pour l'employer, ôtez le « -- » qui la précède",
            quoted(name)
        );
    }
    if let Some(both) = english.strip_suffix(" exists") {
        return format!("« {} » existe", quoted(both));
    }
    english.to_owned()
}

fn strings(value: &ContextValue) -> Vec<String> {
    match value {
        ContextValue::String(s) => vec![s.clone()],
        ContextValue::Strings(v) => v.clone(),
        other => vec![other.to_string()],
    }
}

fn number(value: Option<&ContextValue>) -> Option<isize> {
    match value {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

fn string(value: Option<&ContextValue>) -> Option<&str> {
    match value {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

/// "1 a été donnée", "2 ont été données".
fn given(n: isize) -> String {
    if n > 1 {
        format!("{n} ont été données")
    } else {
        format!("{n} a été donnée")
    }
}

/// The error in words from its context, as clap's `RichFormatter` does; `None` when the
/// context lacks what the kind needs.
fn described(error: &clap::error::Error<FrenchErrors>, styles: &Styles) -> Option<String> {
    let bad = styles.get_invalid();
    let valid = styles.get_valid();
    let literal = styles.get_literal();
    let arg = string(error.get(ContextKind::InvalidArg));
    let value = string(error.get(ContextKind::InvalidValue));
    let list = |context: ContextKind, name: &str| match error.get(context) {
        Some(ContextValue::Strings(values)) if !values.is_empty() => {
            let values: Vec<String> = values
                .iter()
                .map(|v| format!("{valid}{v}{valid:#}"))
                .collect();
            format!("\n{TAB}[{name} : {}]", values.join(", "))
        }
        _ => String::new(),
    };
    let text = match error.kind() {
        ErrorKind::ArgumentConflict => conflict(error, styles)?,
        ErrorKind::NoEquals => format!(
            "il faut un signe égal pour donner une valeur à « {bad}{}{bad:#} »",
            arg?
        ),
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let head = if value.is_empty() {
                format!("« {bad}{arg}{bad:#} » attend une valeur, et aucune n'a été donnée")
            } else {
                format!(
                    "valeur « {bad}{value}{bad:#} » invalide pour « {literal}{arg}{literal:#} »"
                )
            };
            head + &list(ContextKind::ValidValue, "valeurs possibles")
        }
        ErrorKind::InvalidSubcommand => format!(
            "commande « {bad}{}{bad:#} » inconnue",
            string(error.get(ContextKind::InvalidSubcommand))?
        ),
        ErrorKind::MissingRequiredArgument => match error.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(missing)) => {
                let mut text = if missing.len() > 1 {
                    "ces arguments obligatoires manquent :".to_owned()
                } else {
                    "cet argument obligatoire manque :".to_owned()
                };
                for m in missing {
                    let _ = write!(text, "\n{TAB}{valid}{m}{valid:#}");
                }
                text
            }
            _ => return None,
        },
        ErrorKind::MissingSubcommand => {
            let name = string(error.get(ContextKind::InvalidSubcommand))?;
            format!("« {bad}{name}{bad:#} » attend une commande, et aucune n'a été donnée")
                + &list(ContextKind::ValidSubcommand, "commandes possibles")
        }
        ErrorKind::TooManyValues => format!(
            "valeur « {bad}{}{bad:#} » en trop pour « {literal}{}{literal:#} » : il n'en fallait pas d'autre",
            value?, arg?
        ),
        ErrorKind::TooFewValues => {
            let actual = number(error.get(ContextKind::ActualNumValues))?;
            let min = number(error.get(ContextKind::MinValues))?;
            format!(
                "« {literal}{}{literal:#} » attend au moins {valid}{min}{valid:#} valeurs ; seulement {}",
                arg?,
                given(actual)
            )
        }
        ErrorKind::ValueValidation => {
            let mut text = format!(
                "valeur « {bad}{}{bad:#} » invalide pour « {literal}{}{literal:#} »",
                value?, arg?
            );
            if let Some(source) = std::error::Error::source(error) {
                let _ = write!(text, " : {source}");
            }
            text
        }
        ErrorKind::WrongNumberOfValues => {
            let actual = number(error.get(ContextKind::ActualNumValues))?;
            let expected = number(error.get(ContextKind::ExpectedNumValues))?;
            format!(
                "« {literal}{}{literal:#} » attend {valid}{expected}{valid:#} valeurs, mais {}",
                arg?,
                given(actual)
            )
        }
        ErrorKind::UnknownArgument => format!("argument « {bad}{}{bad:#} » inattendu", arg?),
        _ => return None,
    };
    Some(text)
}

/// Two arguments that do not go together, or one given twice.
fn conflict(error: &clap::error::Error<FrenchErrors>, styles: &Styles) -> Option<String> {
    let bad = styles.get_invalid();
    let arg = string(error.get(ContextKind::InvalidArg));
    let prior = error.get(ContextKind::PriorArg);
    let mut text = match (arg, string(error.get(ContextKind::InvalidSubcommand))) {
        (Some(a), _) if string(prior) == Some(a) => {
            return Some(format!(
                "l'argument « {bad}{a}{bad:#} » ne peut être donné qu'une fois"
            ));
        }
        (Some(a), _) => format!("l'argument « {bad}{a}{bad:#} » ne va pas avec"),
        (None, Some(s)) => format!("la commande « {bad}{s}{bad:#} » ne va pas avec"),
        (None, None) => return None,
    };
    match prior {
        Some(ContextValue::Strings(others)) => {
            text.push_str(" :");
            for other in others {
                let _ = write!(text, "\n{TAB}{bad}{other}{bad:#}");
            }
        }
        Some(ContextValue::String(other)) => {
            let _ = write!(text, " « {bad}{other}{bad:#} »");
        }
        _ => text.push_str(" un ou plusieurs des autres arguments donnés"),
    }
    Some(text)
}

/// What each kind of error is, when its context says no more.
const fn kind(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::InvalidValue => "valeur invalide",
        ErrorKind::UnknownArgument => "argument inattendu",
        ErrorKind::InvalidSubcommand => "commande inconnue",
        ErrorKind::NoEquals => "il manque un signe égal",
        ErrorKind::ValueValidation => "valeur invalide pour un argument",
        ErrorKind::TooManyValues => "trop de valeurs",
        ErrorKind::TooFewValues => "pas assez de valeurs",
        ErrorKind::WrongNumberOfValues => "nombre de valeurs incorrect",
        ErrorKind::ArgumentConflict => "un argument ne va pas avec un autre",
        ErrorKind::MissingRequiredArgument => "un argument obligatoire manque",
        ErrorKind::MissingSubcommand => "une commande manque",
        ErrorKind::InvalidUtf8 => "argument qui n'est pas de l'UTF-8",
        ErrorKind::Io => "erreur d'entrée-sortie",
        ErrorKind::Format => "erreur de mise en forme",
        _ => "erreur de la ligne de commande",
    }
}
