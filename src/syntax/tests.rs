use super::ast::*;
use super::*;

fn parse_ok(text: &str) -> File {
    let (file, diagnostics) = parse(FileId(0), text);
    assert!(
        diagnostics.is_empty(),
        "unexpected diagnostics: {diagnostics:#?}"
    );
    file
}

fn project(file: &File) -> &Project {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Project(p) => Some(p),
            _ => None,
        })
        .expect("a project")
}

fn indicators(project: &Project) -> Vec<&Indicator> {
    project
        .fields
        .iter()
        .filter_map(|f| match f {
            ProjectField::Indicators(g) => Some(g),
            _ => None,
        })
        .flat_map(|g| g.indicators.iter())
        .collect()
}

const SAMPLE: &str = r#"# 示例
文档 "示例文本" {
  年度 2023
  指标体系 2015
}
单位 543001 "承德市自然资源和规划局本级"
项目 13080023P000085100062 "2023 年测绘地理信息资质单位质量监督检查" {
  单位 543001
  预算 15.00 { 财政资金 15.00 }
  用途 "用于购买第三方服务支出。"
  支出计划 { 10月底 30%  12月底 100% }
  目标 "开展测绘成果质量监督检查工作。"
  产出指标 {
    数量指标 "开展质量监督检查次数" ≥1 次  依据 年度工作计划
    成本指标 "采购总成本控制率" ≤100%  描述 "质量监督检查支出成本控制情况"  依据 财政预算批复文件
    时效指标 "完成时限" 2023 年 12 月 31 日前完成 依据 年度工作计划
  }
  满意度指标 { 服务对象满意度指标 "服务对象满意度" ≥90%  依据 行业规范 }
}
"#;

#[test]
fn parses_the_issue_example() {
    let file = parse_ok(SAMPLE);
    assert_eq!(file.items.len(), 3);
    assert_eq!(file.comments.len(), 1);
    let p = project(&file);
    assert_eq!(
        p.code.as_ref().map(|c| c.node.as_str()),
        Some("13080023P000085100062")
    );
    let rows = indicators(p);
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[1].description.as_ref().map(|d| d.value.as_str()),
        Some("质量监督检查支出成本控制情况")
    );
    match &rows[0].value.as_ref().expect("value").kind {
        ValueKind::Quantity {
            comparator,
            amount,
            unit,
        } => {
            assert_eq!(comparator.as_ref().map(|c| c.node), Some(Comparator::Ge));
            assert!(matches!(amount, Amount::Number(n) if n.node == Decimal::ONE));
            assert_eq!(unit.as_ref().map(|u| u.node.as_str()), Some("次"));
        }
        other => panic!("not a quantity: {other:?}"),
    }
    match &rows[2].value.as_ref().expect("value").kind {
        ValueKind::Deadline(d) => {
            assert_eq!(
                (d.year.as_ref().map(|y| y.node), d.month, d.day, d.before),
                (Some(2023), Some(12), Some(31), true)
            );
        }
        other => panic!("not a deadline: {other:?}"),
    }
}

use rust_decimal::Decimal;

fn value_of(text: &str) -> ValueKind {
    let doc =
        format!("项目 X \"n\" {{\n 产出指标 {{\n  数量指标 \"a\" {text} 依据 计划\n }}\n}}\n");
    let file = parse_ok(&doc);
    indicators(project(&file))[0]
        .value
        .clone()
        .expect("a value")
        .kind
}

#[test]
fn odd_values_stay_writable() {
    assert!(
        matches!(value_of("≥95 百分比"), ValueKind::Quantity { unit: Some(u), .. } if u.node == "百分比")
    );
    assert!(
        matches!(value_of("≤43 万"), ValueKind::Quantity { unit: Some(u), .. } if u.node == "万")
    );
    assert!(
        matches!(value_of("100 良好"), ValueKind::Quantity { unit: Some(u), .. } if u.node == "良好")
    );
    assert!(
        matches!(value_of("100%巩固提升"), ValueKind::Quantity { unit: Some(u), .. } if u.node == "%巩固提升")
    );
    assert!(matches!(
        value_of("≥95"),
        ValueKind::Quantity { unit: None, .. }
    ));
    assert!(matches!(
        value_of("≥**人"),
        ValueKind::Quantity {
            amount: Amount::Placeholder(_),
            ..
        }
    ));
    assert!(matches!(value_of("不涉及"), ValueKind::NotApplicable(_)));
    assert!(matches!(value_of("巩固提升"), ValueKind::Level(l) if l == "巩固提升"));
    assert!(matches!(value_of("\"一段文字\""), ValueKind::Text(_)));
    assert!(matches!(
        value_of("12月底前"),
        ValueKind::Deadline(Deadline {
            month: Some(12),
            end_of_period: true,
            before: true,
            ..
        })
    ));
    let v = value_of("2023年底");
    assert!(
        matches!(
            v,
            ValueKind::Deadline(Deadline {
                month: None,
                end_of_period: true,
                ..
            })
        ),
        "{v:?}"
    );
    assert!(matches!(value_of("≤1 小时"), ValueKind::Quantity { .. }));
    assert!(
        matches!(value_of("不低于 90%"), ValueKind::Quantity { comparator: Some(c), .. } if c.node == Comparator::Ge)
    );
    assert!(
        matches!(value_of("＜5%"), ValueKind::Quantity { comparator: Some(c), .. } if c.node == Comparator::Lt)
    );
}

#[test]
fn comparisons_written_after_the_unit() {
    let cases = [
        ("95%以上", Comparator::Ge, Some("%")),
        ("3 次及以下", Comparator::Le, Some("次")),
        ("20 以内", Comparator::Le, None),
    ];
    for (text, expected, expected_unit) in cases {
        let ValueKind::Quantity {
            comparator, unit, ..
        } = value_of(text)
        else {
            panic!("{text} is not a quantity");
        };
        assert_eq!(comparator.map(|c| c.node), Some(expected), "{text}");
        assert_eq!(
            unit.map(|u| u.node),
            expected_unit.map(ecow::EcoString::from),
            "{text}"
        );
    }
}

#[test]
fn breakdown_arithmetic() {
    let doc = "项目 X \"n\" {\n 明细 申请 约 45.93 万元 {\n  \"档案整理\" 6 人 × 150 元/天/人 × 250 天 = 22.50 万元\n  \"尾款\" (49.68 万元 - 17.62 万元)\n  合计 约 7.15 万元\n }\n}\n";
    let file = parse_ok(doc);
    let ProjectField::Breakdown(b) = &project(&file).fields[0] else {
        panic!("no breakdown")
    };
    assert!(b.requested.as_ref().is_some_and(|r| r.approx));
    assert_eq!(b.items.len(), 2);
    assert!(b.total.is_some());
    assert!(matches!(
        b.items[0].expr,
        Expr::Binary { op: BinOp::Mul, .. }
    ));
    assert!(matches!(
        b.items[1].expr,
        Expr::Binary { op: BinOp::Sub, .. }
    ));
}

#[test]
fn bad_lines_are_reported_and_the_rest_survives() {
    let doc = "项目 X \"n\" {\n 预算 abc\n 产出指标 {\n  数量指标 \"a\" ≥1 次 依据 计划 多余\n  质量指标 \"b\" 100% 依据 规范\n }\n}\n项目 Y \"m\" {\n}\n";
    let (file, diagnostics) = parse(FileId(0), doc);
    let codes: Vec<_> = diagnostics.iter().map(|d| d.code).collect();
    // `预算 abc` cannot be read; the stray word after the basis reads as a second value.
    assert_eq!(codes, ["E0001", "E0005"]);
    assert_eq!(file.items.len(), 2);
    assert_eq!(indicators(project(&file)).len(), 2);
}

#[test]
fn unclosed_block_recovers_at_next_top_level_item() {
    let doc = "项目 X \"n\" {\n 预算 1\n项目 Y \"m\" {\n 预算 2\n}\n";
    let (file, diagnostics) = parse(FileId(0), doc);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(file.items.len(), 1);
    // The block left open is pointed at, where Y begins is its secondary place.
    let at = &doc[diagnostics[0].primary.span.start()..];
    assert!(at.starts_with("项目 X"), "the open block is X: {at:?}");
    let next = &doc[diagnostics[0].secondary[0].span.start()..];
    assert!(next.starts_with("项目 Y"), "the next item is Y: {next:?}");
    assert!(
        diagnostics[0].message.en.contains("`}`"),
        "{:?}",
        diagnostics[0].message
    );
}

#[test]
fn english_keywords() {
    let doc = "document \"t\" {\n year 2023\n framework 2021\n}\nunit 543001 \"u\"\nproject X \"n\" {\n unit 543001\n budget 10 { fiscal 8  other 2 }\n use \"x\"\n schedule { jun 50%  dec 100% }\n goal \"g\"\n cost {\n  economic_cost \"c\" ≤10 万元 basis 预算批复\n }\n}\n";
    let file = parse_ok(doc);
    assert_eq!(file.items.len(), 3);
}

#[test]
fn indicator_fields_continue_on_following_lines() {
    let doc = "项目 X \"n\" {\n 产出指标 {\n  数量指标 \"a\" ≥1 次\n    描述 \"长描述\"\n    依据 计划\n  质量指标 \"b\" 100%\n }\n}\n";
    let file = parse_ok(doc);
    let rows = indicators(project(&file));
    assert_eq!(rows.len(), 2);
    assert!(rows[0].basis.is_some() && rows[0].description.is_some());
}

#[test]
fn parts_parse_exactly_as_the_whole() {
    let mut text = String::from(SAMPLE);
    for i in 0..5 {
        let project = &SAMPLE[SAMPLE.find("项目").expect("a project")..];
        text.push_str(
            &project.replace("13080023P000085100062", &format!("13080023P00008510006{i}")),
        );
    }
    text.push_str("项目 Y \"坏\" {\n  预算 abc\n}\n");
    let boundaries: Vec<usize> = item_ranges(&text, 0, text.len(), false)
        .iter()
        .map(|c| c.0)
        .collect();
    let parts = [
        (0, boundaries[2]),
        (boundaries[2], boundaries[5]),
        (boundaries[5], text.len()),
    ];
    let whole = parse_parts(FileId(0), &text, &[(0, text.len())], None);
    let split = parse_parts(FileId(0), &text, &parts, None);
    assert_eq!(format!("{whole:?}"), format!("{split:?}"));
    assert_eq!(whole.1.len(), 1, "the bad budget is reported once");
}

#[test]
fn large_texts_are_cut_at_item_lines_into_parts_covering_them() {
    let project = &SAMPLE[SAMPLE.find("项目").expect("a project")..];
    let mut text = String::from(SAMPLE);
    while text.len() < 5 * PART_BYTES {
        // A column-0 `单位` line inside a project must not be taken for an item start.
        text.push_str(&project.replace("  单位 543001", "单位 543001"));
    }
    let cuts = parts(&text);
    assert!(cuts.len() >= 3, "{} parts", cuts.len());
    assert_eq!(cuts[0].0, 0);
    assert_eq!(cuts[cuts.len() - 1].1, text.len());
    for pair in cuts.windows(2) {
        let (before, after) = (pair[0], pair[1]);
        assert_eq!(before.1, after.0, "parts are contiguous");
        assert!(before.1 - before.0 >= PART_BYTES);
        assert!(text[after.0..].starts_with("项目 "), "cut at {}", after.0);
    }
    assert_eq!(parts(SAMPLE), [(0, SAMPLE.len())]);
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let text = format!(
        "项目 X \"n\" {{\n 明细 {{\n  \"a\" {}1 元{}\n }}\n}}\n",
        "(".repeat(100),
        ")".repeat(100)
    );
    let (file, diagnostics) = parse(FileId(0), &text);
    assert!(file.items.is_empty());
    assert_eq!(diagnostics.len(), 1);
    assert!(diagnostics[0].message.en.contains("nested"));
    let shallow = format!(
        "项目 X \"n\" {{\n 明细 {{\n  \"a\" {}1 元{}\n }}\n}}\n",
        "(".repeat(10),
        ")".repeat(10)
    );
    assert!(parse(FileId(0), &shallow).1.is_empty());
}

#[test]
fn part_paths_are_the_includes_the_grammar_reads() {
    let text = "# 包含 \"comment.perf\"\n包含 \"units/a.perf\"\ninclude\u{3000}\"../b.perf\" # c\n\
                包含\u{3000}\"c\\\"d.perf\"\n项目 X \"包含 \\\"no.perf\\\"\" {}\n";
    assert_eq!(part_paths(text), ["units/a.perf", "../b.perf", "c\"d.perf"]);
    assert!(part_paths("包含\"x.perf\"\n").is_empty());
    assert!(part_paths("包含 \"open.perf\n").is_empty());
}

#[test]
fn a_self_evaluation_includes_its_targets_without_taking_them_in() {
    let record = "包含 \"targets.perf\"\n自评 \"项目\" {\n  \"指标\" 实际 1 次\n}\n";
    assert!(part_paths(record).is_empty());
    assert_eq!(part_paths("包含 \"units/a.perf\"\n"), ["units/a.perf"]);
}

#[test]
fn an_unknown_escape_is_an_error_at_its_place() {
    let text = "单位 1 \"a\\ud800b \\\\ \\\" \\n \\t\"\n";
    let (_, diagnostics) = parse(FileId(0), text);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].code, "E0001");
    let at = text.find("\\u").expect("the escape");
    assert_eq!(diagnostics[0].primary.span.range(), at..at + 2);
}

/// Every example (every construct of the language) as one text of several parts.
fn every_example() -> String {
    let mut files: Vec<_> = ["examples/teaching", "examples/forms", "examples/library"]
        .iter()
        .chain(&["examples/chengde-2023", "examples/chengde-2023/units"])
        .flat_map(|dir| std::fs::read_dir(dir).expect("examples"))
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "perf"))
        .collect();
    files.sort();
    let once: String = files
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("example") + "\n")
        .collect();
    once.repeat(3 * PART_BYTES / once.len() + 1)
}

#[test]
fn parts_kept_between_edits_parse_exactly_as_a_fresh_parse() {
    let mut text = every_example();
    assert!(parts(&text).len() >= 3, "{} parts", parts(&text).len());
    let cache = PartCache::default();
    let fresh = |text: &str, file| format!("{:?}", parse(file, text));
    let cached = |text: &str, file| format!("{:?}", parse_with(file, text, Some(&cache)));
    assert_eq!(cached(&text, FileId(0)), fresh(&text, FileId(0)));
    let middle = text.len() / 2;
    let line = middle + text[middle..].find('\n').expect("a line") + 1;
    let edits: [(usize, usize, &str); 6] = [
        (line, line, "# 中间加一行，后面的部分都移动了\n"),
        // No longer a comment: a part read with a finding.
        (line, line + "# 中间".len(), ""),
        (0, 0, "# 开头加一行\n"),
        (usize::MAX, usize::MAX, "\n项目 X \"未写完\" {\n"),
        (1, 1, "\n"),
        (0, 0, ""),
    ];
    for (start, end, inserted) in edits {
        // usize::MAX: the end of the text.
        let (start, end) = (start.min(text.len()), end.min(text.len()));
        text.replace_range(start..end, inserted);
        // Moved parts, and parts of another file taking the same text.
        for file in [FileId(0), FileId(3)] {
            assert_eq!(
                cached(&text, file),
                fresh(&text, file),
                "after {inserted:?}"
            );
        }
        cache.sweep();
    }
}
