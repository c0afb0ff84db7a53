package io.github.idfraud.loadgen.redis;

/** Reads a Redis server's own CPU time from its {@code INFO cpu} section. */
final class RedisCpu {

    private RedisCpu() {
    }

    /** {@code used_cpu_user + used_cpu_sys} of an INFO reply, in seconds (children, i.e. forks for saving, left out). */
    static double seconds(String info) {
        double seconds = 0;
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("used_cpu_user:") || line.startsWith("used_cpu_sys:")) {
                seconds += Double.parseDouble(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return seconds;
    }
}
