//! `config.toml` in the user's configuration folder: the adviser's own preferences.
//!
//! ```toml
//! lang = "fr"          # or "en"; the command line and JALONS_LANG win over it
//! theme = "colour"     # or "monochrome": no colour at all, every state still shown by glyph
//! mouse = true         # click to select, wheel to scroll; --no-mouse turns it off
//! backups = 14         # daily copies of the store kept beside it; 0: none
//! export_dir = "~/Documents/cabinet"  # where `E` writes; default: the documents folder
//!
//! [sync]
//! interval_minutes = 15  # a shared roadmap syncs by itself this often; 0 (default): off
//! ```

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::Lang;
use crate::sanitize::inert;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    #[serde(alias = "color")]
    Colour,
    Monochrome,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub mouse: bool,
    /// How many daily backups of the store are kept beside it (0: none).
    pub backups: usize,
    /// Where the interface's export menu writes (`~/` is the home folder).
    pub export_dir: Option<PathBuf>,
    pub sync: SyncConfig,
}

/// `[sync]`: sharing the roadmap through git.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SyncConfig {
    /// An open interface syncs a shared roadmap this often, in minutes (0: only on `s`).
    pub interval_minutes: u32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            lang: None,
            theme: Theme::Colour,
            mouse: true,
            backups: crate::store::DEFAULT_KEPT,
            export_dir: None,
            sync: SyncConfig::default(),
        }
    }
}

impl Config {
    /// The folder the export menu writes into: `export_dir` (`~/` expanded, relative to the
    /// current folder), else the user's documents folder when there is one, else the
    /// current folder.
    pub fn export_folder(&self) -> PathBuf {
        let home = || directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
        let current = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        if let Some(dir) = &self.export_dir {
            let expanded = match (dir.strip_prefix("~"), home()) {
                (Ok(rest), Some(home)) => home.join(rest),
                _ => dir.clone(),
            };
            return current.join(expanded);
        }
        directories::UserDirs::new()
            .and_then(|u| u.document_dir().map(Path::to_path_buf))
            .filter(|d| d.is_dir())
            .unwrap_or(current)
    }
}

/// A configuration file that could not be read, with the place of the problem.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {message}", shown(.path), at(*.line, *.column))]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

fn shown(path: &Path) -> String {
    inert(&path.display().to_string()).into_owned()
}

fn at(line: usize, column: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(":{line}:{column}")
    }
}

/// The default place of the file: `config.toml` in the user's configuration folder.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "jalons").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the configuration; no file at all means the defaults.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(ConfigError {
                path: path.to_path_buf(),
                line: 0,
                column: 0,
                message: e.to_string(),
            });
        }
    };
    toml::from_str(&text).map_err(|e| {
        let (line, column) = e
            .span()
            .map_or((0, 0), |span| line_column(&text, span.start));
        ConfigError {
            path: path.to_path_buf(),
            line,
            column,
            message: inert(e.message()).into_owned(),
        }
    })
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(text: &str) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("config.toml");
        fs::write(&path, text).expect("written");
        load(&path)
    }

    #[test]
    fn no_file_means_defaults() {
        let dir = tempfile::tempdir().expect("a temp dir");
        assert_eq!(
            load(&dir.path().join("none.toml")).ok(),
            Some(Config::default())
        );
    }

    #[test]
    fn reads_every_setting() {
        let config =
            load_text("lang = \"en\"\ntheme = \"monochrome\"\nmouse = false\nbackups = 0\n")
                .expect("valid");
        assert_eq!(config.lang, Some(Lang::En));
        assert_eq!(config.theme, Theme::Monochrome);
        assert!(!config.mouse);
        assert_eq!(config.backups, 0);
        assert_eq!(load_text("").expect("valid").backups, 14);
        assert_eq!(
            load_text("").expect("valid").sync.interval_minutes,
            0,
            "off"
        );
        let every = load_text("[sync]\ninterval_minutes = 15\n").expect("valid");
        assert_eq!(every.sync.interval_minutes, 15);
        assert!(
            load_text("[sync]\nevery = 15\n").is_err(),
            "an unknown key is refused"
        );
        assert!(load_text("backups = -1\n").is_err());
    }

    #[test]
    fn the_export_folder_is_the_setting_with_home_expanded() {
        let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
        let config = load_text("export_dir = \"~/Documents/cabinet\"\n").expect("valid");
        if let Some(home) = home {
            assert_eq!(config.export_folder(), home.join("Documents/cabinet"));
        }
        let absolute = load_text("export_dir = \"/srv/partage\"\n").expect("valid");
        assert_eq!(absolute.export_folder(), PathBuf::from("/srv/partage"));
        let relative = load_text("export_dir = \"exports\"\n").expect("valid");
        let here = std::env::current_dir().expect("a current folder");
        assert_eq!(relative.export_folder(), here.join("exports"));
        assert!(
            Config::default().export_folder().is_dir(),
            "documents or here"
        );
    }

    #[test]
    fn a_bad_file_names_the_line_and_column() {
        let e = load_text("lang = \"fr\"\ntheme = \"sepia\"\n").expect_err("sepia is no theme");
        assert_eq!((e.line, e.column), (2, 9), "{e}");
        assert!(e.to_string().contains("config.toml:2:9"), "{e}");
        let e = load_text("mouse = yes\n").expect_err("not a boolean");
        assert_eq!(e.line, 1, "{e}");
        let e = load_text("colour = 1\n").expect_err("unknown key");
        assert!(e.to_string().contains("colour"), "{e}");
    }
}
