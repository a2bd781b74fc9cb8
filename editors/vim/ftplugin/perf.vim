" Filetype settings for .perf documents.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

setlocal commentstring=#\ %s comments=:# expandtab shiftwidth=2 softtabstop=2
" Pairs for % matching, full-width ones included.
setlocal matchpairs+=（:）,「:」,“:”,《:》
compiler perfc

" :PerfFormat formats the buffer as `perfc fmt` does; :PerfFix writes it and applies the
" findings' repairs (`perfc fix`). Both in autoload/perf.vim.
command! -buffer -bar PerfFormat call perf#format()
command! -buffer -bar PerfFix call perf#fix()

let b:undo_ftplugin = 'setlocal commentstring< comments< expandtab< shiftwidth< softtabstop< matchpairs< makeprg< errorformat<'
      \ . ' | delcommand -buffer PerfFormat | delcommand -buffer PerfFix'
