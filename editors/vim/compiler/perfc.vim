" :make for .perf documents: `perfc check --diagnostic-format short` prints one finding a line,
" `file:line:col: severity[CODE]: message`.
if exists('current_compiler')
  finish
endif
let current_compiler = 'perfc'

CompilerSet makeprg=perfc\ check\ --diagnostic-format\ short\ --color\ never\ %:S
" The code stays in the message: `[E0401]: …`.
CompilerSet errorformat=%f:%l:%c:\ %trror%m,%f:%l:%c:\ %tarning%m,%f:%l:%c:\ %tote%m

" perfc counts columns in characters, Vim's %c in bytes: convert after each :make, so the cursor
" lands on the finding in lines with Chinese text.
function! s:ByteColumns() abort
  if get(b:, 'current_compiler', get(g:, 'current_compiler', '')) !=# 'perfc'
    return
  endif
  let files = {}
  let items = getqflist()
  for item in items
    if !item.valid || item.col <= 0 || item.bufnr <= 0
      continue
    endif
    if !has_key(files, item.bufnr)
      let name = bufname(item.bufnr)
      let files[item.bufnr] = bufloaded(item.bufnr) ? getbufline(item.bufnr, 1, '$')
            \ : filereadable(name) ? readfile(name) : []
    endif
    let line = get(files[item.bufnr], item.lnum - 1, '')
    let byte = byteidx(line, item.col - 1)
    if byte >= 0
      let item.col = byte + 1
      let item.vcol = 0
    endif
  endfor
  call setqflist(items, 'r')
endfunction

augroup perfc_compiler
  autocmd!
  autocmd QuickFixCmdPost make call s:ByteColumns()
augroup END
