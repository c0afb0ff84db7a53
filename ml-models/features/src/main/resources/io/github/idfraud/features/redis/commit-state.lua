-- Compare-and-set of identifier values kept as fields of bucket hashes (ADR 0015). For each KEYS[i], a bucket, the
-- field ARGV[4i-3] gets the value ARGV[4i-1] only if its value still starts with the version the engine read
-- (ARGV[4i-2]; empty when it read no value), so concurrent writers never lose each other's updates. ARGV[4i] is the
-- value's lifetime in seconds. Serving passes one bucket per call (Cluster-safe); a private replay on one standalone
-- connection passes all of an event's identifiers at once.
-- A field holds 4 bytes of deadline (big-endian Unix seconds), then the value. A field past its deadline is no value:
-- it is never answered, it is replaced like a missing one, and writes that add a field now and then sweep the bucket
-- of such fields. The bucket itself expires with the latest deadline written to it.
-- Returns, per bucket, 1 when written; otherwise the current value (false when there is none), so that the writer can
-- apply its update again at once instead of reading first, which keeps a retry as fast as the winner's next write.
local clock = redis.call('TIME')
local now = tonumber(clock[1])

local function live(stored)
  return stored and struct.unpack('>I4', stored) > now
end

local function sweep(bucket)
  local fields = redis.call('HGETALL', bucket)
  for j = 1, #fields, 2 do
    if not live(fields[j + 1]) then
      redis.call('HDEL', bucket, fields[j])
    end
  end
end

local results = {}
for i = 1, #KEYS do
  local bucket, field, ttl = KEYS[i], ARGV[4 * i - 3], tonumber(ARGV[4 * i])
  local stored = redis.call('HGET', bucket, field)
  local current = live(stored) and string.sub(stored, 5) or false
  if (current and string.sub(current, 1, 8) or '') == ARGV[4 * i - 2] then
    local added = redis.call('HSET', bucket, field, struct.pack('>I4', now + ttl) .. ARGV[4 * i - 1])
    -- one write in 16 that adds a field (by the clock's microseconds) sweeps, so a bucket's dead fields stay few
    if added == 1 and tonumber(clock[2]) % 16 == 0 then
      sweep(bucket)
    end
    if redis.call('TTL', bucket) < ttl then
      redis.call('EXPIRE', bucket, ttl)
    end
    results[i] = 1
  else
    results[i] = current
  end
end
return results
