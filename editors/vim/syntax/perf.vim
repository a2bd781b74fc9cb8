" Syntax of .perf budget-performance target documents (预算绩效目标表). Keywords in Chinese and
" English, indicator categories of both frameworks (2015, 2021), values, codes. The keyword lists
" follow grammar/perf.pest (editors/vim/test/syntax.vim checks them against it).
if exists('b:current_syntax')
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" A word starts after a blank, a brace, `;` or the line start, and ends before one of these.
let s:start = '\%(^\|[[:space:]\u3000{};]\)\@<='
let s:end = '\%([[:space:]\u3000"{}#;]\|$\)\@='
let s:blank = '[ \t\u3000]'
let s:bare = '[^[:space:]\u3000"{}#;]\+'

" `syntax match GROUP /WORDS/ ARGS`, WORDS a list matched as whole words.
function! s:Words(group, words, ...) abort
  let pattern = s:start . '\%(' . join(a:words, '\|') . '\)' . s:end
  execute 'syntax match' a:group '/' . pattern . '/' join(a:000)
endfunction

let s:declarations = ['文档', 'document', '项目', 'project', '单位', 'unit', '部门目标',
      \ 'department_goals', '分项目标', 'sub_goal', '保障措施', 'measure', '自评',
      \ 'self_evaluation', '监控', 'monitoring', '部门整体', 'whole_department', '指标库', 'library',
      \ '模板', 'template']
let s:header = ['年度', 'year', '部门', 'department', '编制', 'prepared_by', '审核', 'reviewed_by',
      \ '状态', 'status', '金额单位', 'money_unit', '指标体系', 'framework', '规则', 'rules', '确认',
      \ 'acknowledge', '补充单位', 'extra_units', '补充定性', 'extra_levels', '允许包含',
      \ 'allow_include', '表样', 'form', '评分', 'scoring', '上年', 'previous', '版本', 'revision']
let s:fields = ['总体目标', 'overall', '标题', 'title', '预算', 'budget', '财政资金', 'fiscal',
      \ '其他资金', 'other', '用途', 'use', '明细', 'breakdown', '申请', 'requested', '已安排',
      \ 'arranged_before', '合计', 'total', '支出计划', 'schedule', '目标', 'goal', '指标',
      \ 'indicators', '描述', 'description', '依据', 'basis', '指标值', 'value', '计量单位',
      \ 'measure_unit', '分值', 'weight', '中期目标', 'mid_term', '长期目标', 'long_term', '备注',
      \ 'remark', '中期资金', 'mid_term_budget', '项目期', 'period', '主管部门编码', 'supervisor_code',
      \ '主管部门', 'supervisor', '实施单位', 'implementer', '项目负责人', 'manager', '联系电话', 'phone',
      \ '项目属性', 'attribute', '项目类型', 'project_type', '功能科目', 'function_class', '填报单位',
      \ 'filing_unit', '填报人', 'filed_by', '单位负责人', 'unit_head', '填报日期', 'filing_date',
      \ '项目概况', 'overview', '立项依据', 'approval_basis', '可行性', 'feasibility', '必要性',
      \ 'necessity', '单位职能', 'unit_functions', '其他说明', 'remarks', '部门编码', 'department_code',
      \ '基本支出', 'basic_spending', '项目支出', 'project_spending', '履职目标', 'duty', '财政拨款',
      \ 'appropriation', '上级财政资金', 'higher_fiscal', '本级财政资金', 'local_fiscal', '自有资金',
      \ 'own_funds', '事业收入', 'service_income', '经营性收入', 'business_income', '指标性质', 'nature',
      \ '指标方向', 'direction', '实施计划', 'plan', '审核意见', 'review', '审核人', 'reviewer', '审核日期',
      \ 'review_date', '资金', 'funds', '年初预算数', 'initial_budget', '全年预算数',
      \ 'full_year_budget', '全年执行数', 'executed', '执行率', 'execution_rate', '完成情况',
      \ 'achieved', '实际', 'actual', '得分', 'score', '偏差', 'deviation', '当年财政拨款',
      \ 'current_appropriation', '上年结转', 'carried_over', '截至', 'as_of', '执行数',
      \ 'executed_to_date', '预计执行数', 'forecast_executed', '完成', 'done', '预计', 'forecast',
      \ '可能性', 'likelihood', '纠偏', 'correction', '类别', 'category', '计算公式', 'formula',
      \ '参考值', 'reference', '核心', 'core', '适用', 'applies_to']
let s:keywords = ['包含', 'include'] + s:declarations + s:header + s:fields + ['approx']

let s:level1 = ['产出指标', '产出', 'outputs\=', '效益指标', '效益', 'outcomes\=', 'benefits\=',
      \ '满意度指标[（(]服务对象[）)]', '满意度指标', '满意度', 'satisfaction', '成本指标', '成本',
      \ 'costs\=']
let s:level2 = ['数量指标', '数量', 'quantity', '质量指标', '质量', 'quality', '时效指标', '时效',
      \ 'timeliness', '成本指标', '成本', 'cost', '经济效益指标', '经济效益', 'economic',
      \ '社会效益指标', '社会效益', 'social', '生态效益指标', '生态效益', '环境效益指标', '环境效益',
      \ 'ecological', 'environmental', '可持续影响指标', '可持续影响', 'sustainability', 'sustainable',
      \ '服务对象满意度指标', '服务对象满意度', '社会公众或服务对象满意度指标',
      \ '社会公众或服务对象满意度', '满意度指标', '满意度', 'beneficiary_satisfaction', 'satisfaction',
      \ '经济成本指标', '经济成本', 'economic_cost', '社会成本指标', '社会成本', 'social_cost',
      \ '生态环境成本指标', '生态环境成本', '环境成本指标', 'ecological_cost', 'environmental_cost']
let s:levels = split('提升 有效提升 显著提升 明显提升 稳步提升 逐步提升 持续提升 巩固提升 不断提升 '
      \ . '进一步提升 大幅提升 提高 有效提高 明显提高 显著提高 改善 有效改善 明显改善 显著改善 持续改善 '
      \ . '逐步改善 得到改善 可持续 持续 长期 长期有效 长期稳定 长期提供 长期发挥作用 持续发挥作用 好 较好 '
      \ . '良好 一般 优 优秀 合格 达标 基本达标 显著 明显 有效 较高 高 稳定 正常 正常运转 正常运行 安全 '
      \ . '零事故 无事故 无重大事故 满足 基本满足 满足需求 保障 有效保障 应保尽保 完成 全部完成 是 否 增强 '
      \ . '加强 规范 有序 促进 按月 按季 按季度 按年 按计划 按进度 按合同 月度时序 序时进度 按序时进度')
      \ + ['\%(及时\|按时\|按期\)[^[:space:]\u3000"{}#;]*']
let s:comparator_words = ['大于等于', '小于等于', '不低于', '不少于', '不小于', '不高于', '不超过',
      \ '不多于', '不大于', '等于', '大于', '小于', '高于', '低于', '超过']
let s:suffixes = '\%(及以上\|以上\|及以下\|以下\|以内\)'
let s:placeholder = '\%([*＊]\{2,}\|[Xx]\{2,}\|×\{2,}\)'

syntax case match

syntax match perfOperator /[×*＊÷+＋\-－]/
" Values: numbers (or template blanks) with a unit and a comparison after it (95%以上).
execute 'syntax match perfNumber /\%([A-Za-z0-9._]\)\@<!\d\+\%(\.\d\+\)\=/ nextgroup=perfUnit,perfSuffix'
execute 'syntax match perfPlaceholder /' . s:placeholder . '/ nextgroup=perfUnit,perfSuffix'
execute 'syntax match perfUnit contained /' . s:blank . '*\%(\%(' . s:suffixes . '\|'
      \ . join(s:keywords, '\|') . '\)' . s:end . '\)\@!'
      \ . '[^[:space:]\u3000"{}#;()（）×*＊÷+＋\-－=＝≥≤<>＜＞≧≦⩾⩽0-9.][^[:space:]\u3000"{}#;()（）×*＊÷+＋\-－=＝≥≤<>＜＞≧≦⩾⩽]\{-}'
      \ . '\ze\%(' . s:suffixes . '\)\=\%([[:space:]\u3000"{}#;()（）×*＊÷+＋\-－=＝]\|$\)/ nextgroup=perfSuffix'
execute 'syntax match perfSuffix contained /' . s:blank . '*' . s:suffixes . s:end . '/'
let s:day = '\d\{1,2}' . s:blank . '*[日号]'
let s:month = '\d\{1,2}' . s:blank . '*月' . s:blank . '*\%(' . s:day . '\|[底末]\)'
execute 'syntax match perfDeadline /\%([A-Za-z0-9._]\)\@<!\%(\d\{4}' . s:blank . '*年\%('
      \ . s:blank . '*\%(' . s:month . '\|[底末]\)\)\=\|' . s:month . '\)\%(' . s:blank
      \ . '*\%(\%(之前\|以前\|前\)\%(完成\)\=\|完成\)\)\=' . s:end . '/'
syntax match perfComparator /[≥≤≧≦⩾⩽＞＜=＝<>]/
execute 'syntax match perfComparator /' . s:start . '\%(' . join(s:comparator_words, '\|') . '\)\%('
      \ . s:blank . '*\%(\d\|' . s:placeholder . '\)\)\@=/'
call s:Words('perfLevel', s:levels)
call s:Words('perfNotApplicable', ['不涉及', '不适用', '无', '\/', '／', 'n\/a', 'N\/A', '—', '-'])
call s:Words('perfRuleCode', ['[EW]\d\{4}'], 'nextgroup=perfSeverity skipwhite')
syntax match perfSeverity contained /\%(错误\|警告\|提示\|关闭\|error\|warning\|note\|off\)\%([[:space:]"{}#;]\|$\)\@=/

" Indicator categories: a 一级指标 opens a block, a 二级指标 is followed by the indicator name.
execute 'syntax match perfCategory1 /' . s:start . '\%(' . join(s:level1, '\|') . '\)\%(' . s:blank . '*{\)\@=/'
execute 'syntax match perfCategory2 /' . s:start . '\%(' . join(s:level2, '\|') . '\)\%(' . s:blank
      \ . '\+\%(模板\|template\)\=' . s:blank . '*"\)\@=/'

" Keywords; those followed by a code or a word of a known kind say so with nextgroup.
call s:Words('perfInclude', ['包含', 'include'])
call s:Words('perfDeclaration', s:declarations)
call s:Words('perfHeader', s:header)
call s:Words('perfField', s:fields)
call s:Words('perfApprox', ['approx'])
execute 'syntax match perfApprox /\%(^\|[[:space:]\u3000{};=＝]\)\@<=约\%([[:space:]\u3000"{}#;0-9]\|$\)\@=/'
call s:Words('perfDeclaration', ['项目', 'project', '自评', 'self_evaluation', '监控', 'monitoring'],
      \ 'nextgroup=perfProjectCode skipwhite')
call s:Words('perfDeclaration', ['单位', 'unit'], 'nextgroup=perfUnitCode skipwhite')
call s:Words('perfHeader', ['状态', 'status'], 'nextgroup=perfStatus skipwhite')
call s:Words('perfHeader', ['金额单位', 'money_unit'], 'nextgroup=perfUnitWord skipwhite')
call s:Words('perfHeader', ['补充单位', 'extra_units'], 'nextgroup=perfUnitWords skipwhite')
call s:Words('perfHeader', ['补充定性', 'extra_levels'], 'nextgroup=perfLevelWords skipwhite')
call s:Words('perfField', ['计量单位', 'measure_unit'], 'nextgroup=perfUnitWord skipwhite')
call s:Words('perfField', ['依据', 'basis'], 'nextgroup=perfBasis skipwhite')
execute 'syntax match perfProjectCode contained /' . s:bare . '/'
execute 'syntax match perfUnitCode contained /' . s:bare . '/'
execute 'syntax match perfUnitWord contained /' . s:bare . '/'
execute 'syntax match perfBasis contained /' . s:bare . '/'
syntax match perfStatus contained /\%(草案\|定稿\|draft\|final\)\%([[:space:]"{}#;]\|$\)\@=/
execute 'syntax match perfUnitWords contained /\%(' . s:bare . '\|' . s:blank . '\+\)\+/'
execute 'syntax match perfLevelWords contained /\%(' . s:bare . '\|' . s:blank . '\+\)\+/'

" Schedule months: English month ends inside 支出计划 { … }.
syntax region perfSchedule start=/\%(\%(支出计划\|schedule\)[ \t\u3000]*\)\@<={/ end=/}/ contains=perfMonth,perfDeadline,perfNumber,perfComment
call s:Words('perfMonth', ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], 'contained')

syntax region perfString start=/"/ skip=/\\./ end=/"\|$/ contains=perfEscape oneline
syntax match perfEscape contained /\\./
syntax match perfComment /#.*$/ contains=@Spell

highlight default link perfComment Comment
highlight default link perfString String
highlight default link perfEscape SpecialChar
highlight default link perfInclude Include
highlight default link perfDeclaration Structure
highlight default link perfHeader PreProc
highlight default link perfField Keyword
highlight default link perfApprox Operator
highlight default link perfCategory1 Type
highlight default link perfCategory2 StorageClass
highlight default link perfComparator Operator
highlight default link perfSuffix Operator
highlight default link perfOperator Operator
highlight default link perfNumber Number
highlight default link perfUnit Special
highlight default link perfUnitWord Special
highlight default link perfUnitWords Special
highlight default link perfDeadline Constant
highlight default link perfMonth Constant
highlight default link perfLevel Constant
highlight default link perfLevelWords Constant
highlight default link perfNotApplicable Constant
highlight default link perfStatus Constant
highlight default link perfSeverity Constant
highlight default link perfProjectCode Label
highlight default link perfUnitCode Label
highlight default link perfRuleCode Label
highlight default link perfBasis String
highlight default link perfPlaceholder Error

let b:current_syntax = 'perf'
let &cpo = s:cpo_save
unlet s:cpo_save
