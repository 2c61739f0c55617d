-- wrk: GET the tree of one cycle filtered to one of the teams in teams.txt, round robin.
local teams = {}
local counter = 0
function init(args)
  for line in io.lines(args[1]) do teams[#teams + 1] = line end
  counter = math.random(#teams)
end
function request()
  counter = counter % #teams + 1
  return wrk.format("GET", "/api/v1/cycles/" .. os.getenv("OKRA_CYCLE") .. "/tree?teamId=" .. teams[counter],
    { ["Authorization"] = "Bearer " .. os.getenv("OKRA_TOKEN") })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.0f p50=%.1f p90=%.1f p99=%.1f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
