-- Headless Neovim 0.7 as an LSP client of ctxlens: open one Go file, wait for the server's
-- diagnostics, write them as JSON and quit. Paths come from the environment.
local node = os.getenv('CTXLENS_NODE')
local server = os.getenv('CTXLENS_SERVER')
local root = os.getenv('CTXLENS_ROOT')
local file = os.getenv('CTXLENS_FILE')
local out = os.getenv('CTXLENS_OUT')

local function finish(result)
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

local client_id = vim.lsp.start_client({ name = 'ctxlens', cmd = { node, server, '--stdio' }, root_dir = root })
if not client_id then
  finish({ error = 'vim.lsp.start_client failed' })
  return
end
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
local arrived = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data and d.user_data.lsp) or {}
  table.insert(diagnostics, { line = d.lnum, col = d.col, code = lsp.code or d.code, source = d.source, severity = d.severity })
end
finish({ arrived = arrived, diagnostics = diagnostics })
