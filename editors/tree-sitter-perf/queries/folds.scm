; Blocks fold: items, their fields with braces, and indicator groups.
[
  (document)
  (department_goals)
  (sub_goal)
  (project)
  (breakdown)
  (plan)
  (indicator_group)
  (self_evaluation)
  (evaluation_funds)
  (monitoring)
  (monitoring_funds)
  (library)
  (template)
] @fold
