-- Cache-busting requests for wrk: every request an address the page cache has not seen before, of the kind
-- FLOOD names (read from the environment):
--   unknown  popular pages with a parameter no page reads (?x=N): the probe that cut a hot page to 3 %
--   search   a new search on /roles each time (?q=N): a real page to render, never asked for twice
--   htmx     a popular filter with a new HX-Request value and an unknown parameter each time
--   order    a popular filter with its parameters in a new order and a new unknown parameter
--   busting  unknown, htmx and order in turn: addresses that all come down to pages already cached
--   mixed    all four in turn (the default)
-- Each thread counts the statuses it gets; done() prints them as "flood-status CODE COUNT" lines.
local threads = {}
local popular = { "/", "/roles/ml-engineer", "/tools/kubernetes", "/compare/ml-engineer-vs-backend-engineer",
                  "/skills/mlops", "/api/roles/ml-engineer" }
local kinds = { "unknown", "search", "htmx", "order" }
local busting = { "unknown", "htmx", "order" }

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  mode = os.getenv("FLOOD") or "mixed"
  n = 0
  statuses = {}
  math.randomseed(os.time() * 100 + id)
end

local function unique()
  return id .. "-" .. n .. "-" .. math.random(1000000000)
end

function request()
  n = n + 1
  local kind = mode
  if mode == "mixed" then kind = kinds[(n % #kinds) + 1] end
  if mode == "busting" then kind = busting[(n % #busting) + 1] end
  if kind == "unknown" then
    return wrk.format("GET", popular[(n % #popular) + 1] .. "?x=" .. unique())
  elseif kind == "search" then
    return wrk.format("GET", "/roles?q=" .. unique())
  elseif kind == "htmx" then
    return wrk.format("GET", "/roles?tool=kubernetes&skill=ci-cd&utm_source=" .. unique(), { ["HX-Request"] = unique() })
  else
    local orders = { "skill=ci-cd&tool=kubernetes", "tool=kubernetes&skill=ci-cd" }
    return wrk.format("GET", "/roles?" .. unique() .. "=1&" .. orders[(n % 2) + 1])
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("flood-status %d %d\n", status, count))
  end
end
