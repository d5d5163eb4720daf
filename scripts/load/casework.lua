-- wrk script for CaseWork: requests one kind of page as a signed-in user, and prints one RESULT line with
-- the latency percentiles (p50, p90, p95 - the bar of issue 17 - and p99), the throughput and how many answers were not 200 (a 302 means the sign-in cookie failed).
--
-- Environment (scripts/bench sets all of it):
--   CASEWORK_COOKIE  the Cookie header of a signed-in session (scripts/bench signs in with curl and the login
--                    form's antiforgery token). Each thread then keeps its cookies as a browser does: a Set-Cookie
--                    in an answer (the sign-in cookie renewed as it slides) replaces the cookie of that name, and
--                    one that expires it removes it.
--   BENCH_SCENARIO   case       /Applicants/{id} for a random applicant of BENCH_IDS
--                    list-first /Applicants
--                    list-next  /Applicants?after={cursor} for a random cursor of BENCH_CURSORS
--                    indicators /Indicators (the current tertial of the signed-in manager's district; scripts/bench
--                               signs in BENCH_INDICATORS_USER for it)
--                    figure-cases /Indicators/Cases for the long-term recipients of the current tertial (the
--                               manager's district: the cases behind a figure, read from the refresh's masks)
--                    help       /Help (the user guide, rendered once at start-up)
--                    accessibility /Accessibility (the accessibility statement, open to anyone)
--                    due        /Due?worker=unit&kind=MonthlyCheck (the whole unit's due list filtered to the monthly
--                               checks: what the monthly round starts from; the social worker's unit view)
--                    phrases    /Phrases (the signed-in worker's phrase bank: the unit's phrases and their own)
--                    reviews    /CaseReviews (the unit head's reviews page: the workers, the ongoing and completed reviews;
--                               scripts/bench signs in BENCH_REVIEW_USER for the three review scenarios)
--                    review     /CaseReviews/{BENCH_REVIEW}?p=N&after={cursor}, a random page of the first ten of the
--                               review's cases (keyset: the cursors of BENCH_REVIEW_PAGES)
--                    review-print /CaseReviews/{BENCH_REVIEW}/Print?p=N&after={cursor}, a random part of 200 cases (the
--                               first five, the cursors of BENCH_REVIEW_PARTS)
--                    search     /Applicants?mine=false&q={term}, a random term of BENCH_SEARCHES (common surnames
--                               and parts of them: the unit's register searched by name)
--                    search-pin /Applicants?mine=false&q={YYYYMMDD}, a random birth date of BENCH_BIRTH_DATES (a
--                               partial personnummer of 8 digits)
--                    log-month  /AccessLog, Loggkontroll's default search (the last calendar month), as the log checker
--                               BENCH_LOG_USER of the bench unit's district (default loggkontroll)
--                    log-flagged-year /AccessLog?From=…&To=…&FlaggedOnly=true, the last year, flagged only
--                    coach      /Jobbtorg (the coach's participant list, first page; scripts/bench signs in BENCH_COACH_USER,
--                               by default a coach of the Jobbtorg the bench district sends to)
--                    referrals  /Referrals (the social worker's unit's referral list, first page)
--                    referrals-district /Referrals as the manager (BENCH_INDICATORS_USER): the district's list
--                    plan-history /Applicants/{a}/WorkPlans/{p}/History for a random plan of BENCH_PLANS
--                    retention-dry-run /Admin/Retention/DryRun (the first page of files due for deletion, as the
--                               administrator: scripts/bench signs in BENCH_ADMIN_USER for it)
--                    record-extract /Admin/Records/{a}?handler=Json (the record extract's JSON file of a random person of
--                               BENCH_IDS, as the administrator)
--   BENCH_PLANS      a file of "applicant/plan" ids of the unit's plans with several versions, one a line
--   BENCH_SEARCHES   a file of search terms, one a line (scripts/bench writes berg, Öberg, Yilmaz, ...)
--   BENCH_BIRTH_DATES a file of 8-digit birth dates of the unit's applicants, one a line
--   BENCH_LOG_YEAR   the year's query for log-flagged-year ("From=yyyy-MM-dd&To=yyyy-MM-dd"), from scripts/bench
--   BENCH_REVIEW     the id of an ongoing review of the bench unit (the harness opens one when there is none)
--   BENCH_IDS        a file of applicant ids, one a line
--   BENCH_CURSORS    a file of list cursors, one a line
--   BENCH_REVIEW_PAGES, BENCH_REVIEW_PARTS  files of the review's page and part queries ("p=N&after=cursor"), one a line
--
-- Usage: wrk -t1 -c1 -d10s -s scripts/load/casework.lua http://127.0.0.1:5090

local scenario = os.getenv("BENCH_SCENARIO") or "case"
local cookie = os.getenv("CASEWORK_COOKIE") or ""
local threads = {}

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

local paths = {
  ["case"] = function(data) return "/Applicants/" .. data.ids[math.random(#data.ids)] end,
  ["list-first"] = function() return "/Applicants" end,
  ["list-next"] = function(data) return "/Applicants?after=" .. data.cursors[math.random(#data.cursors)] end,
  ["indicators"] = function() return "/Indicators" end,
  ["figure-cases"] = function() return "/Indicators/Cases?Measure=LongTermShareOfAdultRecipients&Part=Numerator" end,
  ["help"] = function() return "/Help" end,
  ["accessibility"] = function() return "/Accessibility" end,
  ["due"] = function() return "/Due?worker=unit&kind=MonthlyCheck" end,
  ["phrases"] = function() return "/Phrases" end,
  ["reviews"] = function() return "/CaseReviews" end,
  ["review"] = function(data) return "/CaseReviews/" .. os.getenv("BENCH_REVIEW") .. "?" .. data.review_pages[math.random(#data.review_pages)] end,
  ["review-print"] = function(data) return "/CaseReviews/" .. os.getenv("BENCH_REVIEW") .. "/Print?" .. data.review_parts[math.random(#data.review_parts)] end,
  ["search"] = function(data) return "/Applicants?mine=false&q=" .. data.searches[math.random(#data.searches)] end,
  ["search-pin"] = function(data) return "/Applicants?mine=false&q=" .. data.birth_dates[math.random(#data.birth_dates)] end,
  ["log-month"] = function() return "/AccessLog" end,
  ["log-flagged-year"] = function() return "/AccessLog?" .. os.getenv("BENCH_LOG_YEAR") .. "&FlaggedOnly=true" end,
  ["coach"] = function() return "/Jobbtorg" end,
  ["referrals"] = function() return "/Referrals" end,
  ["referrals-district"] = function() return "/Referrals" end,
  ["plan-history"] = function(data)
    local applicant, plan = data.plans[math.random(#data.plans)]:match("([^/]+)/([^/]+)")
    return "/Applicants/" .. applicant .. "/WorkPlans/" .. plan .. "/History"
  end,
  ["retention-dry-run"] = function() return "/Admin/Retention/DryRun" end,
  ["record-extract"] = function(data) return "/Admin/Records/" .. data.ids[math.random(#data.ids)] .. "?handler=Json" end,
}

local data = {}
ok, other = 0, 0

-- The thread's cookie jar: names in the order first seen, and their values.
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

-- One Set-Cookie value: "name=value; path=/; expires=...; ...". An empty value or an expiry in 1970 deletes it.
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

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 100 + id)
  data.ids = read_lines(os.getenv("BENCH_IDS"))
  data.cursors = read_lines(os.getenv("BENCH_CURSORS"))
  -- Search terms go into the query string percent-encoded (Öberg).
  data.searches = {}
  for _, term in ipairs(read_lines(os.getenv("BENCH_SEARCHES"))) do
    table.insert(data.searches, (term:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)))
  end
  data.birth_dates = read_lines(os.getenv("BENCH_BIRTH_DATES"))
  data.review_pages = read_lines(os.getenv("BENCH_REVIEW_PAGES"))
  data.review_parts = read_lines(os.getenv("BENCH_REVIEW_PARTS"))
  data.plans = read_lines(os.getenv("BENCH_PLANS"))
  if paths[scenario] == nil then
    error("unknown BENCH_SCENARIO " .. scenario)
  end
  for name, value in cookie:gmatch("%s*([^=;]+)=([^;]*)") do set_cookie(name, value) end
end

function request()
  return wrk.format("GET", paths[scenario](data), { ["Cookie"] = cookie_header() })
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
  for name, value in pairs(headers) do
    if name:lower() == "set-cookie" then take_set_cookie(value) end
  end
end

function done(summary, latency, requests)
  local answered, failed = 0, 0
  for _, thread in ipairs(threads) do
    answered = answered + thread:get("ok")
    failed = failed + thread:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT scenario=%s requests=%d rps=%.1f p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f not200=%d errors=%d\n",
    scenario, summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    failed, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
