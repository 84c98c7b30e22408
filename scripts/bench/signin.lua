-- wrk script: POST /signin with a valid CSRF cookie/token pair and a demo citizen's credentials.
-- BENCH_COOKIE, BENCH_TOKEN, BENCH_FIN and BENCH_PASSWORD come from the environment.
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.body = "identifier=" .. encode(os.getenv("BENCH_FIN")) .. "&password=" .. encode(os.getenv("BENCH_PASSWORD")) ..
           "&_csrf=" .. encode(os.getenv("BENCH_TOKEN"))
local counts = {}
response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end
done = function(summary, latency, requests)
  for status, n in pairs(counts) do io.write(string.format("status %d: %d\n", status, n)) end
end
