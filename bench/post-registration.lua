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
-- POST_DELEGATES: the delegation's members besides its representative (1 in every run of bench/run.sh; the bench's
-- data set has 10 per registration, and the contract allows 100).
local members = {}
for i = 1, tonumber(os.getenv("POST_DELEGATES") or "1") do
  table.insert(members, '{"fullName": "Bench Interpreter ' .. i .. '", "role": "INTERPRETER", "languages": ["en", "zh"]}')
end
local body = '{"representative": {"fullName": "Bench Delegate", "title": "Director of International Affairs"},'
  .. ' "delegates": [' .. table.concat(members, ", ") .. ']}'

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
