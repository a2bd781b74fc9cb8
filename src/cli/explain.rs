//! `perfc explain`, `perfc rules` and `perfc schema [build|diff]`.

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
    super::stdout(&format!(
        "{} ({}, {level}): {title}\n\n{text}\n",
        rule.code, rule.name
    ))?;
    Ok(false)
}

pub(super) fn rules(lang: Lang) -> Result<bool, String> {
    let mut out = String::new();
    for rule in RULES {
        let title = match lang {
            Lang::Zh => rule.title.0,
            Lang::En => rule.title.1,
        };
        let level = rule.default_level.as_str();
        out.push_str(&format!(
            "{}  {level:<8} {:<28} {title}\n",
            rule.code, rule.name
        ));
    }
    super::stdout(&out)?;
    Ok(false)
}

pub(super) fn schema(diff: bool) -> Result<bool, String> {
    let schema = if diff {
        crate::emit::schema::diff_to_string()
    } else {
        crate::emit::schema::to_string()
    };
    super::stdout(&format!("{schema}\n"))?;
    Ok(false)
}
