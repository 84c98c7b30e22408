-- wrk script: POST /api/v1/applications/{id}/submit, each prepared draft once (BENCH_DRAFTS: one id per line).
-- When the drafts run out, requests go to /health (counted separately by the caller's wrk totals).
local ids = {}
for line in io.lines(os.getenv("BENCH_DRAFTS")) do ids[#ids + 1] = line end
local token = os.getenv("BENCH_TOKEN")
local counter = 0
local threads = {}
setup = function(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end
init = function(args) counter = 0 end
request = function()
  local i = counter * 2 + offset + 1
  counter = counter + 1
  if i > #ids then return wrk.format("GET", "/health") end
  return wrk.format("POST", "/api/v1/applications/" .. ids[i] .. "/submit", {["Authorization"] = "Bearer " .. token})
end
