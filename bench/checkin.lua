-- wrk: POST a check-in to one of the key results listed in keyresults.txt (one id a line), round robin per thread.
local ids = {}
local counter = 0
function init(args)
  for line in io.lines(args[1]) do ids[#ids + 1] = line end
  counter = math.random(#ids)
end
function request()
  counter = counter % #ids + 1
  local body = string.format('{"value": %d, "confidence": 7, "comment": "wrk"}', counter % 30)
  return wrk.format("POST", "/api/v1/key-results/" .. ids[counter] .. "/check-ins",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("OKRA_TOKEN") }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.0f p50=%.1f p90=%.1f p99=%.1f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
