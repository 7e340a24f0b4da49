-- Run by a headless Neovim after the file under test is opened (through
-- docs/snippets/kernel-clangd.lua): waits for kernel-clangd's diagnostics
-- as the editor holds them (vim.diagnostic.get), prints one per line, then
-- the code actions offered at the first one, and quits.
-- Lines: "LINE:COL SEVERITY SOURCE [CODE] MESSAGE", lines and columns 1-based.
local timeout = tonumber(vim.env.NVIM_TEST_TIMEOUT or '60000')
local function out(line) io.stdout:write(line .. '\n') end

local buf = vim.api.nvim_get_current_buf()
local attached = vim.wait(timeout, function()
  return #vim.lsp.buf_get_clients(buf) > 0
end, 100)
out('attached ' .. tostring(attached) .. ' ' .. vim.bo[buf].filetype)
vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 100)
-- clangd publishes once per version; give a late second publication a moment.
vim.wait(500, function() return false end, 100)

local diagnostics = vim.diagnostic.get(buf)
table.sort(diagnostics, function(a, b)
  return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
end)
local names = { 'error', 'warning', 'info', 'hint' }
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  out(string.format('%d:%d %s %s [%s] %s', d.lnum + 1, d.col + 1, names[d.severity],
    d.source or '', code, d.message:gsub('\n', '\\n')))
end
if #diagnostics == 0 then out('no diagnostics') end

-- The code actions the editor would offer at each finding, asked as the
-- editor asks (the finding back in LSP's shape, as context).
for _, d in ipairs(diagnostics) do
  local range = { start = { line = d.lnum, character = d.col },
                  ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col } }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = range,
    context = { diagnostics = { { range = range, message = d.message, severity = d.severity,
                                  code = d.code, source = d.source } } },
  }
  local replies = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout) or {}
  for _, reply in pairs(replies) do
    for _, action in ipairs(reply.result or {}) do
      local edits = action.edit and action.edit.changes and action.edit.changes[params.textDocument.uri]
      out(string.format('%d:%d action %s: %s', d.lnum + 1, d.col + 1, action.title,
        edits and edits[1] and edits[1].newText or '?'))
    end
  end
end
vim.cmd('qa!')
