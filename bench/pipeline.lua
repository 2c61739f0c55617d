-- wrk: GET an API path that no endpoint serves, with the token: the request runs Kestrel, the middleware, the token's
-- check and the 404 answer, and no handler. Its CPU is what any authenticated API request costs before its own work.
local pace = dofile("bench/pace.lua")
function request()
  return wrk.format("GET", "/api/v1/load-test-no-such-endpoint", { ["Authorization"] = "Bearer " .. os.getenv("OKRA_TOKEN") })
end
