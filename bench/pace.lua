-- Shared by tree.lua and checkin.lua: a constant request rate for wrk, and a RESULT line at the end.
-- wrk has no rate option (Debian has no wrk2), so delay() holds each request until its slot on a fixed schedule:
-- OKRA_RATE requests a second over OKRA_THREADS threads. A request that could not leave at its slot because every
-- connection was still busy is counted as late, with the worst lateness: when that stays near zero, the latencies
-- are those of a constant-rate (open) load and not flattered by the generator waiting on the server.
-- OKRA_RATE=0 sends as fast as the connections allow (a throughput test).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } okra_timespec;
  int clock_gettime(int clock, okra_timespec *ts);
]]
local ts = ffi.new("okra_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local rate = tonumber(os.getenv("OKRA_RATE") or "0")
local threads = tonumber(os.getenv("OKRA_THREADS") or "1")

local pace = {}

-- Per thread (each wrk thread has its own Lua state).
late, worst_late_ms = 0, 0
local next_slot
if rate > 0 then
  local interval = 1000 * threads / rate
  function delay()
    local now = now_ms()
    next_slot = next_slot or now
    local slot = next_slot
    next_slot = next_slot + interval
    local wait = slot - now
    if wait >= 0 then return math.floor(wait) end
    if -wait > 5 then late = late + 1 end
    if -wait > worst_late_ms then worst_late_ms = -wait end
    return 0
  end
end

-- In the main state: the threads, to collect their lateness at the end.
local all = {}
function setup(thread) all[#all + 1] = thread end

function done(summary, latency, requests)
  local late_total, worst = 0, 0
  for _, t in ipairs(all) do
    late_total = late_total + (t:get("late") or 0)
    worst = math.max(worst, t:get("worst_late_ms") or 0)
  end
  io.write(string.format(
    "RESULT requests=%d errors=%d non2xx=%d rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f late=%d worst_late_ms=%.0f target_rps=%d\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    late_total, worst, rate))
end

function pace.lines(path)
  local list = {}
  for line in io.lines(path) do list[#list + 1] = line end
  return list
end

return pace
