//! The README's screenshot is drawn by this test, so it cannot drift from what the interface
//! shows: the built-in roadmap at 80×24 on 16 September 2014, drilled to the actions.
//!
//!     JALONS_BLESS=1 cargo test --test readme_screenshot    # writes it into README.md

use chrono::NaiveDate;
use jalons::app::{Model, Msg, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const MARK: &str = "<!-- screenshot: drawn by tests/readme_screenshot.rs -->";

fn screen() -> String {
    let today = NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date");
    let label = "~/.local/share/jalons/roadmap.json".to_owned();
    let mut model = Model::new(roadmap(), today, Lang::Fr, label);
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Drill);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
    terminal
        .draw(|f| jalons::ui::view(&model, f))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for row in buffer.content.chunks(usize::from(buffer.area.width)) {
        let line: String = row.iter().map(ratatui::buffer::Cell::symbol).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn the_readme_shows_what_the_interface_draws() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("the README");
    let start = readme.find(MARK).expect("the README marks its screenshot") + MARK.len();
    let open = start
        + readme[start..]
            .find("```\n")
            .expect("a block after the mark")
        + 4;
    let close = open + readme[open..].find("```").expect("the block's end");
    let drawn = screen();
    if std::env::var_os("JALONS_BLESS").is_some_and(|v| v == "1") {
        let updated = format!("{}{drawn}{}", &readme[..open], &readme[close..]);
        std::fs::write(&path, updated).expect("README written");
        return;
    }
    assert!(
        readme[open..close] == drawn,
        "the README's screenshot is not what the interface draws (JALONS_BLESS=1 to redraw it):\n{drawn}"
    );
}
