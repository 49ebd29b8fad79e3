package dk.kernebot.language;

import java.nio.file.Path;

final class Projects {

    static final Path ROOT = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();

    private Projects() {
    }
}
