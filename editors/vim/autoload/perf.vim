" Formatting and repairs of .perf buffers through perfc, for the commands of ftplugin/perf.vim.

" The buffer as `perfc fmt` writes it. When it does not parse, it is left as it is and perfc's
" message is shown.
function! perf#format() abort
  let lines = getline(1, '$')
  let formatted = systemlist('perfc fmt --color never -', lines)
  if v:shell_error
    echohl ErrorMsg | echo join(formatted, "\n") | echohl None
    return
  endif
  if formatted ==# lines
    return
  endif
  let view = winsaveview()
  call setline(1, formatted)
  if line('$') > len(formatted)
    silent execute (len(formatted) + 1) . ',$delete _'
  endif
  call winrestview(view)
endfunction

" The findings' repairs (`perfc fix`) applied to the document of this file, once it is written;
" the file is read again, and the quickfix list shows what was repaired.
function! perf#fix() abort
  update
  let output = systemlist('perfc fix --color never --diagnostic-format short ' . shellescape(expand('%:p')))
  if v:shell_error > 1
    echohl ErrorMsg | echo join(output, "\n") | echohl None
    return
  endif
  silent edit
  call setqflist([], 'r', {'title': 'perfc fix', 'lines': output,
        \ 'efm': '%f:%l:%c: %m'})
  echo len(output) ? len(output) . ' 处修复（:copen 查看）' : '没有可自动修复的问题'
endfunction
