; Highlights for .perf, in the capture names of nvim-treesitter and the tree-sitter CLI.
; editors/queries.js derives Helix's and Zed's copies, renaming the captures. No two patterns
; capture the same node: editors disagree on which of two would win.

(comment) @comment

; Both spellings of every keyword of perf.pest: `keyword` nodes, and `field_keyword` nodes for
; those that name a column of a row (依据, 描述, 指标值, 实际, 完成 …).
(keyword) @keyword
(approx) @keyword
(field_keyword) @property

(string) @string
(text_value) @string
(escape_sequence) @string.escape
; Bare words given as text: 依据 年度工作计划, 主管部门编码 305.
(word) @string

; Categories: `产出指标 { … }` and the second level of each row.
(category) @type

; Codes of projects, units and rules.
(code) @constant

; Words the checker reads: qualitative levels (巩固提升, 不涉及), settings (草案, 2021, 警告),
; kinds of deviation (经费保障).
(level) @constant.builtin
(setting) @constant.builtin
(cause_kind) @constant.builtin

(number) @number
(percent) @number
(money_unit) @attribute
(unit) @attribute
(schedule_entry ["%" "％"] @attribute)

(comparator) @operator
(operator) @operator
(breakdown_item ["=" "＝"] @operator)
(period_to) @operator

; Dates, and the blanks of a template (`≥**人`).
(deadline) @string.special
(month_end) @string.special
(period_bound) @string.special
(placeholder) @string.special

["{" "}" "(" ")" "（" "）"] @punctuation.bracket
