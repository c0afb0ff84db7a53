-- Compare-and-set of identifier values: for each KEYS[i], write ARGV[3i-1] only if the value still starts with the
-- version the engine read (ARGV[3i-2]; empty when it read no value), so concurrent writers never lose each other's
-- updates. ARGV[3i] is the TTL in seconds. Serving passes one key per call (Cluster-safe); a private replay on one
-- standalone connection passes all of an event's identifiers at once.
-- Returns, per key, 1 when written; otherwise the current value (false when there is none), so that the writer can
-- apply its update again at once instead of reading first, which keeps a retry as fast as the winner's next write.
local results = {}
for i = 1, #KEYS do
  local key = KEYS[i]
  if redis.call('GETRANGE', key, 0, 7) == ARGV[3 * i - 2] then
    redis.call('SET', key, ARGV[3 * i - 1], 'EX', ARGV[3 * i])
    results[i] = 1
  else
    results[i] = redis.call('GET', key)
  end
end
return results
