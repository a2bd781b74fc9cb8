" .perf budget-performance target documents (预算绩效目标表).
autocmd BufRead,BufNewFile *.perf setfiletype perf
