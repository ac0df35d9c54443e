-- wrk: POST a delegation registration per request, each from another (partner city, event) pair, so none is a
-- duplicate; with an Idempotency-Key, as integrations should send. EVENTS: space-separated event ids (env);
-- partner i's key is mdk_bench_<i> and its city is city i (bench/generate.sql).
local events = {}
for e in string.gmatch(os.getenv("EVENTS") or "", "%S+") do table.insert(events, e) end
local cities = tonumber(os.getenv("CITIES") or "20000")
local run = os.getenv("RUN") or "0"
-- OFFSET: where this run's sequence starts, so a warm-up and the measured run never post the same pair twice
-- (events x cities pairs before they repeat: 1,000,000 on the full data set, 100,000 on --smoke).
local offset = tonumber(os.getenv("OFFSET") or "0")
-- THREADS: wrk's -t, so the threads' sequences interleave without gaps: a run of N requests on T threads posts
-- pairs below OFFSET + T·N, whatever each thread's share (bench/run.sh starts the next run there).
local stride = tonumber(os.getenv("THREADS") or "16")
local nthreads = 0

function setup(thread)
  thread:set("tid", nthreads)
  nthreads = nthreads + 1
end

local k = 0
local body = '{"representative": {"fullName": "Bench Delegate", "title": "Director of International Affairs"},'
  .. ' "delegates": [{"fullName": "Bench Interpreter", "role": "INTERPRETER", "languages": ["en", "zh"]}]}'

request = function()
  local g = offset + k * stride + tid
  k = k + 1
  local event = events[(g % #events) + 1]
  local partner = (math.floor(g / #events) % cities) + 1
  return wrk.format("POST", "/api/v1/events/" .. event .. "/registrations", {
    ["Authorization"] = "Bearer mdk_bench_" .. partner,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. g,
  }, body)
end
