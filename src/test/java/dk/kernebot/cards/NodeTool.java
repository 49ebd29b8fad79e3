package dk.kernebot.cards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs one of the pinned Microsoft npm tools in tools/node; a missing Node is a failure, not a skip. */
final class NodeTool {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private NodeTool() {
    }

    static Result run(String script, String stdin) throws IOException, InterruptedException {
        Path tools = Path.of("tools", "node").toAbsolutePath();
        if (!Files.isDirectory(tools.resolve("node_modules"))) {
            throw new AssertionError("tools/node/node_modules is missing: run the build with Maven (it runs npm ci), "
                    + "or 'npm ci' in tools/node");
        }
        Process process;
        try {
            process = new ProcessBuilder("node", script).directory(tools.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js is needed for this test (the official Adaptive Cards tools run on it)", e);
        }
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
