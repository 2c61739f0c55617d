-- wrk: GET the tree of one cycle filtered to one of the teams in the file given as argument, round robin, paced by pace.lua.
local pace = dofile("bench/pace.lua")
local teams, counter = {}, 0
function init(args)
  teams = pace.lines(args[1])
  counter = math.random(#teams)
end
function request()
  counter = counter % #teams + 1
  return wrk.format("GET", "/api/v1/cycles/" .. os.getenv("OKRA_CYCLE") .. "/tree?teamId=" .. teams[counter],
    { ["Authorization"] = "Bearer " .. os.getenv("OKRA_TOKEN") })
end
