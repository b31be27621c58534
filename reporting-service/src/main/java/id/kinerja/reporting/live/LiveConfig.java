package id.kinerja.reporting.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The server-sent stream of figure changes. */
@ConfigMapping(prefix = "kinerja.figures.stream")
public interface LiveConfig {

    /** How many recent changes each pod keeps for subscribers that reconnect with {@code Last-Event-ID}. */
    @WithDefault("10000")
    int retained();

    /** How often an idle stream gets a {@code : ping} comment, so proxies and load balancers keep it open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** How often the feed looks for partitions added to the topic. */
    @WithDefault("30s")
    Duration partitionRefresh();
}
