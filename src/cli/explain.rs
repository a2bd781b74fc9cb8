//! `perfc explain`, `perfc rules` and `perfc schema`.

use crate::diag::Lang;
use crate::diag::catalogue::{self, RULES};

pub(super) fn explain(code: &str, lang: Lang) -> Result<bool, String> {
    let rule = catalogue::find(code)
        .ok_or_else(|| format!("unknown rule `{code}`; `perfc rules` lists them"))?;
    let (title, text) = match lang {
        Lang::Zh => (rule.title.0, rule.explanation.0),
        Lang::En => (rule.title.1, rule.explanation.1),
    };
    let level = rule.default_level.as_str();
    println!("{} ({}, {level}): {title}\n\n{text}", rule.code, rule.name);
    Ok(false)
}

pub(super) fn rules(lang: Lang) -> bool {
    for rule in RULES {
        let title = match lang {
            Lang::Zh => rule.title.0,
            Lang::En => rule.title.1,
        };
        println!(
            "{}  {:<8} {:<28} {title}",
            rule.code,
            rule.default_level.as_str(),
            rule.name
        );
    }
    false
}

pub(super) fn schema() -> bool {
    println!("{}", crate::emit::schema::to_string());
    false
}
