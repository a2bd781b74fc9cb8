//! docs/rules.md is generated from the catalogue; this test keeps them in step.
//! Regenerate with `PERFC_BLESS=1 cargo test --test docs`.

use perfc::diag::catalogue::RULES;

fn rules_page() -> String {
    let mut page = String::from(
        "# Rules\n\nEvery finding perfc reports comes from one of these rules. The level is the default; change it per\ndocument with `规则 { CODE 级别 }` or per run with `--severity CODE=LEVEL`, and accept a known finding\nwith `确认 CODE \"理由\"` (see [language.md](language.md)). `perfc explain CODE` prints an entry.\n\nThis page is generated from `src/diag/catalogue.rs` by `tests/docs.rs`.\n\n| code | name | level | 中文 | English |\n|---|---|---|---|---|\n",
    );
    for rule in RULES {
        page.push_str(&format!(
            "| [{code}](#{lower}) | `{name}` | {level} | {zh} | {en} |\n",
            code = rule.code,
            lower = rule.code.to_lowercase(),
            name = rule.name,
            level = rule.default_level.as_str(),
            zh = rule.title.0,
            en = rule.title.1,
        ));
    }
    for rule in RULES {
        page.push_str(&format!(
            "\n## {code}\n\n**{zh}** — {en} (`{name}`, {level})\n\n{ezh}\n\n{een}\n",
            code = rule.code,
            zh = rule.title.0,
            en = rule.title.1,
            name = rule.name,
            level = rule.default_level.as_str(),
            ezh = rule.explanation.0,
            een = rule.explanation.1,
        ));
    }
    page
}

#[test]
fn rules_page_matches_the_catalogue() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");
    let expected = rules_page();
    if std::env::var_os("PERFC_BLESS").is_some() {
        std::fs::write(path, &expected).expect("write docs/rules.md");
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is stale: run `PERFC_BLESS=1 cargo test --test docs`"
    );
}
