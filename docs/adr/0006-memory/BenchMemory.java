import io.github.idfraud.loadgen.measure.RedisMemoryProbe;
import io.github.idfraud.loadgen.redis.RedisAdmin;

/** The bench's Redis memory measurement alone: args PEOPLE PREFIX. */
public class BenchMemory {
    public static void main(String[] args) {
        try (RedisAdmin redis = RedisAdmin.open("redis://127.0.0.1:6379")) {
            System.out.println(new RedisMemoryProbe(redis, args[1]).measure(Integer.parseInt(args[0])));
        }
    }
}
