//! Which spelling of the keywords (the grammar accepts both) the formatter writes.

use crate::diag::Lang;

/// The language an item is written in: English when its first keyword is.
pub(super) fn written_in(source: &str, item_start: usize) -> Lang {
    if source[item_start..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        Lang::En
    } else {
        Lang::Zh
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_keyword_decides_an_items_language() {
        let source = "项目 1 \"a\" {}\nproject 2 \"b\" {}\n";
        assert_eq!(written_in(source, 0), Lang::Zh);
        assert_eq!(
            written_in(source, source.find("project").unwrap_or(0)),
            Lang::En
        );
    }
}
