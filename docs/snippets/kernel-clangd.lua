-- kernel-clangd for C and C++ buffers, in init.lua; Neovim 0.7 (Debian
-- bookworm) and later, no plugin needed. Set KT to your kernel-tidy
-- checkout. Extra arguments (e.g. '--compile-commands-dir=...') go in cmd.
local KT = vim.env.KT or (vim.env.HOME .. '/kernel-tidy')
local cmd = { KT .. '/build/bin/kernel-clangd' }

-- The project root: the nearest directory above the file with one of these.
local function root_dir(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  for _, marker in ipairs({ '.clangd', 'compile_commands.json', 'compile_flags.txt', '.git' }) do
    local found = vim.fn.findfile(marker, dir .. ';')
    if found == '' then
      found = vim.fn.finddir(marker, dir .. ';')
    end
    if found ~= '' then
      return vim.fn.fnamemodify(vim.fn.fnamemodify(found, ':p'):gsub('/$', ''), ':h')
    end
  end
  return dir
end

local clients = {} -- root -> client id, for vim.lsp.start_client (0.7)
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'c', 'cpp' },
  callback = function(args)
    local root = root_dir(vim.api.nvim_buf_get_name(args.buf))
    if vim.lsp.start then -- 0.8 and later: starts or reuses the client
      vim.lsp.start({ name = 'kernel-clangd', cmd = cmd, root_dir = root })
      return
    end
    if not clients[root] then
      clients[root] = vim.lsp.start_client({ name = 'kernel-clangd', cmd = cmd, root_dir = root })
    end
    vim.lsp.buf_attach_client(args.buf, clients[root])
  end,
})
