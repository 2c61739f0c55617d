-- wrk: POST a check-in to one of the key results in the file given as argument, round robin per thread, paced by pace.lua.
local pace = dofile("bench/pace.lua")
local ids, counter = {}, 0
function init(args)
  ids = pace.lines(args[1])
  counter = math.random(#ids)
end
function request()
  counter = counter % #ids + 1
  local body = string.format('{"value": %d, "confidence": 7, "comment": "wrk"}', 1000000 + counter % 30 * 1000)
  return wrk.format("POST", "/api/v1/key-results/" .. ids[counter] .. "/check-ins",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("OKRA_TOKEN") }, body)
end
