use super::*;

fn fmt(source: &str) -> String {
    fmt_with(source, None)
}

fn fmt_with(source: &str, keywords: Option<Lang>) -> String {
    let formatted =
        format_text(source, &Options { keywords }).unwrap_or_else(|d| panic!("refused: {d:#?}"));
    let again = format_text(&formatted, &Options { keywords })
        .unwrap_or_else(|d| panic!("formatted text refused: {d:#?}\n{formatted}"));
    assert_eq!(again, formatted, "formatting is not idempotent");
    formatted
}

/// A project with the given fields, to test project contents.
fn project(fields: &str) -> String {
    format!("项目 P1 \"名称\" {{\n{fields}\n}}\n")
}

#[test]
fn statements_are_reindented_one_per_line() {
    let source = "单位   1   \"甲\"\n项目 P1 \"名称\" {   单位 1; 用途 \"x\"\n\t目标 \"y\"  }\n";
    assert_eq!(
        fmt(source),
        "单位 1 \"甲\"\n\n项目 P1 \"名称\" {\n  单位 1\n  用途 \"x\"\n  目标 \"y\"\n}\n"
    );
}

#[test]
fn blank_lines_are_kept_once_and_blocks_stand_apart() {
    let source = "单位 1 \"甲\"\n\n\n\n单位 2 \"乙\"\n单位 3 \"丙\"\n项目 P1 \"名称\" {\n\n  单位 1\n\n\n  目标 \"y\"\n\n}\n";
    assert_eq!(
        fmt(source),
        "单位 1 \"甲\"\n\n单位 2 \"乙\"\n单位 3 \"丙\"\n\n项目 P1 \"名称\" {\n  单位 1\n\n  目标 \"y\"\n}\n"
    );
}

#[test]
fn continued_text_keeps_its_pieces_one_level_deeper() {
    let source = project("用途 \"第一段，\"\n\"第二段。\"");
    assert_eq!(
        fmt(&source),
        "项目 P1 \"名称\" {\n  用途 \"第一段，\"\n    \"第二段。\"\n}\n"
    );
}

#[test]
fn short_blocks_go_on_one_line() {
    let source = project(
        "预算 15.00{\n财政资金 12.00\n其他资金 3 万元\n}\n支出计划 {\n 3 月底 25％\n12月底 100 %\n}",
    );
    assert_eq!(
        fmt(&source),
        "项目 P1 \"名称\" {\n  预算 15.00 { 财政资金 12.00  其他资金 3 万元 }\n  支出计划 { 3 月底 25%  12月底 100% }\n}\n"
    );
}

#[test]
fn a_budget_without_sources_has_no_braces() {
    assert_eq!(
        fmt(&project("预算 15.00 { }")),
        "项目 P1 \"名称\" {\n  预算 15.00\n}\n"
    );
}

#[test]
fn a_short_block_holding_a_comment_keeps_one_entry_per_line() {
    let source = project("支出计划 { # 按月\n  6月底 50%  # 年中\n  12月底 100% }");
    assert_eq!(
        fmt(&source),
        "项目 P1 \"名称\" {\n  支出计划 {  # 按月\n    6月底 50%  # 年中\n    12月底 100%\n  }\n}\n"
    );
}

#[test]
fn indicator_columns_align_by_display_width() {
    let source = project(
        "产出指标 {\n数量指标 \"次数\" ≥1 次 依据 年度工作计划\n质量指标 \"ab\" 100% 依据 行业规范\nquantity \"合格率较长的名称\" ≥95% 依据 行业规范\n}",
    );
    let formatted = fmt(&source);
    let rows: Vec<&str> = formatted.lines().filter(|l| l.contains('依')).collect();
    let column = |row: &str, token: &str| {
        let at = row
            .find(token)
            .unwrap_or_else(|| panic!("{token} in {row}"));
        unicode_width::UnicodeWidthStr::width(&row[..at])
    };
    let values: Vec<usize> = [("≥1", 0), ("100%", 1), ("≥95%", 2)]
        .iter()
        .map(|(value, row)| column(rows[*row], value))
        .collect();
    let bases: Vec<usize> = rows.iter().map(|r| column(r, "依据")).collect();
    for columns in [values, bases] {
        assert!(columns.windows(2).all(|c| c[0] == c[1]), "{formatted}");
    }
    // `≥1 次` is five columns wide: the widest value.
    assert_eq!(
        rows[1],
        "    质量指标 \"ab\"               100%   依据 行业规范"
    );
}

#[test]
fn indicator_fields_follow_a_fixed_order() {
    let source = project(
        "产出指标 {\n数量指标 \"次数\" 依据 年度工作计划 分值 5 ≥1 次 描述 \"说明\" 确认 E0501 \"理由\" 计量单位 次\n}",
    );
    assert_eq!(
        fmt(&source),
        "项目 P1 \"名称\" {\n  产出指标 {\n    数量指标 \"次数\" ≥1 次  描述 \"说明\"  依据 年度工作计划  计量单位 次  分值 5  确认 E0501 \"理由\"\n  }\n}\n"
    );
}

#[test]
fn fields_on_continuation_lines_stay_there_with_their_comments() {
    let source = project(
        "产出指标 {\n  质量指标 \"办结率\"  # 年度\n  描述 \"很长的描述\"   # 描述来源\n   指标值 可持续 依据 \"意见\"\n}",
    );
    let formatted = fmt(&source);
    // The continuation line that holds the value writes it after `指标值`.
    assert!(
        formatted.contains("    质量指标 \"办结率\"  # 年度\n"),
        "{formatted}"
    );
    assert!(
        formatted.contains(
            "      描述 \"很长的描述\"  # 描述来源\n      指标值 可持续  依据 \"意见\"\n"
        ),
        "{formatted}"
    );
}

#[test]
fn a_value_spelled_like_a_field_keyword_keeps_its_keyword() {
    let source = project("产出指标 {\n  数量指标 \"名称\" 指标值 依据\n}");
    assert!(fmt(&source).contains("数量指标 \"名称\" 指标值 依据\n"));
}

#[test]
fn comments_stay_beside_their_lines() {
    let source = "# 文件头\n\n单位 1 \"甲\"   # 本级\n项目 P1 \"名称\" { # 项目\n  # 单位之前\n  单位 1\n  # 块末\n}  # 项目之后\n# 文件末\n";
    assert_eq!(
        fmt(source),
        "# 文件头\n\n单位 1 \"甲\"  # 本级\n\n项目 P1 \"名称\" {  # 项目\n  # 单位之前\n  单位 1\n  # 块末\n}  # 项目之后\n# 文件末\n"
    );
}

#[test]
fn a_hash_inside_a_string_is_not_a_comment() {
    let source = project("用途 \"第#1项\"  # 注");
    assert!(fmt(&source).contains("  用途 \"第#1项\"  # 注\n"));
}

#[test]
fn keywords_can_be_rewritten_in_english_and_back() {
    let source = project(
        "预算 10 { 财政资金 10 }\n明细 申请 约 12 万元 { \"a\" 10 万元\n合计 约 10 万元 }\n产出指标 { 数量指标 \"n\" 1 次 依据 x }",
    );
    let english = fmt_with(&source, Some(Lang::En));
    assert_eq!(
        english,
        "project P1 \"名称\" {\n  budget 10 { fiscal 10 }\n  breakdown requested approx 12 万元 {\n    \"a\" 10 万元\n    total approx 10 万元\n  }\n  产出指标 {\n    数量指标 \"n\" 1 次  basis x\n  }\n}\n"
    );
    assert_eq!(fmt_with(&english, Some(Lang::Zh)), fmt(&source));
}

#[test]
fn each_item_keeps_its_own_language_by_default() {
    let source = "单位 1 \"甲\"\nunit 2 \"乙\"\n";
    assert_eq!(fmt(source), source);
}

#[test]
fn breakdown_labels_align_and_arithmetic_is_spelled_one_way() {
    let source = project(
        "明细 {\n\"安保\" 2人*3750元/人/月×12月=9万元\n\"四险一金\" 4 人 × （1 元 + 2 元） × (3 × 4)\n}",
    );
    assert_eq!(
        fmt(&source),
        "项目 P1 \"名称\" {\n  明细 {\n    \"安保\"     2 人 × 3750 元/人/月 × 12 月 = 9 万元\n    \"四险一金\" 4 人 × (1 元 + 2 元) × (3 × 4)\n  }\n}\n"
    );
}

#[test]
fn the_header_and_part_one_are_laid_out() {
    let source = "文档 \"标题\" { 年度 2023\n规则 { E0605 关闭\n E0706 警告 }\n补充单位 宗地   \"块\"\n}\n部门目标 {\n分项目标 \"甲\" {\n指标 \"i\"\n目标 \"g\" }\n保障措施 \"t\"   \"b\"\n}\n";
    assert_eq!(
        fmt(source),
        "文档 \"标题\" {\n  年度 2023\n  规则 { E0605 关闭  E0706 警告 }\n  补充单位 宗地 \"块\"\n}\n\n部门目标 {\n  分项目标 \"甲\" {\n    指标 \"i\"\n    目标 \"g\"\n  }\n  保障措施 \"t\" \"b\"\n}\n"
    );
}

#[test]
fn text_that_does_not_parse_is_refused() {
    let refused = format_text(&project("预算 十五"), &Options::default());
    assert!(refused.is_err());
}

#[test]
fn empty_input_stays_empty() {
    assert_eq!(fmt(""), "");
    assert_eq!(fmt("\n\n"), "");
}
