/**
 * Benchmark support (scripts/bench.sh, BENCHMARKS.md), not production code: src/bench/java is compiled for the tests
 * and into the bench jar (Maven profile "bench"), never into the production jar. Even there nothing here exists
 * unless a {@code kernebot.bench.*} property switches it on. The echo bot, which needs the Bot Framework SDK, is in
 * the Teams adapter's package beside it.
 */
package dk.kernebot.bench;
