//! Importing: building what was imported, and comparing it with the reference's transcription.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use perfc::import::Imported;
use serde_json::Value;

/// Writes the imported files into `dir` and builds the root's JSON.
pub fn build(imported: &Imported, dir: &Path) -> Value {
    for (path, text) in &imported.files {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::write(&target, text).expect("write");
    }
    let root = dir.join(&imported.files[0].0);
    let json =
        super::json(&root).unwrap_or_else(|| panic!("{:#?}", super::load(&root).diagnostics));
    serde_json::from_str(&json).expect("JSON")
}

/// The reference's 36 projects and 277 rows, its money totals and its units (codes and names).
pub fn assert_same_totals_and_units(imported: &Value, transcribed: &Value) {
    for total in [
        "projects",
        "indicators",
        "budget",
        "fiscal_funds",
        "other_funds",
    ] {
        assert_eq!(
            imported["totals"][total], transcribed["totals"][total],
            "{total}"
        );
    }
    assert_eq!(imported["totals"]["projects"], 36);
    assert_eq!(imported["totals"]["indicators"], 277);
    assert_eq!(imported["units"], transcribed["units"]);
}

pub fn transcription() -> Value {
    let json = super::json(Path::new("examples/chengde-2023/chengde-2023.perf")).expect("read");
    serde_json::from_str(&json).expect("JSON")
}

fn by_code(json: &Value) -> BTreeMap<String, &Value> {
    json["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .map(|p| (p["code"].as_str().expect("code").to_string(), p))
        .collect()
}

pub fn schedule(project: &Value) -> String {
    let entries: Vec<String> = project["schedule"]
        .as_array()
        .expect("schedule")
        .iter()
        .map(|e| {
            format!(
                "{}月底 {}%",
                e["month"],
                e["percent"].as_str().unwrap_or_default()
            )
        })
        .collect();
    entries.join(" ")
}

/// What is compared of an indicator row: categories, name, description, value text, basis.
fn row(indicator: &Value) -> [String; 6] {
    let text = |v: &Value| v.as_str().map(str::to_string).unwrap_or_default();
    [
        text(&indicator["level1_text"]),
        text(&indicator["level2_text"]),
        text(&indicator["name"]),
        text(&indicator["description"]),
        text(&indicator["value"]["text"]),
        text(&indicator["basis"]["text"]),
    ]
}

/// Every difference between the imported and the transcribed projects, one per line.
pub fn differences(imported: &Value, transcribed: &Value) -> String {
    let mut out = String::new();
    let (imported, transcribed) = (by_code(imported), by_code(transcribed));
    for code in transcribed.keys().filter(|c| !imported.contains_key(*c)) {
        let _ = writeln!(out, "{code}: not imported");
    }
    for (code, t) in &transcribed {
        let Some(i) = imported.get(code) else {
            continue;
        };
        for field in [
            "name",
            "title",
            "unit",
            "budget",
            "fiscal_funds",
            "other_funds",
            "use",
            "goals",
        ] {
            if i[field] != t[field] {
                let _ = writeln!(
                    out,
                    "{code} {field}: imported {} | transcribed {}",
                    i[field], t[field]
                );
            }
        }
        if schedule(i) != schedule(t) {
            let _ = writeln!(
                out,
                "{code} schedule: imported {} | transcribed {}",
                schedule(i),
                schedule(t)
            );
        }
        let rows = |p: &Value| {
            p["indicators"]
                .as_array()
                .expect("indicators")
                .iter()
                .map(row)
                .collect::<Vec<_>>()
        };
        let (imported_rows, transcribed_rows) = (rows(i), rows(t));
        if imported_rows.len() != transcribed_rows.len() {
            let _ = writeln!(
                out,
                "{code}: {} rows imported, {} transcribed",
                imported_rows.len(),
                transcribed_rows.len()
            );
        }
        for (a, b) in imported_rows.iter().zip(&transcribed_rows) {
            for (column, (x, y)) in ["level1", "level2", "name", "description", "value", "basis"]
                .iter()
                .zip(a.iter().zip(b))
            {
                if x != y {
                    let _ = writeln!(out, "{code} {column}: imported {x:?} | transcribed {y:?}");
                }
            }
        }
    }
    out
}

/// The imported files and the warnings, for a snapshot.
pub fn listing(imported: &Imported) -> String {
    let mut out = String::new();
    for (path, text) in &imported.files {
        let _ = writeln!(out, "==> {path}\n{text}");
    }
    out.push_str("==> warnings\n");
    for warning in &imported.warnings {
        let _ = writeln!(out, "{}: {}", warning.place, warning.message);
    }
    out
}
