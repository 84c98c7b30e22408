-- Slot search over a region's officials: each request asks for the free slots of a random official.
-- The ids come from BENCH_OFFICIALS (space-separated), filled by scripts/bench/reception.
local ids = {}
for id in string.gmatch(os.getenv("BENCH_OFFICIALS") or "", "%S+") do ids[#ids + 1] = id end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/reception/officials/" .. ids[math.random(#ids)] .. "/slots")
end
