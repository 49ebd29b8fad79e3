package dk.kernebot.support;

import java.time.Instant;

import dk.kernebot.storage.StorageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Picked up by every @SpringBootTest: time starts on a Monday morning in Danish time and moves when told. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(Instant.parse("2026-11-23T08:00:00Z"), StorageConfiguration.DANISH_TIME);
    }
}
