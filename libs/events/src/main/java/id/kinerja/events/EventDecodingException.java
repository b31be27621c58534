package id.kinerja.events;

/** A message that can never be processed (bad JSON, missing field, unknown schema version): a poison message. */
public class EventDecodingException extends RuntimeException {
    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }

    public EventDecodingException(String message) {
        super(message);
    }
}
