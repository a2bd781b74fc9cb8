/**
 * @file The .perf language (预算绩效目标) for tree-sitter, following grammar/perf.pest rule by rule.
 *
 * perf.pest is the definition; this grammar is for editors (highlighting, folding, indents), so it
 * accepts what perf.pest accepts and does not reject everything perf.pest rejects. The keywords
 * are not written here: they are read from perf.pest's `kw_*` rules at generation time, so both
 * spellings of every keyword come from the one definition (test/keywords.test.js checks that the
 * generated parser knows all of them).
 *
 * Line ends are tokens of the external scanner (src/scanner.c): a statement ends at a line break
 * or `;`, and a string at the start of the next line continues a text, which perf.pest decides by
 * looking ahead (see the scanner).
 */

'use strict';

const fs = require('node:fs');
const path = require('node:path');

const PEST = fs.readFileSync(path.join(__dirname, '..', '..', 'grammar', 'perf.pest'), 'utf8');

/** The string literals of a piece of perf.pest, unescaped. */
const literals = (text) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));

/** The literals of the perf.pest rule `name` (which may span lines). */
function pestLiterals(name) {
  const rule = PEST.match(new RegExp(`^${name}\\s*=\\s*[@$_]?\\{([\\s\\S]*?)\\}\\s*$`, 'm'));
  if (!rule) throw new Error(`perf.pest has no rule ${name}`);
  return literals(rule[1]);
}

/** `kw_name` → [Chinese, English], from perf.pest. */
const KEYWORDS = Object.fromEntries(
  [...PEST.matchAll(/^kw_(\w+)\s*=\s*@\{(.*)\}\s*$/gm)].map(([, name, body]) => [name, literals(body)]),
);
if (Object.keys(KEYWORDS).length < 100) throw new Error('perf.pest: keywords not found');

/** A keyword of perf.pest in either spelling, as a `keyword` node. */
function kw(name, node = 'keyword') {
  const spellings = KEYWORDS[name];
  if (!spellings) throw new Error(`perf.pest has no kw_${name}`);
  return alias(choice(...spellings), { type: 'SYMBOL', name: node });
}

/** A keyword that names a column of a row (依据, 描述, 实际 …), as a `field_keyword` node. */
const col = (name) => kw(name, 'field_keyword');

/** Lines of a block: separated by line ends, blank and comment lines around them. */
function lines($, line) {
  return seq(
    '{',
    repeat($._line_end),
    optional(seq(line, repeat(seq(repeat1($._line_end), line)), repeat($._line_end))),
    '}',
  );
}

/** Entries of a block that may also stand side by side on one line (`{ a 1  b 2 }`). */
function entries($, entry) {
  return seq('{', repeat(choice(entry, $._line_end)), '}');
}

// Blanks between tokens (perf.pest's `ws`: tab and the space separators).
/** Chinese characters: a comparator spelled with them is a word (`不低于`). */
const IN_WORDS = /\p{Script=Han}/u;
const BLANK = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/;
const SP = '[ \u3000]*';
const DAY_PART = `\\d{1,2}${SP}月${SP}(\\d{1,2}${SP}[日号]|[底末])`;
const DEADLINE = new RegExp(
  `(\\d{4}${SP}年(${SP}(${DAY_PART}|[底末]))?|${DAY_PART})(${SP}((之前|以前|前)(完成)?|完成))?`,
);
const PERIOD_BOUND = new RegExp(`\\d{4}(${SP}年(${SP}\\d{1,2}${SP}月)?)?`);

module.exports = grammar({
  name: 'perf',

  externals: ($) => [$._line_end, $._continue, $._continue_alone, $._word_comparator],

  extras: ($) => [BLANK, $.comment],

  // Every bare word; a keyword is a word that spells one where the grammar expects it.
  word: ($) => $._word,

  conflicts: () => [],

  rules: {
    source_file: ($) => repeat(choice($._item, $._line_end)),

    _item: ($) =>
      choice(
        $.project, $.unit_decl, $.include, $.document, $.department_goals,
        $.self_evaluation, $.monitoring, $.library,
      ),

    // ---------------------------------------------------------------------------------------
    // Tokens

    comment: () => token(seq('#', /[^\r\n]*/)),

    // perf.pest's `word`: a run of characters other than blanks, quotes, braces, `#` and `;`.
    _word: () => /[^\s"{}#;][^ \t\u3000\r\n"{}#;]*/,
    code: ($) => $._word,

    string: ($) =>
      seq('"', repeat(choice(token.immediate(prec(1, /[^"\\\r\n]+/)), $.escape_sequence)), token.immediate('"')),
    escape_sequence: () => token.immediate(/\\[^\r\n]/),

    /** One or more strings; a string at the start of the next line continues the text. */
    text: ($) => seq($.string, repeat(seq($._continue, $.string))),
    _word_or_string: ($) => choice($.string, alias($._word, $.word)),

    number: () => token(prec(1, /\d+(\.\d+)?/)),
    money: ($) => seq($.number, optional($.money_unit)),
    money_unit: () => choice(...pestLiterals('money_unit')),
    percent: () => token(prec(2, /\d+(\.\d+)?[%％]/)),

    // ---------------------------------------------------------------------------------------
    // Includes and the document header

    include: ($) => seq(kw('include'), $.string),

    document: ($) => seq(kw('document'), field('title', $.text), lines($, $._document_field)),
    _document_field: ($) =>
      choice(
        $.year, $.department, $.prepared_by, $.reviewed_by, $.status, $.money_unit_field,
        $.framework, $.rules, $.acknowledge, $.extra_units, $.extra_levels, $.allow_include,
        $.form, $.scoring, $.previous,
      ),
    year: ($) => seq(kw('year'), $.number),
    department: ($) => seq(kw('department'), $.text),
    prepared_by: ($) => seq(kw('prepared'), $.text),
    reviewed_by: ($) => seq(kw('reviewed'), $.text),
    status: ($) => seq(kw('status'), $.setting),
    money_unit_field: ($) => seq(kw('money_unit'), $.setting),
    framework: ($) => seq(kw('framework'), $.setting),
    /** A word the checker knows the values of: 草案, 2021, 万元, 警告 …. */
    setting: ($) => $._word,
    rules: ($) => seq(kw('rules'), entries($, $.rule_setting)),
    rule_setting: ($) => seq($.code, $.setting),
    /** `确认 E0401 "理由"`: a finding of this rule is known and accepted. */
    acknowledge: ($) => seq(kw('acknowledge'), $.code, $.text),
    allow_include: ($) => seq(kw('allow_include'), $.text),
    previous: ($) => seq(kw('previous'), optional(kw('revision')), $.text),
    form: ($) => seq(kw('form'), $._word_or_string),
    scoring: ($) => seq(kw('scoring'), entries($, $.scoring_setting)),
    scoring_setting: ($) =>
      seq(choice(kw('execution_rate'), alias($._word, $.word)),
        choice($.percent, $.number, alias($._word, $.word))),
    extra_units: ($) => seq(kw('extra_units'), repeat1($._word_or_string)),
    extra_levels: ($) => seq(kw('extra_levels'), repeat1($._word_or_string)),

    // ---------------------------------------------------------------------------------------
    // Department-wide goals

    department_goals: ($) => seq(kw('dept_goals'), lines($, $._department_goals_line)),
    _department_goals_line: ($) =>
      choice(
        $.overall, $.sub_goal, $.measure, $.dept_code, $.dept_budget, $.dept_functions, $.duty,
        $.indicator_group,
      ),
    dept_code: ($) => seq(kw('dept_code'), $._word_or_string),
    dept_budget: ($) => seq(kw('budget'), $.money, optional(entries($, $.dept_fund))),
    dept_fund: ($) => seq(choice(kw('basic'), kw('project_spending')), $.money),
    dept_functions: ($) => seq(kw('functions'), $.text),
    duty: ($) => seq(kw('duty'), $.text, $.text, $.money, optional(entries($, $.duty_project))),
    duty_project: ($) => seq(kw('project'), choice($.string, $.code)),
    overall: ($) => seq(kw('overall'), $.text),
    sub_goal: ($) => seq(kw('sub_goal'), $.text, lines($, choice($.goal, $.indicators_text))),
    indicators_text: ($) => seq(kw('indicators'), $.text),
    measure: ($) => seq(kw('measure'), $.string, $.text),

    // ---------------------------------------------------------------------------------------
    // Budget units and projects

    unit_decl: ($) => seq(kw('unit'), field('code', $.code), field('name', $.text)),

    project: ($) =>
      seq(kw('project'), optional(field('code', $.code)), field('name', $.text), lines($, $._project_field)),
    _project_field: ($) =>
      choice(
        $.unit_ref, $.title, $.budget, $.mid_budget, $.use_text, $.breakdown, $.schedule, $.goal,
        $.term_goal, $.period, $.plan, $.info, $.prose, $.review, $.acknowledge, $.indicator_group,
      ),
    unit_ref: ($) => seq(kw('unit'), $.code),
    title: ($) => seq(kw('title'), $.text),
    budget: ($) => seq(kw('budget'), $.money, optional(entries($, $.fund))),
    fund: ($) =>
      seq(
        choice(
          kw('fiscal'), kw('appropriation'), kw('higher_fiscal'), kw('local_fiscal'),
          kw('own_funds'), kw('service_income'), kw('business_income'), kw('other'),
        ),
        $.money,
      ),
    mid_budget: ($) => seq(kw('mid_budget'), $.money, optional(entries($, $.fund))),
    use_text: ($) => seq(kw('use'), $.text),
    goal: ($) => seq(kw('goal'), $.text),
    term_goal: ($) => seq(choice(kw('mid_term'), kw('long_term')), $.text),
    period: ($) => seq(kw('period'), choice($.period_range, $.string)),
    period_range: ($) => seq($.period_bound, $.period_to, $.period_bound),
    period_bound: () => token(prec(2, PERIOD_BOUND)),
    period_to: () => choice(...pestLiterals('period_to')),
    plan: ($) => seq(kw('plan'), entries($, $.plan_row)),
    plan_row: ($) => seq($.string, choice($.period_range, $.string)),
    review: ($) => seq(kw('review'), $.text, $.text, optional(entries($, $.review_field))),
    review_field: ($) => seq(choice(kw('reviewer'), kw('review_date')), $._word_or_string),
    info: ($) =>
      seq(
        choice(
          kw('supervisor_code'), kw('supervisor'), kw('implementer'), kw('manager'), kw('phone'),
          kw('attribute'), kw('project_type'), kw('function_class'), kw('filing_unit'),
          kw('filed_by'), kw('unit_head'), kw('filing_date'),
        ),
        $._word_or_string,
      ),
    prose: ($) =>
      seq(
        choice(
          kw('overview'), kw('approval'), kw('feasibility'), kw('necessity'), kw('functions'),
          kw('measure'), kw('remarks'),
        ),
        $.text,
      ),

    // `明细 [申请 [约] 金额] [已安排 金额] { "项" 算式 [= [约] 金额] … }`
    breakdown: ($) =>
      seq(kw('breakdown'), repeat(choice($.requested, $.previously)),
        lines($, choice($.breakdown_item, $.breakdown_total))),
    requested: ($) => seq(kw('requested'), optional($.approx), $.money),
    previously: ($) => seq(kw('previously'), $.money),
    breakdown_item: ($) =>
      seq($.string, $._expr, optional(seq(choice('=', '＝'), optional($.approx), $.quantity))),
    breakdown_total: ($) => seq(kw('total'), optional($.approx), $.money),
    // `约` may run into the number after it (`约64.94`): a token of its own, not a keyword (which
    // the lexer reads as a whole word).
    approx: () => choice(token(prec(3, KEYWORDS.approx[0])), KEYWORDS.approx[1]),

    _expr: ($) => choice($.binary_expression, $.parenthesized, $.quantity),
    binary_expression: ($) =>
      choice(
        prec.left(1, seq($._expr, alias(choice('+', '＋', '-', '－'), $.operator), $._expr)),
        prec.left(2, seq($._expr, alias(choice('×', '*', '＊', '÷'), $.operator), $._expr)),
      ),
    parenthesized: ($) => seq(choice('(', '（'), $._expr, choice(')', '）')),
    quantity: ($) => prec.right(seq($.number, optional($.unit))),
    unit: () => /[^\s"{}#;()（）×*＊÷+＋\-－=＝0-9]+/,

    // `支出计划 { 3月底 25%  6月底 50% … }`
    schedule: ($) => seq(kw('schedule'), entries($, $.schedule_entry)),
    schedule_entry: ($) => seq($.month_end, $.number, choice('%', '％')),
    month_end: () =>
      choice(
        token(prec(2, /\d{1,2} ?(月底|月末)/)),
        ...pestLiterals('month_end').filter((month) => /^[a-z]+$/.test(month)),
      ),

    // ---------------------------------------------------------------------------------------
    // Indicators

    /** `产出指标 { … }`: the indicators of a first-level category. */
    indicator_group: ($) =>
      seq(field('category', alias($._word, $.category)),
        lines($, choice($.indicator, $.indicator_continuation))),

    /** `数量指标 "三级指标" 值 [描述 "…"] [依据 …] …`, or `[类别] 模板 "名称" 值 …`. */
    indicator: ($) =>
      seq(
        choice(
          seq(kw('template'), field('name', $.text)),
          seq(alias($._word, $.category), optional(kw('template')), field('name', $.text)),
        ),
        repeat($._indicator_field),
      ),
    indicator_continuation: ($) =>
      seq(choice($._keyword_field, alias($._keyword_target, $.target)), repeat($._indicator_field)),
    _indicator_field: ($) => choice($._keyword_field, $.target),
    _keyword_field: ($) =>
      choice(
        $.basis, $.description, $.measure_unit, $.nature, $.direction, $.weight, $.mid_term,
        $.long_term, $.remark, $.acknowledge,
      ),
    description: ($) => seq(col('description'), $.text),
    basis: ($) => seq(col('basis'), $._word_or_string),
    nature: ($) => seq(col('nature'), $._word_or_string),
    direction: ($) => seq(col('direction'), $._word_or_string),
    remark: ($) => seq(col('remark'), $._word_or_string),
    measure_unit: ($) => seq(col('measure_unit'), $._word_or_string),
    weight: ($) => seq(col('weight'), $.number),
    mid_term: ($) => seq(col('mid_term'), $._value),
    long_term: ($) => seq(col('long_term'), $._value),
    /** The annual target (指标值), optionally after its keyword. */
    target: ($) => choice($._keyword_target, $._value),
    _keyword_target: ($) => seq(col('value'), $._value),

    /** A typed value: a string, a deadline, a quantity (`≥95%`, `1 个`, `≥**人`) or a level. */
    _value: ($) => choice(alias($.string, $.text_value), $.deadline, $.value_quantity, $.level),
    value_quantity: ($) =>
      prec.right(
        seq(
          optional(choice($.comparator, alias($._word_comparator, $.comparator))),
          choice($.number, $.placeholder),
          optional(alias($._word, $.unit)),
        ),
      ),
    /** A comparator in symbols; one in words (`不低于`) comes from the scanner, which reads it only
     * before a number, so that `超过预期` stays a level. */
    comparator: () => token(prec(3, choice(...pestLiterals('comparator').filter((c) => !IN_WORDS.test(c))))),
    placeholder: () => token(prec(2, /[*＊]{2,}|[Xx]{2,}|×{2,}/)),
    deadline: () => token(prec(2, DEADLINE)),
    level: ($) => $._word,

    // ---------------------------------------------------------------------------------------
    // Self-evaluation

    self_evaluation: ($) =>
      seq(kw('self_evaluation'), field('project', choice(kw('whole_department'), $.string, $.code)),
        lines($, $._evaluation_line)),
    _evaluation_line: ($) =>
      choice($.evaluation_funds, $.stated_rate, $.achieved, $.evaluation_continuation,
        $.evaluation_row),
    evaluation_funds: ($) =>
      seq(kw('funds'), entries($, choice($.execution_amount, $.deviation, $.evaluation_source))),
    evaluation_source: ($) =>
      seq(
        choice(kw('current_appropriation'), kw('carried_over'), kw('other'), kw('basic'),
          kw('project_spending')),
        entries($, $.execution_amount),
      ),
    execution_amount: ($) =>
      seq(choice(kw('initial_budget'), kw('full_year_budget'), kw('executed')), $.money),
    stated_rate: ($) => seq(kw('execution_rate'), $.percent),
    achieved: ($) => seq(kw('achieved'), $.evaluation_text),
    evaluation_row: ($) => seq(field('name', $.string), repeat($._evaluation_field)),
    evaluation_continuation: ($) => repeat1($._evaluation_field),
    _evaluation_field: ($) => choice($.actual, $.weight, $.score, $.deviation),
    actual: ($) => seq(col('actual'), $._value),
    score: ($) => seq(col('score'), $.number),
    deviation: ($) => seq(col('deviation'), $.evaluation_text),
    /** A string alone on the next line continues it; one with more on its line is a row. */
    evaluation_text: ($) => seq($.string, repeat(seq($._continue_alone, $.string))),

    // ---------------------------------------------------------------------------------------
    // Monitoring

    monitoring: ($) =>
      seq(kw('monitoring'), field('project', choice($.string, $.code)), $.as_of, lines($, $._monitoring_line)),
    as_of: ($) => seq(kw('as_of'), $.month_end),
    _monitoring_line: ($) =>
      choice($.monitoring_funds, $.achieved, $.monitoring_continuation, $.monitoring_row),
    monitoring_funds: ($) =>
      seq(kw('funds'), entries($, choice($.monitoring_amount, $.cause, $.correction))),
    monitoring_amount: ($) =>
      seq(choice(kw('full_year_budget'), kw('executed_to_date'), kw('forecast_executed')), $.money),
    monitoring_row: ($) => seq(field('name', $.string), repeat($._monitoring_field)),
    monitoring_continuation: ($) => repeat1($._monitoring_field),
    _monitoring_field: ($) => choice($.done, $.forecast, $.likelihood, $.cause, $.correction),
    done: ($) => seq(col('done'), $._value),
    forecast: ($) => seq(col('forecast'), $._value),
    likelihood: ($) => seq(col('likelihood'), $.level),
    cause: ($) =>
      seq(col('deviation'), choice(seq(repeat1($.cause_kind), optional($.evaluation_text)), $.evaluation_text)),
    cause_kind: ($) => $._word,
    correction: ($) => seq(col('correction'), $.evaluation_text),

    // ---------------------------------------------------------------------------------------
    // Indicator library

    library: ($) => seq(kw('library'), field('name', $.text), lines($, $.template)),
    template: ($) => seq(kw('template'), field('name', $.text), lines($, repeat1($._template_field))),
    _template_field: ($) =>
      choice(
        $.template_category, $.nature, $.measure_unit, $.description, $.formula, $.reference,
        $.basis, $.core, $.applies_to,
      ),
    template_category: ($) => seq(kw('category'), choice($.string, alias($._word, $.category))),
    formula: ($) => seq(kw('formula'), $.text),
    reference: ($) => seq(kw('reference'), $._value),
    core: ($) => kw('core'),
    applies_to: ($) => prec.right(seq(kw('applies_to'), repeat1($._word_or_string))),
  },
});
