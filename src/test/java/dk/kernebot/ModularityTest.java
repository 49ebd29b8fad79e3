package dk.kernebot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** One package per capability, no cycles between them, no reaching into another module's internals. */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(KernebotApplication.class).verify();
    }
}
