" Headless test of the Vim support; exits non-zero on the first run with a failure.
"   vim -Es -N -u NONE -i NONE --cmd 'set rtp^=editors/vim' -S editors/vim/test/syntax.vim
" from the repository root, with perfc on PATH (for :make).
let s:failures = []
let s:passed = 0

" Records one check: its message if it failed.
function! s:Check(ok, message) abort
  if a:ok
    let s:passed += 1
  else
    call add(s:failures, a:message)
  endif
endfunction

" The syntax group at the first occurrence of `needle` on the first line that contains `context`.
function! s:GroupAt(context, needle) abort
  let lnum = search('\V' . escape(a:context, '\'), 'cw')
  if lnum == 0
    return '(line not found)'
  endif
  let line = getline(lnum)
  let col = stridx(line, a:needle, stridx(line, a:context))
  return col < 0 ? '(needle not found)' : synIDattr(synID(lnum, col + 1, 1), 'name')
endfunction

function! s:Expect(context, needle, group) abort
  call cursor(1, 1)
  let actual = s:GroupAt(a:context, a:needle)
  call s:Check(actual ==# a:group,
        \ printf('%s in «%s»: expected %s, got %s', a:needle, a:context, a:group, actual))
endfunction

function! s:TestConstructs() abort
  edit editors/test/constructs.perf
  call s:Check(&filetype ==# 'perf' && get(b:, 'current_syntax', '') ==# 'perf',
        \ 'filetype/syntax not detected: ' . &filetype)
  for [context, needle, group] in [
        \ ['# Every', '# Every', 'perfComment'],
        \ ['包含 "units', '包含', 'perfInclude'],
        \ ['包含 "units', 'units', 'perfString'],
        \ ['文档 "示例局', '文档', 'perfDeclaration'],
        \ ['年度 2023', '2023', 'perfNumber'],
        \ ['状态 草案', '草案', 'perfStatus'],
        \ ['金额单位 万元', '万元', 'perfUnitWord'],
        \ ['规则 {', 'E0605', 'perfRuleCode'],
        \ ['规则 {', '关闭', 'perfSeverity'],
        \ ['规则 {', 'warning', 'perfSeverity'],
        \ ['确认 E0502', '确认', 'perfHeader'],
        \ ['补充单位 宗地', '块', 'perfUnitWords'],
        \ ['补充定性 月度', '月度时序', 'perfLevelWords'],
        \ ['部门目标 {', '部门目标', 'perfDeclaration'],
        \ ['评分 {', '评分', 'perfHeader'],
        \ ['自评 1308', '自评', 'perfDeclaration'],
        \ ['自评 1308', '13080023P000085100062', 'perfProjectCode'],
        \ ['全年执行数 14.62', '全年执行数', 'perfField'],
        \ ['当年财政拨款 {', '当年财政拨款', 'perfField'],
        \ ['上年结转 {', '上年结转', 'perfField'],
        \ ['"开展质量监督检查次数"  实际', '实际', 'perfField'],
        \ ['"开展质量监督检查次数"  实际', '得分', 'perfField'],
        \ ['偏差 "年中', '偏差', 'perfField'],
        \ ['目标 "产权', '指标', 'perfField'],
        \ ['单位 543001 "示例', '543001', 'perfUnitCode'],
        \ ['项目 1308', '13080023P000085100062', 'perfProjectCode'],
        \ ['项目 1308', '\"', 'perfEscape'],
        \ ['预算 15.00', '其他资金', 'perfField'],
        \ ['明细 申请', '约', 'perfApprox'],
        \ ['明细 申请', '已安排', 'perfField'],
        \ ['"安保人员', '元/人/月', 'perfUnit'],
        \ ['"安保人员', '×', 'perfOperator'],
        \ ['合计 约64', '约', 'perfApprox'],
        \ ['合计 约64', '64.94', 'perfNumber'],
        \ ['支出计划 { 3月底', '6 月末', 'perfDeadline'],
        \ ['支出计划 { 3月底', '25', 'perfNumber'],
        \ ['  成本指标 {', '成本指标', 'perfCategory1'],
        \ ['经济成本指标 "维修', '经济成本指标', 'perfCategory2'],
        \ ['经济成本指标 "维修', '≤', 'perfComparator'],
        \ ['经济成本指标 "维修', '财政预算批复文件', 'perfBasis'],
        \ ['≥1 次  依据 年度', '次', 'perfUnit'],
        \ ['数量指标 "开展', 'E0704', 'perfRuleCode'],
        \ ['质量指标 "合格率"', '以上', 'perfSuffix'],
        \ ['质量指标 "合格率"', '描述', 'perfField'],
        \ ['quality "检查次数"', 'quality', 'perfCategory2'],
        \ ['quality "检查次数"', '及以下', 'perfSuffix'],
        \ ['quality "检查次数"', '不低于', 'perfComparator'],
        \ ['时效指标 "完成时限"', '2023 年 12 月 31 日前完成', 'perfDeadline'],
        \ ['时效指标 "完成时限"', '12月底前', 'perfDeadline'],
        \ ['时效指标 "支付时限"', '及时支付', 'perfLevel'],
        \ ['成本指标 "单价"', 'weight', 'perfField'],
        \ ['数量指标 "面积"', '**', 'perfPlaceholder'],
        \ ['数量指标 "天数"', '以内', 'perfSuffix'],
        \ ['"比例" >=90%', '>=', 'perfComparator'],
        \ ['"比例" ＞＝90％', '％', 'perfUnit'],
        \ ['"比例" 大于等于', '大于等于', 'perfComparator'],
        \ ['社会效益指标 "监管水平"', '巩固提升', 'perfLevel'],
        \ ['可持续影响指标 "长效"', '不涉及', 'perfNotApplicable'],
        \ ['满意度指标 {', '满意度指标', 'perfCategory1'],
        \ ['服务对象满意度指标 "服务对象满意度"', '服务对象满意度指标', 'perfCategory2'],
        \ ['服务对象满意度指标 模板', '服务对象满意度指标', 'perfCategory2'],
        \ ['服务对象满意度指标 模板', '模板', 'perfDeclaration'],
        \ ['指标库 "通用指标"', '指标库', 'perfDeclaration'],
        \ ['上年 版本', '上年', 'perfHeader'],
        \ ['上年 版本', '版本', 'perfHeader'],
        \ ['参考值 ≥90%  依据', '参考值', 'perfField'],
        \ ['参考值 ≥90%  依据', '90', 'perfNumber'],
        \ ['project 1301', '13012322P000200100027', 'perfProjectCode'],
        \ ['breakdown requested approx', 'approx', 'perfApprox'],
        \ ['schedule { jun', 'jun', 'perfMonth'],
        \ ['schedule { jun', 'dec', 'perfMonth'],
        \ ['timeliness "工程', '2024年11月30日前', 'perfDeadline'],
        \ ['satisfaction { beneficiary', 'satisfaction', 'perfCategory1'],
        \ ['satisfaction { beneficiary', 'beneficiary_satisfaction', 'perfCategory2'],
        \ ['satisfaction { beneficiary', 'long_term', 'perfField'],
        \ ]
    call s:Expect(context, needle, group)
  endfor
endfunction

" Every keyword of grammar/perf.pest (its kw_* rules) is highlighted as a keyword.
function! s:TestPestKeywords() abort
  let keywords = []
  for line in readfile('grammar/perf.pest')
    if line =~# '^kw_\w\+\s*=\s*@{'
      call substitute(line, '"\([^"]*\)"', '\=add(keywords, submatch(1))', 'g')
    endif
  endfor
  call s:Check(len(keywords) >= 70, 'only ' . len(keywords) . ' keywords found in grammar/perf.pest')
  enew
  setfiletype perf
  call setline(1, map(copy(keywords), 'v:val . " 1"'))
  let groups = ['perfInclude', 'perfDeclaration', 'perfHeader', 'perfField', 'perfApprox']
  for lnum in range(1, len(keywords))
    let group = synIDattr(synID(lnum, 1, 1), 'name')
    call s:Check(index(groups, group) >= 0, printf('keyword %s: got %s', keywords[lnum - 1], group))
  endfor
  bwipeout!
endfunction

" :make runs perfc and the quickfix list points at the findings, columns in bytes.
function! s:TestMake() abort
  edit examples/teaching/mistakes.perf
  let &shellpipe = '>%s 2>&1'
  silent make
  let items = getqflist()
  call s:Check(len(items) >= 10, 'expected at least 10 findings from :make, got ' . len(items))
  for item in items
    call s:Check(item.valid && item.lnum > 0 && item.col > 0 && index(['e', 'w', 'n'], item.type) >= 0
          \ && item.text =~# '^\[E\d\{4}\]: ', 'unparsed finding: ' . string(item))
  endfor
  let cost = filter(copy(items), 'v:val.text =~# "E0408"')
  call s:Check(len(cost) == 1 && getline(cost[0].lnum)[cost[0].col - 1 :] =~# '^≥61',
        \ 'E0408 does not point at ≥61: ' . string(cost))
endfunction

" :PerfFormat makes the buffer what `perfc fmt` makes of it, and leaves one that does not parse.
function! s:TestFormat() abort
  let lines = readfile('examples/teaching/mistakes.perf')
  let messy = map(copy(lines), 'v:val =~# "^  " ? "      " . trim(v:val) : v:val')
  enew!
  setfiletype perf
  call setline(1, messy)
  PerfFormat
  call s:Check(getline(1, '$') ==# lines, ':PerfFormat did not give the formatted file back')
  let broken = ['项目 "x" {', '  预算 15']
  silent %delete _
  call setline(1, broken)
  PerfFormat
  call s:Check(getline(1, '$') ==# broken, ':PerfFormat changed a buffer that does not parse')
  bwipeout!
endfunction

" :PerfFix writes the file, applies the repairs, reads it again and lists them.
function! s:TestFix() abort
  let file = tempname() . '.perf'
  call writefile(readfile('examples/teaching/mistakes.perf'), file)
  execute 'edit' fnameescape(file)
  call s:Check(search('≥95 百分比', 'cw') > 0, 'no `≥95 百分比` to repair')
  PerfFix
  call s:Check(search('≥95 百分比', 'cw') == 0 && search('≥95%', 'cw') > 0,
        \ ':PerfFix did not repair the unit: ' . string(getline(24)))
  call s:Check(readfile(file) ==# getline(1, '$'), ':PerfFix: the buffer is not the file')
  let repairs = getqflist()
  call s:Check(len(repairs) == 1 && repairs[0].lnum == 24 && repairs[0].text =~# 'E0502',
        \ ':PerfFix: the quickfix list is ' . string(repairs))
  bwipeout!
  call delete(file)
endfunction

filetype plugin on
syntax on
for s:test in ['s:TestConstructs', 's:TestPestKeywords', 's:TestMake', 's:TestFormat', 's:TestFix']
  try
    call call(s:test, [])
  catch
    call s:Check(0, s:test . ': ' . v:exception . ' at ' . v:throwpoint)
  endtry
endfor
call writefile(s:failures + [printf('vim: %d passed, %d failed', s:passed, len(s:failures))],
      \ '/dev/stderr', 'a')
execute len(s:failures) ? 'cquit' : 'qall!'
