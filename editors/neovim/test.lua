-- Run by editors/test.sh in headless Neovim, after the init.lua lines of editors/README.md (taken
-- from it as written) and editors/neovim/install.sh, on examples/teaching/mistakes.perf: the
-- buffer is `perf`, tree-sitter highlights and folds it, and `perfc lsp` attaches, publishes the
-- document's findings and says what a keyword means on hover. Exits non-zero on the first thing
-- missing.

local buf = vim.api.nvim_get_current_buf()
local function check(ok, message)
  if not ok then
    io.stderr:write('neovim: ' .. message .. '\n')
    vim.cmd('cquit 1')
  end
end

check(vim.bo[buf].filetype == 'perf', 'filetype is ' .. vim.bo[buf].filetype .. ', not perf')

-- Tree-sitter: the highlighter runs, a project's keyword is captured as one, and folds follow
-- the blocks.
check(vim.treesitter.highlighter.active[buf] ~= nil, 'no tree-sitter highlighter on the buffer')
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local project
for i, line in ipairs(lines) do
  if line:match('^项目') then
    project = i
    break
  end
end
check(project ~= nil, 'no project line in the file')
local captures = vim.tbl_map(function(c)
  return c.capture
end, vim.treesitter.get_captures_at_pos(buf, project - 1, 0))
check(vim.tbl_contains(captures, 'keyword'), '项目 is captured as ' .. vim.inspect(captures))
check(vim.fn.foldlevel(project + 1) > 0, 'no fold inside the project')

-- The language server: attached, and the findings of the document published.
check(vim.wait(10000, function()
  return #vim.lsp.get_clients({ bufnr = buf, name = 'perfc' }) > 0
end, 50), 'perfc lsp did not attach')
check(vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50), 'no diagnostics from perfc lsp')
local client = vim.lsp.get_clients({ bufnr = buf, name = 'perfc' })[1]
check(client:supports_method('textDocument/formatting'), 'the server offers no formatting')

-- Hover on the project's keyword: what it means, in Chinese.
local hover = client:request_sync('textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = project - 1, character = 0 },
}, 5000, buf)
local shown = hover and hover.result and hover.result.contents.value or ''
check(shown:find('**项目**', 1, true) ~= nil, 'hover on 项目 shows ' .. vim.inspect(shown))

io.stdout:write(
  ('neovim %s: filetype perf, tree-sitter highlights and folds, perfc lsp attached with %d diagnostics and hover\n'):format(
    tostring(vim.version()),
    #vim.diagnostic.get(buf)
  )
)
vim.cmd('qall!')
