; nvim-treesitter's indents: a block's lines one level in, its `}` back at the block's column.
[
  (document)
  (rules)
  (scoring)
  (department_goals)
  (sub_goal)
  (dept_budget)
  (duty)
  (project)
  (budget)
  (mid_budget)
  (plan)
  (review)
  (breakdown)
  (schedule)
  (indicator_group)
  (self_evaluation)
  (evaluation_funds)
  (evaluation_source)
  (monitoring)
  (monitoring_funds)
  (library)
  (template)
] @indent.begin

"}" @indent.end @indent.branch

(comment) @indent.auto
