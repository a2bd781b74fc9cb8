-- Run by editors/test.sh in headless Neovim, after the init.lua lines of editors/README.md (taken
-- from it as written) and editors/neovim/install.sh, on examples/teaching/mistakes.perf: the
-- buffer is `perf`, tree-sitter highlights and folds it, and `perfc lsp` attaches, publishes the
-- document's findings, says what a keyword means on hover, repairs a finding by its code action
-- and formats the buffer as `perfc fmt` does. Exits non-zero on the first thing missing.

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

-- A fix: the code action on `≥95 百分比` writes `≥95%`, applied as Neovim applies it.
local unit_line
for i, line in ipairs(lines) do
  if line:find('≥95 百分比', 1, true) then
    unit_line = i - 1
    break
  end
end
check(unit_line ~= nil, 'no `≥95 百分比` in the file')
local actions = client:request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = unit_line, character = 0 }, ['end'] = { line = unit_line + 1, character = 0 } },
  context = { diagnostics = vim.lsp.diagnostic.from(vim.diagnostic.get(buf, { lnum = unit_line })) },
}, 5000, buf)
local fix = vim.tbl_filter(function(action)
  return action.kind == 'quickfix' and action.edit ~= nil
end, actions and actions.result or {})[1]
check(fix ~= nil, 'no quick fix on line ' .. (unit_line + 1) .. ': ' .. vim.inspect(actions))
vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
local fixed = vim.api.nvim_buf_get_lines(buf, unit_line, unit_line + 1, false)[1]
check(fixed:find('≥95%', 1, true) ~= nil, 'after the fix the line is ' .. fixed)

-- Formatting through the client: a line indented wrongly, then the buffer is what `perfc fmt`
-- makes of it.
vim.api.nvim_buf_set_lines(buf, unit_line, unit_line + 1, false, { '        ' .. vim.trim(fixed) })
local messy = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
local expected = vim.fn.system({ 'perfc', 'fmt', '-' }, messy)
check(vim.v.shell_error == 0 and expected ~= messy, 'perfc fmt - did not format: ' .. expected)
vim.lsp.buf.format({ bufnr = buf, timeout_ms = 5000 })
local formatted = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
check(formatted == expected, 'vim.lsp.buf.format left the buffer unlike perfc fmt')

io.stdout:write(
  ('neovim %s: filetype perf, tree-sitter highlights and folds, perfc lsp attached with %d diagnostics, hover, a fix and formatting\n'):format(
    tostring(vim.version()),
    #vim.diagnostic.get(buf)
  )
)
vim.cmd('qall!')
