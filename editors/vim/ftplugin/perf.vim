" Filetype settings for .perf documents.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

setlocal commentstring=#\ %s comments=:# expandtab shiftwidth=2 softtabstop=2
" Pairs for % matching, full-width ones included.
setlocal matchpairs+=（:）,「:」,“:”,《:》
compiler perfc

let b:undo_ftplugin = 'setlocal commentstring< comments< expandtab< shiftwidth< softtabstop< matchpairs< makeprg< errorformat<'
