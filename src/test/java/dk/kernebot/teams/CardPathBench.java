package dk.kernebot.teams;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import dk.kernebot.cards.CardRenderer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one card costs on its way from a feature's data to the bytes the SDK posts to the Bot Connector: rendering
 * ({@link CardRenderer#render}) and sending ({@link ReplySender#cardActivity} plus the serialisation the SDK's
 * connector client does, with its own mapper). Every template in {@code cards/} with its sample data. Prints
 * figures and asserts nothing: a benchmark, not a test (the name keeps Surefire away). From the repo root, after
 * {@code mvn -q test-compile}:
 * <pre>java -cp target/test-classes:target/classes:$(cat target/runtime-classpath.txt) dk.kernebot.teams.CardPathBench [rounds]</pre>
 * Times are the CPU time of the measuring thread (median and best of the rounds), which other processes disturb
 * less than wall time; allocated bytes per card (median) hardly move at all. GC runs in other threads and is not
 * in the times, so the allocation figure is the one that tells what a card costs the collector.
 */
public final class CardPathBench {

    private static final int CARDS_PER_ROUND = 2_000;

    private CardPathBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        JsonMapper json = JsonMapper.builder().build();
        CardRenderer renderer = new CardRenderer();
        ObjectMapper connector = new JacksonAdapter().serializer();
        Map<String, Object> data = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("cards"))) {
            files.map(Path::toString).filter(f -> f.endsWith(".data.json")).sorted().forEach(f -> data.put(
                    f.substring("cards/".length(), f.length() - ".data.json".length()),
                    json.readValue(Path.of(f).toFile(), Map.class)));
        }
        Map<String, String> rendered = new LinkedHashMap<>();
        data.forEach((name, values) -> rendered.put(name, renderer.render(name, values)));
        List<String> names = new ArrayList<>(data.keySet());

        System.out.printf("%d templates, %d rounds of %d cards; load average %s%n", names.size(), rounds,
                CARDS_PER_ROUND, Files.readString(Path.of("/proc/loadavg")).strip());
        measure("render, all templates", rounds, i -> {
            String name = names.get(i % names.size());
            renderer.render(name, data.get(name));
        });
        measure("send, all templates", rounds, i -> post(connector, rendered.get(names.get(i % names.size()))));
        measure("render + send, all templates", rounds, i -> {
            String name = names.get(i % names.size());
            post(connector, renderer.render(name, data.get(name)));
        });
        Object reflection = data.get("reflection-card");
        measure("render + send, reflection-card", rounds,
                i -> post(connector, renderer.render("reflection-card", reflection)));
    }

    private static void post(ObjectMapper connector, String card) {
        Activity activity = ReplySender.cardActivity(card);
        try {
            connector.writeValueAsBytes(activity);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(String label, int rounds, Consumer<Integer> card) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[] micros = new double[rounds];
        double[] kilobytes = new double[rounds];
        for (int warm = 0; warm < 10; warm++) {
            for (int i = 0; i < CARDS_PER_ROUND; i++) {
                card.accept(i);
            }
        }
        for (int r = 0; r < rounds; r++) {
            long bytes = threads.getThreadAllocatedBytes(thread);
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < CARDS_PER_ROUND; i++) {
                card.accept(i);
            }
            micros[r] = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / CARDS_PER_ROUND;
            kilobytes[r] = (threads.getThreadAllocatedBytes(thread) - bytes) / 1024.0 / CARDS_PER_ROUND;
        }
        Arrays.sort(micros);
        Arrays.sort(kilobytes);
        System.out.printf("%-32s %8.1f µs CPU/card (min %.1f)   %7.1f KB allocated/card%n", label, micros[rounds / 2],
                micros[0], kilobytes[rounds / 2]);
    }
}
