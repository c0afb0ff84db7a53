-- Compare-and-set of identifier values kept as fields of bucket hashes (ADR 0015). A field holds 4 bytes of deadline
-- (big-endian Unix seconds), then the value: 8 bytes of version, then the state. ARGV[1] is the writer's clock (Unix
-- seconds). For each KEYS[i], a bucket, with j = 5(i-1) + 1: the field ARGV[j+1] gets ARGV[j+3] (deadline and value,
-- made by the writer) only if the value still has the version the engine read (ARGV[j+2]; empty when it read none), so
-- concurrent writers never lose each other's updates. ARGV[j+4] is the value's lifetime in seconds; ARGV[j+5] is '1'
-- when the write may sweep its bucket. Serving passes one bucket per call (Cluster-safe); a private replay on one
-- standalone connection passes all of an event's identifiers at once.
-- A field past its deadline is no value: never answered, and replaced like a missing one. A write that may sweep, or
-- that found such a dead field, deletes its bucket's dead fields. A bucket expires with the latest deadline written
-- to it.
-- Returns, per bucket, 1 when written; otherwise the current value (false when there is none), so that the writer can
-- apply its update again at once instead of reading first, which keeps a retry as fast as the winner's next write.
local now = tonumber(ARGV[1])

local function live(stored)
  return stored and struct.unpack('>I4', stored) > now
end

local function sweep(bucket)
  local fields = redis.call('HGETALL', bucket)
  for k = 1, #fields, 2 do
    if not live(fields[k + 1]) then
      redis.call('HDEL', bucket, fields[k])
    end
  end
end

local results = {}
for i = 1, #KEYS do
  local bucket, j = KEYS[i], 5 * (i - 1) + 1
  local field = ARGV[j + 1]
  local stored = redis.call('HGET', bucket, field)
  local alive = live(stored)
  if (alive and string.sub(stored, 5, 12) or '') == ARGV[j + 2] then
    local added = redis.call('HSET', bucket, field, ARGV[j + 3])
    if ARGV[j + 5] == '1' or (stored and not alive) then
      sweep(bucket)
    end
    -- GT keeps the longest deadline; a bucket just made (its first field added) has no expiry, which GT counts as
    -- infinite
    local ttl = ARGV[j + 4]
    if redis.call('EXPIRE', bucket, ttl, 'GT') == 0 and added == 1 and redis.call('TTL', bucket) == -1 then
      redis.call('EXPIRE', bucket, ttl)
    end
    results[i] = 1
  else
    results[i] = alive and string.sub(stored, 5) or false
  end
end
return results
