//! The export menu (`E`) as an adviser sees it at 80×24 and 120×40: the folder it writes into
//! first, then each export with the name its file gets there, a numbered one where a file
//! already has the name; on the trips screen, the selected trip's dossier too.

use chrono::NaiveDate;
use jalons::app::{ExportPlace, Model, Msg, Screen, exports, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rstest::rstest;

fn menu(screen: Screen, folder: &str) -> Model {
    let today = NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date");
    let mut model = Model::new(roadmap(), today, Lang::Fr, "~/roadmap.json".into());
    model.screen = screen;
    model.exports = ExportPlace::new(folder.into(), folder.into());
    update(&mut model, Msg::ExportMenu);
    // As the runtime finds them: the note in HTML exported once already today.
    let names = exports(&model)
        .iter()
        .map(|e| {
            e.file_name(today)
                .replace("note-2014-09-16.html", "note-2014-09-16 (2).html")
        })
        .collect();
    update(&mut model, Msg::ExportNames(names));
    model
}

#[rstest]
#[case::roadmap("roadmap", Screen::Roadmap, "~/Documents", 80, 24)]
#[case::trips("trips", Screen::Trips, "~/Documents", 120, 40)]
#[case::long_folder(
    "long_folder",
    Screen::Roadmap,
    "~/Documents/Cabinet des relations internationales/Notes d'étape/2014",
    80,
    24
)]
fn the_export_menu_shows_where_and_under_which_name(
    #[case] name: &str,
    #[case] screen: Screen,
    #[case] folder: &str,
    #[case] width: u16,
    #[case] height: u16,
) {
    let model = menu(screen, folder);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|f| view(&model, f)).expect("drawn");
    insta::assert_snapshot!(
        format!("export_menu_{name}_{width}x{height}"),
        terminal.backend()
    );
}
