-- wrk script: catalog searches over a list of realistic queries (az/en/ru, lenient, typos).
-- CATALOG_UNIQUE=1 adds a counter so every URL is new: the page cache never helps (raw cost).
local queries = {
  "pasport", "sexsiyyet+vesiqesi", "%C5%9F%C9%99xsiyy%C9%99t+v%C9%99siq%C9%99si", "ID+card", "nikah", "marriage",
  "vergi", "VAT", "income+tax", "arayis", "reference", "pensiya", "pension", "suruculuk", "driving+licence",
  "avtomobil", "building+permit", "tikinti", "dogum", "birth", "yasayis+yeri", "mehkumluq", "criminal+record",
  "gomruk", "customs", "imtahan", "exam", "patent", "nikha", "vetendas+qebulu", "emlak", "property", "sosial",
  "torpaq", "viza", "visa", "icaze", "license", "qeydiyyat", "registration",
}
local unique = os.getenv("CATALOG_UNIQUE") == "1"
local n = 0
request = function()
  n = n + 1
  local path = "/services?q=" .. queries[(n % #queries) + 1]
  if unique then path = path .. "&n=" .. n .. "-" .. math.random(1000000) end
  return wrk.format("GET", path)
end
