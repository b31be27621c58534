package id.kinerja.localrun;

/** One Kinerja service as the launcher starts it: its module folder, database and HTTP port. */
public record ServiceSpec(String name, String module, String database, int port) {

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
