-- Compare-and-set of one identifier's value: write ARGV[2] only if the value still starts with the version the
-- engine read (ARGV[1]; empty when it read no value), so concurrent writers never lose each other's updates.
-- KEYS[1] the identifier's key; ARGV[3] TTL in seconds.
-- Returns 1 when written; otherwise the current value (nil when there is none), so that the writer can apply its
-- update again at once instead of reading first, which keeps a retry as fast as the next write of the winner.
if redis.call('GETRANGE', KEYS[1], 0, 7) ~= ARGV[1] then
  return redis.call('GET', KEYS[1])
end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1
