package io.github.idfraud.loadgen.load;

/** Where a run sends its requests: {@code POST http://host:port/path}. */
public record HttpTarget(String host, int port, String path) {

    public String describe() {
        return "http://" + host + ":" + port + path;
    }
}
