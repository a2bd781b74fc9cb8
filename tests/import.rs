//! `perfc import`: extracted table text into `.perf`. The reference document imports to the
//! same projects, budgets, schedules and indicator rows as its hand transcription (every
//! difference listed and explained); small constructed tables of other shapes import to files
//! that build; the command writes files and reports what it could not place.

mod support;

use std::path::Path;

use perfc::import::{Imported, import};
use serde_json::Value;
use support::imports::{
    assert_same_totals_and_units, build, differences, listing, schedule, transcription,
};
use support::perfc;

/// The reference document's text as extracted from its PDF (a copy kept with the example).
const REFERENCE_TEXT: &str = "examples/chengde-2023/extracted.txt";

fn reference_text() -> String {
    std::fs::read_to_string(REFERENCE_TEXT).unwrap_or_else(|e| panic!("{REFERENCE_TEXT}: {e}"))
}

/// Compares the import of the reference with the hand transcription. The differences (in the
/// snapshot) are all explained:
/// - `schedule` ×9: the table lost its 12月底 column in extraction (header and value); the
///   importer says so and invents nothing, the transcription supplies 100% (see its comments).
/// - `description` and `name` ×1 each: the transcription also removed blanks a wrapped cell
///   left beside `-` and ASCII parentheses (`6- 10 月`, `软件采购 (维护) 数量`); the importer
///   removes wrap blanks only between Chinese characters, where none is ever meant.
///
/// The one warning besides those: line 930, a fragment `标` of a cell wrapped over a page break.
#[test]
fn the_reference_imports_to_the_transcriptions_tables() {
    let text = reference_text();
    let imported = import(
        &text,
        "chengde-2023.perf",
        "chengde-2023-budget-performance.txt",
    )
    .expect("the imported text parses");
    let dir = tempfile::tempdir().expect("temporary directory");
    let json = build(&imported, dir.path());
    let transcribed = transcription();
    assert_same_totals_and_units(&json, &transcribed);
    let warnings: String = imported
        .warnings
        .iter()
        .map(|w| format!("{}: {}\n", w.place, w.message))
        .collect();
    insta::assert_snapshot!(format!(
        "{}\nwarnings:\n{warnings}",
        differences(&json, &transcribed)
    ));
}

fn constructed(name: &str) -> (Imported, Value) {
    let path = Path::new("tests/import").join(name);
    let text = std::fs::read_to_string(&path).expect("constructed table");
    let imported = import(&text, "imported.perf", name).expect("the imported text parses");
    let dir = tempfile::tempdir().expect("temporary directory");
    let json = build(&imported, dir.path());
    (imported, json)
}

/// 2021 framework (成本指标 first-level), other funds, columns 计量单位 and 分值 before 依据,
/// tags, wrapped cells, a row whose second-level cell is merged, a stray fragment, a weight
/// that is not a number.
#[test]
fn a_2021_table_with_extra_columns_and_other_funds() {
    let (imported, json) = constructed("water-2024.txt");
    assert_eq!(json["year"], 2024);
    assert_eq!(json["framework"], "2021");
    assert_eq!(json["totals"]["other_funds"], "20.00");
    let indicators = json["projects"][0]["indicators"].as_array().expect("rows");
    assert_eq!(indicators.len(), 7);
    assert_eq!(indicators[0]["measure_unit"], "万元");
    assert_eq!(indicators[0]["weight"], "10");
    insta::assert_snapshot!(listing(&imported));
}

/// Money in 元, no 依据 column, headings without `#`, two units, a schedule whose 12月底 wrapped
/// onto a line of its own, and a value that is a phrase.
#[test]
fn tables_without_a_basis_column_in_yuan() {
    let (imported, json) = constructed("archive-2022.txt");
    assert_eq!(json["money_unit"], "元");
    assert_eq!(json["year"], 2022);
    assert_eq!(json["units"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        schedule(&json["projects"][0]),
        "3月底 10% 6月底 40% 10月底 80% 12月底 100%"
    );
    // At the document's scale: its amounts are written with two places.
    assert_eq!(json["totals"]["other_funds"], "20000.00");
    insta::assert_snapshot!(listing(&imported));
}

#[test]
fn the_command_writes_the_files_and_lists_what_it_could_not_place() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out_dir = dir.path().join("out");
    let out = perfc()
        .args(["import", "tests/import/water-2024.txt", "-o"])
        .arg(&out_dir)
        .output()
        .expect("perfc runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(
        stderr.contains("tests/import/water-2024.txt:29: warning:"),
        "{stderr}"
    );
    assert!(out_dir.join("water-2024.perf").is_file());
    assert!(out_dir.join("units/601001.perf").is_file());
    let check = perfc()
        .args(["fmt", "--check"])
        .arg(&out_dir)
        .output()
        .expect("perfc runs");
    assert_eq!(
        check.status.code(),
        Some(0),
        "the imported files are formatted"
    );
}
