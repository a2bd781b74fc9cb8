//! Rows aligned in columns by display width (a Chinese character takes two columns): the
//! indicators of a group, and the items of a breakdown.
//!
//! An indicator row is written as category, name, value, then its other fields in a fixed
//! order (描述 依据 计量单位 指标性质 指标方向 分值 中期目标 长期目标 备注 确认). Fields the source put on a line of
//! their own stay on a line of their own, so long descriptions and their comments keep their
//! place. The category, name and value columns are aligned within the group.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

use super::items::acknowledgement;
use super::layout::{Spacing, Stmt, Writer};
use crate::syntax::ast::{Breakdown, Claim, Indicator, IndicatorGroup, Text, Value};
use crate::syntax::keywords::{self, INDICATOR_FIELDS, Keyword};

// ---------------------------------------------------------------------------------------------
// Indicators

/// One field of an indicator row, as it will be written.
struct Field<'a> {
    /// Position in the fixed order of fields.
    rank: u8,
    start: usize,
    end: usize,
    content: Content<'a>,
}

enum Content<'a> {
    /// The target value, written bare unless it needs `指标值` before it.
    Value(&'a Value),
    /// A keyword and a token as written.
    Token(Keyword, &'a str),
    /// A keyword and a text.
    Text(Keyword, &'a Text),
    Acknowledge(&'a crate::syntax::ast::Acknowledge),
}

fn fields<'a>(w: &Writer<'a>, ind: &'a Indicator) -> Vec<Field<'a>> {
    let value_field = |rank, kw, value: &'a Value| Field {
        rank,
        start: value.span.start(),
        end: value.span.end(),
        content: match kw {
            Keyword::Value => Content::Value(value),
            _ => Content::Token(kw, &value.raw),
        },
    };
    let token_field = |rank, kw, span: crate::source::Span| Field {
        rank,
        start: span.start(),
        end: span.end(),
        content: Content::Token(kw, w.slice(span)),
    };
    let mut fields = Vec::new();
    fields.extend(
        ind.value
            .as_ref()
            .map(|v| value_field(0, Keyword::Value, v)),
    );
    fields.extend(ind.description.as_ref().map(|t| Field {
        rank: 1,
        start: t.span.start(),
        end: t.span.end(),
        content: Content::Text(Keyword::Description, t),
    }));
    fields.extend(
        ind.basis
            .as_ref()
            .map(|b| token_field(2, Keyword::Basis, b.span)),
    );
    fields.extend(
        ind.measure_unit
            .as_ref()
            .map(|u| token_field(3, Keyword::MeasureUnit, u.span)),
    );
    fields.extend(
        ind.nature
            .as_ref()
            .map(|n| token_field(4, Keyword::Nature, n.span)),
    );
    fields.extend(
        ind.direction
            .as_ref()
            .map(|d| token_field(5, Keyword::Direction, d.span)),
    );
    fields.extend(
        ind.weight
            .as_ref()
            .map(|n| token_field(6, Keyword::Weight, n.span)),
    );
    fields.extend(
        ind.mid_term
            .as_ref()
            .map(|v| value_field(7, Keyword::MidTerm, v)),
    );
    fields.extend(
        ind.long_term
            .as_ref()
            .map(|v| value_field(8, Keyword::LongTerm, v)),
    );
    fields.extend(
        ind.remark
            .as_ref()
            .map(|r| token_field(9, Keyword::Remark, r.span)),
    );
    fields.extend(ind.acknowledgements.iter().map(|a| Field {
        rank: 10,
        start: a.span.start(),
        end: a.span.end(),
        content: Content::Acknowledge(a),
    }));
    fields
}

/// The fields of a row in lines: a new line wherever the source broke the line before a field.
/// Each line's fields are in the fixed order.
fn lines_of_fields<'a>(
    source: &str,
    ind: &'a Indicator,
    mut fields: Vec<Field<'a>>,
) -> Vec<Vec<Field<'a>>> {
    fields.sort_by_key(|f| f.start);
    let mut lines = Vec::new();
    let mut line: Vec<Field> = Vec::new();
    let mut previous_end = ind.name.span.end();
    for field in fields {
        if source[previous_end..field.start].contains('\n') {
            lines.push(std::mem::take(&mut line));
        }
        previous_end = field.end;
        line.push(field);
    }
    lines.push(line);
    for line in &mut lines {
        line.sort_by_key(|f| f.rank);
    }
    lines
}

fn write_field(w: &Writer, stmt: &mut Stmt, field: &Field, starts_line: bool) {
    match &field.content {
        Content::Value(value) => {
            // A value opening a continuation line, or spelled like a field keyword, would not
            // read as a value without its keyword.
            if starts_line || keywords::find(INDICATOR_FIELDS, &value.raw).is_some() {
                stmt.push(w.kw(Keyword::Value)).push(" ");
            }
            stmt.push(&value.raw);
        }
        Content::Token(kw, token) => {
            stmt.push(w.kw(*kw)).word(token);
        }
        Content::Text(kw, text) => {
            stmt.push(w.kw(*kw)).space().text(w.source, text);
        }
        Content::Acknowledge(ack) => {
            let written = acknowledgement(w, ack);
            stmt.append(written);
        }
    }
}

/// A row made ready for alignment.
struct Row<'a> {
    ind: &'a Indicator,
    lines: Vec<Vec<Field<'a>>>,
}

impl Row<'_> {
    /// Columns are aligned only on rows whose name is one string followed by more fields.
    fn aligns_name(&self) -> bool {
        self.ind.name.pieces.len() == 1 && !self.lines[0].is_empty()
    }

    /// The value starts the first line and more fields follow it.
    fn aligns_value(&self) -> bool {
        self.aligns_name()
            && self.lines[0].len() > 1
            && matches!(self.lines[0][0].content, Content::Value(_))
    }

    fn value_width(&self) -> usize {
        match &self.lines[0][0].content {
            Content::Value(value) => value.raw.width(),
            _ => 0,
        }
    }
}

/// The display columns where the name, value and the remaining fields start.
struct Columns {
    name: usize,
    value: usize,
    rest: usize,
}

fn columns(w: &Writer, rows: &[Row]) -> Columns {
    let category = rows
        .iter()
        .map(|r| category_column(w, r.ind).width())
        .max()
        .unwrap_or(0);
    let name = category + 1;
    let name_width = rows
        .iter()
        .filter(|r| r.aligns_name())
        .map(|r| w.slice(r.ind.name.span).width())
        .max()
        .unwrap_or(0);
    let value = name + name_width + 1;
    let value_width = rows
        .iter()
        .filter(|r| r.aligns_value())
        .map(Row::value_width)
        .max()
        .unwrap_or(0);
    Columns {
        name,
        value,
        rest: value + value_width + 2,
    }
}

pub(super) fn indicator_group(w: &mut Writer, group: &IndicatorGroup) {
    let rows: Vec<Row> = group
        .indicators
        .iter()
        .map(|ind| Row {
            ind,
            lines: lines_of_fields(w.source, ind, fields(w, ind)),
        })
        .collect();
    let columns = columns(w, &rows);
    let mut head = Stmt::new(group.span.start());
    head.push(w.slice(group.category.span));
    w.block(head, Spacing::Keep, group.span, |w| {
        for row in &rows {
            let stmt = indicator_row(w, row, &columns);
            w.emit(stmt, Spacing::Keep);
        }
    });
}

/// The category column: the category word, with `模板` after it or in its place.
fn category_column<'a>(w: &Writer<'a>, ind: &Indicator) -> Cow<'a, str> {
    let category = w.slice(ind.category.span);
    let template = w.kw(Keyword::Template);
    match ind.template.as_deref() {
        Some(&at) if at == ind.category.span => Cow::Borrowed(template),
        Some(_) => Cow::Owned(format!("{category} {template}")),
        None => Cow::Borrowed(category),
    }
}

fn indicator_row(w: &Writer, row: &Row, columns: &Columns) -> Stmt {
    let mut stmt = Stmt::new(row.ind.span.start());
    stmt.push(&category_column(w, row.ind))
        .pad_to(columns.name)
        .text(w.source, &row.ind.name);
    for (i, line) in row.lines.iter().enumerate() {
        if i > 0 {
            let first = line.first().map_or(0, |f| f.start);
            stmt.break_line(w.statement_start(first));
        }
        for (j, field) in line.iter().enumerate() {
            match (i, j) {
                (0, 0) if row.aligns_name() => stmt.pad_to(columns.value),
                (0, 0) => stmt.push(" "),
                (0, 1) if row.aligns_value() => stmt.pad_to(columns.rest),
                (_, 0) => &mut stmt,
                _ => stmt.push("  "),
            };
            write_field(w, &mut stmt, field, i > 0 && j == 0);
        }
    }
    stmt
}

// ---------------------------------------------------------------------------------------------
// Breakdowns

/// `明细 [申请 [约] 金额] [已安排 金额] { … }`, the labels of the items aligned.
pub(super) fn breakdown(w: &mut Writer, breakdown: &Breakdown) {
    let mut head = w.stmt(breakdown.span.start(), Keyword::Breakdown);
    if let Some(requested) = &breakdown.requested {
        head.word(w.kw(Keyword::Requested))
            .word(&claim(w, requested));
    }
    if let Some(previously) = &breakdown.previously {
        head.word(w.kw(Keyword::Previously))
            .word(&w.money(previously));
    }
    let label_column = breakdown
        .items
        .iter()
        .map(|item| w.slice(item.label.span).width())
        .max()
        .unwrap_or(0)
        + 1;
    let mut lines: Vec<Stmt> = breakdown
        .items
        .iter()
        .map(|item| {
            let mut stmt = Stmt::new(item.span.start());
            stmt.text(w.source, &item.label)
                .pad_to(label_column)
                .push(&item.expr.canonical());
            if let Some(result) = &item.result {
                stmt.push(" =");
                if result.approx {
                    stmt.word(w.kw(Keyword::Approx));
                }
                stmt.word(&result.quantity.canonical());
            }
            stmt
        })
        .collect();
    if let Some(total) = &breakdown.total {
        let mut stmt = w.stmt(w.statement_start(total.money.span.start()), Keyword::Total);
        stmt.word(&claim(w, total));
        lines.push(stmt);
    }
    lines.sort_by_key(Stmt::start);
    w.block(head, Spacing::Keep, breakdown.span, |w| {
        for line in lines {
            w.emit(line, Spacing::Keep);
        }
    });
}

/// `[约] 金额`.
fn claim(w: &Writer, claim: &Claim) -> String {
    let money = w.money(&claim.money);
    if claim.approx {
        format!("{} {money}", w.kw(Keyword::Approx))
    } else {
        money
    }
}
