//! `Ctrl-e` in a text of several lines: the text edited in the adviser's own editor
//! (`$VISUAL`, else `$EDITOR`, else `vi`), the terminal given back to it meanwhile and taken
//! again after, exactly as around a suspension.

use std::fs::{self, OpenOptions};
use std::io::{self, Write as _};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::PathBuf;
use std::process::Command;

use ratatui::DefaultTerminal;

use super::terminal;
use crate::i18n::HelpText;

/// The editor's command as the environment gives it.
fn command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|cmd| !cmd.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned())
}

/// A file of our own for the text: created new, readable by the adviser only.
fn scratch(text: &str) -> io::Result<PathBuf> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let path = std::env::temp_dir().join(format!("jalons-{}-{stamp:09}.txt", std::process::id()));
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)?;
    // Editors expect a text file to end with a line break; it is taken off on the way back.
    file.write_all(text.as_bytes())?;
    if !text.is_empty() {
        file.write_all(b"\n")?;
    }
    file.sync_all()?;
    Ok(path)
}

/// Edits `text` in the editor; the text it leaves, or why there is none (said in the
/// interface's language). `editing` is raised while the editor runs, so that the signal
/// thread leaves the keyboard's interrupts to it.
pub fn edit(
    terminal: &mut DefaultTerminal,
    mouse: bool,
    text: &str,
    words: &HelpText,
    editing: &std::sync::atomic::AtomicBool,
) -> io::Result<Result<String, String>> {
    let path = match scratch(text) {
        Ok(path) => path,
        Err(e) => return Ok(Err((words.editor_io)(&e.to_string()))),
    };
    let cmd = command();
    terminal::leave();
    editing.store(true, std::sync::atomic::Ordering::SeqCst);
    // Through the shell, as git does, so that `code --wait` or `emacs -nw` work as set.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{cmd} \"$1\""))
        .arg("jalons-editor")
        .arg(&path)
        .status();
    editing.store(false, std::sync::atomic::Ordering::SeqCst);
    terminal::resume(terminal, mouse)?;
    let outcome = match status {
        // The shell's "command not found".
        Ok(status) if status.code() == Some(127) => Err((words.editor_missing)(&cmd)),
        Ok(status) if !status.success() => {
            Err((words.editor_failed)(&cmd, status.code().unwrap_or(-1)))
        }
        Ok(_) => fs::read_to_string(&path)
            .map(|edited| back(&edited))
            .map_err(|e| (words.editor_io)(&e.to_string())),
        Err(e) => Err((words.editor_missing)(&format!("{cmd} ({e})"))),
    };
    let _ = fs::remove_file(&path);
    Ok(outcome)
}

/// The text as the editor left it, as a field holds it: lines broken by `\n` alone, the
/// final line break editors add taken off, tabs as spaces (a form refuses control
/// characters, and a tab is one).
fn back(edited: &str) -> String {
    let text = edited.replace("\r\n", "\n");
    let text = text.strip_suffix('\n').unwrap_or(&text);
    text.replace('\t', "    ")
}

#[cfg(test)]
mod tests {
    use super::back;

    #[test]
    fn the_text_comes_back_as_a_field_holds_it() {
        assert_eq!(back("une\ndeux\n"), "une\ndeux");
        assert_eq!(back("une\r\ndeux\r\n"), "une\ndeux");
        assert_eq!(back("\tretrait\n\n"), "    retrait\n");
        assert_eq!(back(""), "");
    }
}
