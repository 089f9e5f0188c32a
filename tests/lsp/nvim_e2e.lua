-- End-to-end test in a real editor: Neovim (0.7) starts `agentlint lsp`
-- with its built-in client on a broken agent file, and we check what the
-- editor holds: the diagnostics (lines, byte columns after Neovim's own
-- UTF-16 conversion, codes), a quick fix applied through
-- vim.lsp.buf.code_action, fix-all, and a clean shutdown (exit code 0).
-- Run by nvim_e2e.sh; AGENTLINT and AGENT_FILE come from the environment.
local agentlint = assert(os.getenv('AGENTLINT'))
local file = assert(os.getenv('AGENT_FILE'))
local failures = 0

local function fail(msg)
  failures = failures + 1
  io.stderr:write('FAIL: ' .. msg .. '\n')
end

local function finish()
  io.stderr:write(failures == 0 and 'nvim e2e: all passed\n' or ('nvim e2e: ' .. failures .. ' failure(s)\n'))
  vim.cmd(failures == 0 and 'qa!' or 'cq')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local exit_code = nil
local client_id = vim.lsp.start_client({
  name = 'agentlint',
  cmd = { agentlint, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  on_exit = function(code) exit_code = code end,
})
if not client_id then
  fail('the client did not start')
  return finish()
end
vim.lsp.buf_attach_client(bufnr, client_id)

-- The diagnostics, as Neovim stores them (0-based line, byte columns).
local expected = {
  { lnum = 3, col = 7, end_col = 13, code = 'CC010' },  -- `é😀`, bytes 7..13
  { lnum = 3, col = 7, end_col = 24, code = 'CC016' },
  { lnum = 3, col = 15, end_col = 24, code = 'CC011' }, -- MultiEdit after é😀
  { lnum = 4, col = 7, end_col = 29, code = 'CC018' },
}
if not vim.wait(15000, function() return #vim.diagnostic.get(bufnr) >= #expected end, 20) then
  fail('no diagnostics within 15 s (got ' .. #vim.diagnostic.get(bufnr) .. ')')
  return finish()
end
local got = vim.diagnostic.get(bufnr)
table.sort(got, function(a, b)
  if a.lnum ~= b.lnum then return a.lnum < b.lnum end
  if a.col ~= b.col then return a.col < b.col end
  return tostring(a.code) < tostring(b.code)
end)
if #got ~= #expected then fail('expected ' .. #expected .. ' diagnostics, got ' .. #got) end
for i, e in ipairs(expected) do
  local g = got[i]
  if not g then break end
  local where = string.format('%s at %d:%d-%d', tostring(g.code), g.lnum, g.col, g.end_col)
  if g.code ~= e.code or g.lnum ~= e.lnum or g.col ~= e.col or g.end_col ~= e.end_col then
    fail(string.format('diagnostic %d: expected %s at %d:%d-%d, got %s', i, e.code, e.lnum, e.col, e.end_col, where))
  end
  if g.source ~= 'agentlint' then fail('source of ' .. where .. ' is ' .. tostring(g.source)) end
end
local sev = vim.diagnostic.severity
for _, g in ipairs(got) do
  local want = g.code == 'CC016' and sev.ERROR or sev.WARN
  if g.severity ~= want then fail('severity of ' .. g.code .. ': ' .. tostring(g.severity)) end
end

-- A quick fix: cursor on MultiEdit, pick the CC011 action from the menu.
local function choose(pattern)
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      local action = item[2] or item
      if action.title and action.title:find(pattern) then return on_choice(item, i) end
    end
    fail('no code action matching ' .. pattern)
    on_choice(nil)
  end
end
vim.api.nvim_win_set_cursor(0, { 4, 16 })
choose('CC011')
vim.lsp.buf.code_action()
local want = 'tools: é😀, Edit'
if not vim.wait(10000, function() return vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1] == want end, 20) then
  fail('after the CC011 quick fix line 4 is: ' .. vim.inspect(vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1]))
end
-- The change reaches the server: CC011 goes away.
if not vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.code == 'CC011' then return false end end
  return true
end, 20) then
  fail('CC011 is still reported after the fix')
end

-- Fix-all on a buffer with two safe fixes.
vim.api.nvim_buf_set_lines(bufnr, 3, 4, false, { 'tools: Read, MultiEdit, Read' })
vim.wait(10000, function()
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.code == 'CC011' or d.code == 'CC012' then n = n + 1 end end
  return n == 2
end, 20)
vim.api.nvim_win_set_cursor(0, { 1, 0 })
choose('safe fix')
vim.lsp.buf.code_action({ only = { 'source.fixAll.agentlint' } })
if not vim.wait(10000, function() return vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1] == 'tools: Read, Edit' end, 20) then
  fail('after fix-all line 4 is: ' .. vim.inspect(vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1]))
end
local all = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
local whole = 'name: reviewer\ndescription: Reviews code\ntools: Read, Edit\nmodel: claude-3-opus-20240229\n'
if not all:find(whole, 1, true) then fail('buffer after fix-all: ' .. all) end

-- Shutdown and exit: the server ends with status 0.
vim.lsp.stop_client(client_id)
if not vim.wait(10000, function() return exit_code ~= nil end, 20) then
  fail('the server did not exit')
elseif exit_code ~= 0 then
  fail('the server exited with ' .. exit_code)
end
finish()
