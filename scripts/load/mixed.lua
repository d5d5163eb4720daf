-- wrk script for CaseWork's mixed load run (issue 17, docs/performance.md "The mixed load run"): a working day's mix of
-- pages per role at many concurrent users, with its own latency record per page, and every answer that is not what the
-- page should answer: 200 for a page (a 302 there is the sign-in page), 302 for a save (post-redirect-get; a 200 there
-- is the form again with its errors, nothing saved).
--
-- Run it with as many threads as connections (scripts/bench --mixed does: wrk -tN -cN): wrk calls request() and
-- response() per thread, not per connection, so only with one connection a thread does each response belong to the
-- thread's last request, which is what the per-page record, the cookie jar and the GET-then-POST forms rely on.
--
-- Each thread is one user at work; of every ten, eight are social workers, one a unit head, one a manager:
--   worker   (80 %) the social worker (WORKER_COOKIE): case pages, the applicant list and search, the due list, the
--            monthly check (GET, then POST with the form's antiforgery token) and a journal note written (GET, POST)
--   head     (10 %) the unit head (HEAD_COOKIE): the reviews page, a review, the applicant list, the due list
--   manager  (10 %) the manager (MANAGER_COOKIE): the indicators and the cases behind a figure
-- Writes go to distinct applicants: thread t takes ids t, t + N, t + 2N, ... of BENCH_WRITE_IDS (N threads), so that no
-- two users save the same case at once; each save is a real one (the run adds monthly checks and journal notes).
--
-- Environment (scripts/bench --mixed sets all of it): WORKER_COOKIE, HEAD_COOKIE, MANAGER_COOKIE (signed-in sessions),
-- BENCH_IDS (applicant ids of the worker's unit to read), BENCH_WRITE_IDS (ids to write to), BENCH_REVIEW (an ongoing
-- review of the unit, may be empty), BENCH_SEARCHES (search terms, one a line), MIXED_THREADS (the -t and -c of the run),
-- MIXED_OUT (an empty folder for the threads' records).
--
-- Output: one line per page, "MIXED page=<label> requests=N p50=… p95=… p99=… max=… other=N", then "MIXED total …".

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } mixed_timeval;
  int gettimeofday(mixed_timeval *tv, void *tz);
]]
local timeval = ffi.new("mixed_timeval")
local function now_ms()
  ffi.C.gettimeofday(timeval, nil)
  return tonumber(timeval.tv_sec) * 1000 + tonumber(timeval.tv_usec) / 1000
end

local function read_lines(path)
  local lines = {}
  if path == nil or path == "" then return lines end
  local file = io.open(path, "r")
  if file == nil then return lines end
  for line in file:lines() do
    if line ~= "" then table.insert(lines, line) end
  end
  file:close()
  return lines
end

local function url_encode(text)
  return (tostring(text):gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

-- The thread's state ------------------------------------------------------------------------------------------------

local role, ids, write_ids, searches, review = nil, {}, {}, {}, ""
-- Monthly checks and journal notes walk the thread's share of the ids each on their own. A check is saved once for
-- an applicant and month, so a thread whose share is used up writes a journal note instead of coming back to a case
-- it has checked ("Månaden är redan uppföljd").
local write_next = { check = 0, note = 0 }
-- Each answer is one line "label<TAB>ms<TAB>0|1 (1: not 200/302, or a POST that did not redirect)" in the thread's own
-- file under MIXED_OUT, which done() reads: wrk cannot hand large tables from a thread to done() (it crashes).
local record = nil
local function note(label, ms, bad)
  record:write(label, "\t", string.format("%.2f", ms), "\t", bad and "1" or "0", "\n")
  record:flush()
end
-- A save that answered 200 showed its form again: what the form said goes to the thread's .errors file.
local function why_not_saved(path, body)
  local summary = body:match('[Dd]et finns ett problem(.-)</div>') or body:match('role="alert"[^>]*>(.-)</div>') or body:sub(1, 200)
  local file = io.open(out_dir() .. "/thread-" .. id .. ".errors", "a")
  file:write(path, "\t", (summary:gsub("<[^>]*>", " "):gsub("%s+", " ")), "\n")
  file:close()
end
local pending = {}   -- the request in flight: label, method, started, and what to do with the answer
local queue = {}     -- requests this user makes next (a form's POST after its GET)
local cookie_names, cookie_values = {}, {}

local function set_cookie(name, value)
  if cookie_values[name] == nil then table.insert(cookie_names, name) end
  cookie_values[name] = value
end

local function cookie_header()
  local parts = {}
  for _, name in ipairs(cookie_names) do
    if cookie_values[name] ~= nil then table.insert(parts, name .. "=" .. cookie_values[name]) end
  end
  return table.concat(parts, "; ")
end

local function take_set_cookie(header)
  local name, value = header:match("^%s*([^=;]+)=([^;]*)")
  if name == nil then return end
  local attributes = header:lower()
  if value == "" or attributes:find("expires=thu, 01 jan 1970", 1, true) or attributes:find("max-age=0", 1, true) then
    cookie_values[name] = nil
  else
    set_cookie(name, value)
  end
end

-- Where the threads' records go (scripts/bench sets MIXED_OUT; a new folder each run).
function out_dir() return os.getenv("MIXED_OUT") or "/tmp" end

local function pick(list) return list[math.random(#list)] end

local function next_write_id(kind)
  write_next[kind] = write_next[kind] + 1
  local index = (id - 1) + (write_next[kind] - 1) * tonumber(os.getenv("MIXED_THREADS") or "50") + 1
  if kind == "check" and index > #write_ids then return nil end
  return write_ids[((index - 1) % #write_ids) + 1]
end

-- The pages --------------------------------------------------------------------------------------------------------

local function get(label, path, after) return { label = label, method = "GET", path = path, after = after } end

-- A form's POST: the antiforgery token and the fields as the browser sends them, to the page's own URL.
local function post_of(label, path, fields)
  return function(body)
    local token = body:match('name="__RequestVerificationToken" type="hidden" value="([^"]*)"')
    if token == nil then
      note(label, 0, true) -- the form did not come: nothing to post
      return
    end
    local parts = { "__RequestVerificationToken=" .. url_encode(token) }
    for _, field in ipairs(fields(body)) do table.insert(parts, url_encode(field[1]) .. "=" .. url_encode(field[2])) end
    table.insert(queue, { label = label, method = "POST", path = path, body = table.concat(parts, "&") })
  end
end

local function journal_note()
  local applicant = next_write_id("note")
  local path = "/Applicants/" .. applicant .. "/Journal/Write"
  return get("journal-write", path, post_of("journal-write POST", path, function(body)
    local version = body:match('name="Input.Version" value="([^"]*)"') or "0"
    local today = os.date("%Y-%m-%d")
    return { { "Input.Version", version }, { "Input.Kind", "General" }, { "Input.EventDate", today },
             { "Input.Text", "Belastningstest: journalanteckning skriven under den blandade lastkörningen." } }
  end))
end

local function monthly_check()
  local applicant = next_write_id("check")
  if applicant == nil then return journal_note() end
  local path = "/Applicants/" .. applicant .. "/FollowUps/MonthlyCheck"
  return get("monthly-check", path, post_of("monthly-check POST", path, function(body)
    -- The month the form offers (this month, when opened without one), attended as agreed, granted.
    local month = body:match('name="Input.Month" value="([^"]*)"') or body:match('value="([^"]*)"[^>]*name="Input.Month"') or ""
    return { { "Input.Month", month }, { "Input.DaysAttended", "20" }, { "Input.JobApplications", "4" },
             { "Input.Attendance", "Yes" }, { "Input.Decision", "Granted" }, { "Input.DecisionText", "" },
             { "Input.Comment", "Belastningstest: månadsuppföljning." } }
  end))
end

-- What each role does, with weights: a working day's mix.
local mixes = {
  worker = {
    { 40, function() return get("case", "/Applicants/" .. pick(ids)) end },
    { 10, function() return get("list", "/Applicants") end },
    { 10, function() return get("search", "/Applicants?mine=false&q=" .. url_encode(pick(searches))) end },
    { 6, function() return get("due", "/Due?worker=unit&kind=MonthlyCheck") end },
    { 8, monthly_check },
    { 6, journal_note },
  },
  head = {
    { 30, function() return get("reviews", "/CaseReviews") end },
    { 30, function() return review ~= "" and get("review", "/CaseReviews/" .. review .. "?p=" .. math.random(10))
                             or get("reviews", "/CaseReviews") end },
    { 20, function() return get("head list", "/Applicants?mine=false") end },
    { 20, function() return get("head due", "/Due?worker=unit") end },
  },
  manager = {
    { 60, function() return get("indicators", "/Indicators") end },
    { 40, function() return get("figure-cases", "/Indicators/Cases?Measure=LongTermShareOfAdultRecipients&Part=Numerator") end },
  },
}

local function choose()
  local total = 0
  for _, entry in ipairs(mixes[role]) do total = total + entry[1] end
  local roll = math.random() * total
  for _, entry in ipairs(mixes[role]) do
    roll = roll - entry[1]
    if roll <= 0 then return entry[2]() end
  end
  return mixes[role][1][2]()
end

function init(args)
  math.randomseed(os.time() * 100 + id)
  -- Of every ten users, eight social workers, one unit head, one manager.
  local slot = (id - 1) % 10
  role = slot == 8 and "head" or slot == 9 and "manager" or "worker"
  local cookie = os.getenv(role == "worker" and "WORKER_COOKIE" or role == "head" and "HEAD_COOKIE" or "MANAGER_COOKIE") or ""
  for name, value in cookie:gmatch("%s*([^=;]+)=([^;]*)") do set_cookie(name, value) end
  ids = read_lines(os.getenv("BENCH_IDS"))
  write_ids = read_lines(os.getenv("BENCH_WRITE_IDS"))
  searches = read_lines(os.getenv("BENCH_SEARCHES"))
  if #searches == 0 then searches = { "berg" } end
  review = os.getenv("BENCH_REVIEW") or ""
  record = assert(io.open(out_dir() .. "/thread-" .. id .. ".tsv", "w"))
end

function request()
  local next_request = table.remove(queue, 1) or choose()
  pending = next_request
  local headers = { ["Cookie"] = cookie_header() }
  if next_request.method == "POST" then headers["Content-Type"] = "application/x-www-form-urlencoded" end
  next_request.started = now_ms()
  return wrk.format(next_request.method, next_request.path, headers, next_request.body)
end

function response(status, headers, body)
  local elapsed = now_ms() - (pending.started or now_ms())
  -- A page answers 200 (a 302 would be the sign-in page: the session was lost); a save answers 302 (post-redirect-get;
  -- a 200 is the form again with its errors: nothing was saved).
  local expected = pending.method == "POST" and 302 or 200
  note(pending.label or "?", elapsed, status ~= expected)
  if pending.method == "POST" and status == 200 then why_not_saved(pending.path, body) end
  for name, value in pairs(headers) do
    if name:lower() == "set-cookie" then take_set_cookie(value) end
  end
  if status == 200 and pending.after ~= nil then pending.after(body) end
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  return sorted[math.max(1, math.ceil(#sorted * p / 100))]
end

function done(summary, latency, requests)
  local all, others, labels = {}, {}, {}
  for index = 1, #threads do
    local file = io.open(out_dir() .. "/thread-" .. index .. ".tsv", "r")
    if file ~= nil then
      for line in file:lines() do
        local label, ms, bad = line:match("^([^\t]*)\t([^\t]*)\t(%d)$")
        if label ~= nil then
          if all[label] == nil then all[label] = {}; others[label] = 0; table.insert(labels, label) end
          if tonumber(ms) > 0 then table.insert(all[label], tonumber(ms)) end
          if bad == "1" then others[label] = others[label] + 1 end
        end
      end
      file:close()
    end
  end
  table.sort(labels)
  local seconds = summary.duration / 1e6
  for _, label in ipairs(labels) do
    local list = all[label]
    table.sort(list)
    io.write(string.format("MIXED page=%s requests=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f other=%d\n",
      (label:gsub(" ", "_")), #list, percentile(list, 50), percentile(list, 95), percentile(list, 99), list[#list] or 0, others[label]))
  end
  io.write(string.format("MIXED total requests=%d rps=%.1f errors=%d\n", summary.requests, summary.requests / seconds,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
