; Zed's outline: the header, the department's goals, units, projects with their indicator groups
; and rows, self-evaluations, monitorings, libraries and their templates.
(document (keyword) @context title: (text) @name) @item
(department_goals (keyword) @name) @item
(unit_decl (keyword) @context code: (code) @name name: (text) @name) @item
(project (keyword) @context code: (code)? @context.extra name: (text) @name) @item
(indicator_group category: (category) @name) @item
(indicator name: (text) @name) @item
(self_evaluation (keyword) @context project: (_) @name) @item
(monitoring (keyword) @context project: (_) @name) @item
(library (keyword) @context name: (text) @name) @item
(template (keyword) @context name: (text) @name) @item
