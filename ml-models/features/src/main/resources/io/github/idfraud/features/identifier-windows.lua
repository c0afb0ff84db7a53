-- Update and read the event-time windows of ONE pseudonymised identifier.
-- KEYS[1]  the identifier's hash, e.g. "ff:{n:Zx3...}"; its HyperLogLog ("...:h:<link>:<day>") and
--          label ("...:l") keys share the hash tag, so the script stays within one cluster slot.
-- ARGV[1]  TTL in seconds for the hash, ARGV[2] TTL for label sets, ARGV[3] event time (epoch seconds),
-- ARGV[4..] a list of operations; every operation appends exactly one value to the reply, in order.
-- Buckets: 10-minute (6 make the 1h window), hourly (24 make 24h), daily (7 and 30 make 7d and 30d).
-- Each count write deletes the buckets that just left its rings (O(1)); a full scan runs only past 400 fields.
local key = KEYS[1]
local ttl = tonumber(ARGV[1])
local labelTtl = tonumber(ARGV[2])
local t = tonumber(ARGV[3])
local m = math.floor(t / 600)
local h = math.floor(t / 3600)
local d = math.floor(t / 86400)
local hllTtl = 32 * 86400
local out = {}
local wrote = false

local function sumBuckets(metric, g, from, to)
  local fields = {}
  for b = from, to do fields[#fields + 1] = metric .. g .. b end
  local values = redis.call('HMGET', key, unpack(fields))
  local s = 0
  for _, v in ipairs(values) do
    if v then s = s + tonumber(v) end
  end
  return s
end

local function prune()
  for _, f in ipairs(redis.call('HKEYS', key)) do
    local _, g, b = string.match(f, '^(%a)([mhd])(%d+)$')
    if g then
      b = tonumber(b)
      if (g == 'm' and b < m - 5) or (g == 'h' and b < h - 23) or (g == 'd' and b < d - 29) then
        redis.call('HDEL', key, f)
      end
    end
  end
end

local i = 4
local n = #ARGV
while i <= n do
  local op = ARGV[i]
  if op == 'C' then -- count: metric letter, amount
    local metric, amount = ARGV[i + 1], tonumber(ARGV[i + 2])
    redis.call('HINCRBY', key, metric .. 'm' .. m, amount)
    redis.call('HINCRBY', key, metric .. 'h' .. h, amount)
    redis.call('HINCRBY', key, metric .. 'd' .. d, amount)
    -- the buckets that just left each ring: O(1) upkeep instead of scanning the hash
    redis.call('HDEL', key, metric .. 'm' .. (m - 6), metric .. 'h' .. (h - 24), metric .. 'd' .. (d - 30))
    wrote = true
    out[#out + 1] = 0
    i = i + 3
  elseif op == 'S' then -- sum over a window: metric letter, window (1h, 24h, 7d, 30d)
    local metric, w = ARGV[i + 1], ARGV[i + 2]
    local s
    if w == '1h' then s = sumBuckets(metric, 'm', m - 5, m)
    elseif w == '24h' then s = sumBuckets(metric, 'h', h - 23, h)
    elseif w == '7d' then s = sumBuckets(metric, 'd', d - 6, d)
    else s = sumBuckets(metric, 'd', d - 29, d) end
    out[#out + 1] = s
    i = i + 3
  elseif op == 'H' then -- add a linked identifier to today's HyperLogLog: link letter, member
    local hk = key .. ':h:' .. ARGV[i + 1] .. ':' .. d
    redis.call('PFADD', hk, ARGV[i + 2])
    redis.call('EXPIRE', hk, hllTtl)
    out[#out + 1] = 0
    i = i + 3
  elseif op == 'D' then -- distinct linked identifiers over the last N days: link letter, days
    local days = tonumber(ARGV[i + 2])
    local keys = {}
    for b = d - days + 1, d do keys[#keys + 1] = key .. ':h:' .. ARGV[i + 1] .. ':' .. b end
    out[#out + 1] = redis.call('PFCOUNT', unpack(keys))
    i = i + 3
  elseif op == 'G' then -- read a time field, -1 when absent
    local v = redis.call('HGET', key, ARGV[i + 1])
    out[#out + 1] = v and tonumber(v) or -1
    i = i + 2
  elseif op == 'T' then -- touch a time field: keep the latest event time
    local v = redis.call('HGET', key, ARGV[i + 1])
    if (not v) or tonumber(v) < t then redis.call('HSET', key, ARGV[i + 1], t) end
    wrote = true
    out[#out + 1] = 0
    i = i + 2
  elseif op == 'N' then -- first sight of a member: member, time field to touch when new; -1 when new
    local f = '~' .. ARGV[i + 1]
    local v = redis.call('HGET', key, f)
    if (not v) or tonumber(v) > t then
      redis.call('HSET', key, f, t)
      local mark = ARGV[i + 2]
      if mark ~= '-' then
        local mv = redis.call('HGET', key, mark)
        if (not mv) or tonumber(mv) < t then redis.call('HSET', key, mark, t) end
      end
      out[#out + 1] = -1
    else
      out[#out + 1] = tonumber(v)
    end
    wrote = true
    i = i + 3
  elseif op == 'K' then -- streak: field, '1' extends it (returns new length), '0' ends it (returns old length)
    local f = ARGV[i + 1]
    if ARGV[i + 2] == '1' then
      out[#out + 1] = redis.call('HINCRBY', key, f, 1)
    else
      local v = redis.call('HGET', key, f)
      out[#out + 1] = v and tonumber(v) or 0
      redis.call('HDEL', key, f)
    end
    wrote = true
    i = i + 3
  elseif op == 'P' then -- position: lat, lon; returns the previous "time,lat,lon" or '' when none is earlier
    local v = redis.call('HGET', key, '_loc')
    local prevT = v and tonumber(string.match(v, '^([^,]+)')) or -1
    if prevT <= t then
      redis.call('HSET', key, '_loc', t .. ',' .. ARGV[i + 1] .. ',' .. ARGV[i + 2])
      out[#out + 1] = v or ''
    else
      out[#out + 1] = ''
    end
    wrote = true
    i = i + 3
  elseif op == 'LC' then -- labels reported within the last N seconds up to event time: seconds
    out[#out + 1] = redis.call('ZCOUNT', key .. ':l', t - tonumber(ARGV[i + 1]), t)
    i = i + 2
  elseif op == 'LA' then -- add a fraud label reported at the script's time: member
    redis.call('ZADD', key .. ':l', t, ARGV[i + 1])
    redis.call('EXPIRE', key .. ':l', labelTtl)
    out[#out + 1] = 0
    i = i + 2
  elseif op == 'LR' then -- withdraw a label (the event was found legitimate): member
    out[#out + 1] = redis.call('ZREM', key .. ':l', ARGV[i + 1])
    i = i + 2
  else
    return redis.error_reply('unknown operation ' .. tostring(op))
  end
end

if wrote then
  redis.call('EXPIRE', key, ttl)
  if redis.call('HLEN', key) > 400 then prune() end
end
return out
