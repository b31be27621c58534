package id.kinerja.commons.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Request bodies of every service are read by {@link StrictJson}'s rules. */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.configure(mapper);
    }

    @Override
    public int priority() {
        // after Quarkus's own settings (quarkus.jackson.*), so ours are the last word
        return MINIMUM_PRIORITY;
    }
}
