//! The reference document (examples/chengde-2023) end to end: what the checker finds in it, its
//! JSON, and the JSON Schema every output must satisfy.

mod support;

use std::path::Path;

use perfc::diag::Lang;
use perfc::diag::render::Format;

const REFERENCE: &str = "examples/chengde-2023/chengde-2023.perf";

fn json_of(path: &str) -> String {
    support::json(Path::new(path)).expect("the reference reads completely")
}

#[test]
fn the_reference_is_clean_once_its_mistakes_are_acknowledged() {
    let (_, diagnostics) = support::check(Path::new(REFERENCE));
    let open: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.acknowledged.is_none())
        .collect();
    assert!(open.is_empty(), "unacknowledged findings: {open:#?}");
}

/// Every genuine mistake of the reference, as the checker reports it.
#[test]
fn findings_in_the_reference() {
    let (loaded, mut diagnostics) = support::check(Path::new(REFERENCE));
    // Shown at their own severity: the acknowledgements are what the source says about them.
    for d in &mut diagnostics {
        d.acknowledged = None;
    }
    let mut counts = std::collections::BTreeMap::new();
    for d in &diagnostics {
        *counts.entry(d.code).or_insert(0) += 1;
    }
    let summary: String = counts
        .iter()
        .map(|(code, n)| format!("{code} ×{n}\n"))
        .collect();
    let listing = support::render(&loaded, &diagnostics, Format::Short, Lang::Zh);
    insta::assert_snapshot!(format!("{summary}\n{listing}"));
}

#[test]
fn the_reference_has_its_36_tables_and_277_indicators() {
    let json: serde_json::Value = serde_json::from_str(&json_of(REFERENCE)).expect("JSON");
    let totals = &json["totals"];
    assert_eq!(totals["projects"], 36);
    assert_eq!(totals["indicators"], 277);
    assert_eq!(totals["budget"], "2098.57");
    assert_eq!(totals["fiscal_funds"], "2098.57");
    let units: Vec<&str> = json["units"]
        .as_array()
        .expect("units")
        .iter()
        .map(|u| u["code"].as_str().expect("code"))
        .collect();
    assert_eq!(
        units,
        [
            "543001", "543003", "543004", "543005", "543008", "543013", "543015"
        ]
    );
    assert_eq!(
        json["department_goals"]["sub_goals"]
            .as_array()
            .map(Vec::len),
        Some(6)
    );
    assert_eq!(
        json["department_goals"]["measures"]
            .as_array()
            .map(Vec::len),
        Some(5)
    );
}

#[test]
fn reference_json() {
    insta::assert_snapshot!(json_of(REFERENCE));
}

#[test]
fn json_is_deterministic() {
    assert_eq!(json_of(REFERENCE), json_of(REFERENCE));
}

#[test]
fn every_output_satisfies_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&perfc::emit::schema::to_string()).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    for path in [
        REFERENCE,
        "examples/teaching/hello.perf",
        "examples/teaching/framework-2021.perf",
        "examples/teaching/mistakes.perf",
        "examples/teaching/hello-self-evaluation.perf",
        "examples/chengde-2023/self-evaluation-2023.perf",
        "examples/teaching/hello-monitoring.perf",
        "examples/chengde-2023/monitoring-2023.perf",
        "examples/forms/department-water-self-evaluation.perf",
        "examples/library/training.perf",
        "examples/teaching/hello-2024.perf",
    ] {
        let instance: serde_json::Value = serde_json::from_str(&json_of(path)).expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}:\n{}", errors.join("\n"));
    }
}

#[test]
fn the_schema_rejects_what_it_should() {
    let schema: serde_json::Value =
        serde_json::from_str(&perfc::emit::schema::to_string()).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let mut instance: serde_json::Value =
        serde_json::from_str(&json_of("examples/teaching/hello.perf")).expect("JSON");
    instance["projects"][0]["budget"] = serde_json::json!(15.0);
    assert!(
        !validator.is_valid(&instance),
        "money must be a decimal string"
    );
    instance["projects"][0]["budget"] = serde_json::json!("15,00");
    assert!(!validator.is_valid(&instance), "and a well-formed one");
}
