//! A record's history, read back from the journal lines jalons writes in its commit messages
//! (`* <id> <field>: <old> → <new>`, `* <id> + <kind> « title »`, `* <id> - <kind> « title »`):
//! who changed what and when, newest first. git finds the commits (`--grep`), so a thousand
//! commits cost one `git log`.

use serde::Serialize;

use super::git::{Failure, Git};

/// One change to a record: the commit that carried it, its author and date, and the line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// The commit's short hash.
    pub commit: String,
    pub author: String,
    /// The author date, ISO 8601 (`2014-09-16T10:42:00+02:00`).
    pub date: String,
    /// The journal line without its `* <id> ` head, or "changed outside jalons (<sha>)".
    pub change: String,
}

/// Fields of one commit, separated by U+001F; commits separated by U+001E.
const FORMAT: &str = "--format=%h%x1f%an%x1f%aI%x1f%s%x1f%b%x1e";
/// How many commits made by hand (not by jalons) are looked for, newest first.
pub const OUTSIDE_LIMIT: usize = 100;

/// Whether the folder is inside a git work tree.
pub fn shared(git: &Git) -> bool {
    git.text(&["rev-parse", "--is-inside-work-tree"])
        .is_ok_and(|s| s == "true")
}

/// The changes jalons recorded to `id`, newest first.
pub fn history(git: &Git, id: &str) -> Result<Vec<Entry>, Failure> {
    let grep = format!("--grep=^[*!] {} ", escape(id));
    let out = git.run(&["log", FORMAT, "-E", &grep])?;
    Ok(parse(&String::from_utf8_lossy(&out.stdout), id))
}

/// [`history`], with the commits that changed the store without jalons's journal lines (made
/// by hand: their subject does not start with `jalons:`) as "changed outside jalons", in date
/// order among the others; at most [`OUTSIDE_LIMIT`] of them.
pub fn history_all(git: &Git, id: &str) -> Result<Vec<Entry>, Failure> {
    let mut entries = history(git, id)?;
    let limit = format!("-n{OUTSIDE_LIMIT}");
    let out = git.run(&[
        "log",
        FORMAT,
        &limit,
        "--invert-grep",
        "--grep=^jalons:",
        "--",
        "roadmap.json",
    ])?;
    entries.extend(outside(&String::from_utf8_lossy(&out.stdout)));
    // By instant, whatever each date's offset; a stable sort keeps git's order otherwise.
    let instant = |e: &Entry| chrono::DateTime::parse_from_rfc3339(&e.date).ok();
    entries.sort_by_key(|e| std::cmp::Reverse(instant(e)));
    Ok(entries)
}

/// What the interface's runtime does for `Cmd::History`: the record's history from the git
/// repository the store is in; `None` when it is in none, or what git said.
pub fn for_store(store: &std::path::Path, id: &str) -> Result<Option<Vec<Entry>>, String> {
    let folder = match store.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let jalons = std::env::current_exe().unwrap_or_else(|_| "jalons".into());
    let git = Git::new(folder, &jalons);
    if !shared(&git) {
        return Ok(None);
    }
    history(&git, id).map(Some).map_err(|f| f.to_string())
}

/// An ID as an extended regular expression matching itself.
pub fn escape(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        if "\\.^$|?*+()[]{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One commit of `FORMAT`'s output: hash, author, date, subject, body.
fn commits(text: &str) -> impl Iterator<Item = [&str; 5]> {
    text.split('\u{1e}').filter_map(|record| {
        let mut fields = record.trim_start_matches('\n').splitn(5, '\u{1f}');
        let mut next = || fields.next();
        let commit = [next()?, next()?, next()?, next()?, next().unwrap_or("")];
        (!commit[0].is_empty()).then_some(commit)
    })
}

/// The entries of `id` in `git log`'s output (`FORMAT`), in its order.
pub fn parse(text: &str, id: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    for [commit, author, date, _, body] in commits(text) {
        for line in body.lines() {
            let change = ["* ", "! "]
                .iter()
                .find_map(|head| line.strip_prefix(head))
                .and_then(|rest| rest.strip_prefix(id))
                .and_then(|rest| rest.strip_prefix(' '));
            if let Some(change) = change {
                entries.push(Entry {
                    commit: commit.to_owned(),
                    author: author.to_owned(),
                    date: date.to_owned(),
                    change: change.trim_end().to_owned(),
                });
            }
        }
    }
    entries
}

/// The commits in `FORMAT`'s output not made by jalons, as "changed outside jalons".
pub fn outside(text: &str) -> Vec<Entry> {
    commits(text)
        .filter(|[_, _, _, subject, _]| !subject.starts_with("jalons:"))
        .map(|[commit, author, date, _, _]| Entry {
            commit: commit.to_owned(),
            author: author.to_owned(),
            date: date.to_owned(),
            change: format!("changed outside jalons ({commit})"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commit(hash: &str, author: &str, date: &str, subject: &str, body: &str) -> String {
        format!("{hash}\u{1f}{author}\u{1f}{date}\u{1f}{subject}\u{1f}{body}\u{1e}\n")
    }

    #[test]
    fn fields_and_multi_line_bodies() {
        let text = commit(
            "abc1234",
            "Anne Hidalgo",
            "2014-09-16T10:42:00+02:00",
            "jalons: 3 changes",
            "* a-berlin status: todo → done 2014-09-16\n* a-berlinx title: a → b\n* a-rome + action « Rome »\n* a-berlin due: — → 2014-10-01\n",
        ) + &commit(
            "def5678",
            "Bruno Julliard",
            "2014-09-01T09:00:00+02:00",
            "jalons: 1 change",
            "* a-berlin + action « Berlin »\n",
        );
        let got = parse(&text, "a-berlin");
        let changes: Vec<_> = got.iter().map(|e| e.change.as_str()).collect();
        assert_eq!(
            changes,
            [
                "status: todo → done 2014-09-16",
                "due: — → 2014-10-01",
                "+ action « Berlin »"
            ]
        );
        assert_eq!(got[0].commit, "abc1234");
        assert_eq!(got[0].author, "Anne Hidalgo");
        assert_eq!(got[0].date, "2014-09-16T10:42:00+02:00");
        assert_eq!(got[2].author, "Bruno Julliard");
    }

    #[test]
    fn an_empty_log_has_no_entries() {
        assert!(parse("", "a-x").is_empty());
        assert!(parse("\n", "a-x").is_empty());
    }

    #[test]
    fn lines_quoting_the_id_elsewhere_are_not_its_own() {
        let text = commit(
            "1",
            "A",
            "2014-01-01T00:00:00Z",
            "s",
            "  * a-x title: a → b\nsee * a-x \n",
        );
        assert!(parse(&text, "a-x").is_empty());
    }

    #[test]
    fn the_grep_escapes_regex_metacharacters() {
        assert_eq!(escape("a-berlin"), "a-berlin");
        assert_eq!(escape("a.b"), r"a\.b");
        assert_eq!(
            escape("x+(y)|[z]{2}^$?*\\"),
            r"x\+\(y\)\|\[z\]\{2\}\^\$\?\*\\"
        );
    }

    #[test]
    fn commits_by_hand_are_said_so() {
        let text = commit("1111111", "Bob", "2014-01-02T00:00:00Z", "fix a typo", "")
            + &commit(
                "2222222",
                "Eve",
                "2014-01-01T00:00:00Z",
                "jalons: 1 change",
                "* a-x …\n",
            );
        let got = outside(&text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].change, "changed outside jalons (1111111)");
        assert_eq!(got[0].author, "Bob");
    }
}
