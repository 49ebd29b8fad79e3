/**
 * Benchmark support (scripts/bench.sh, BENCHMARKS.md): nothing here exists unless a {@code kernebot.bench.*}
 * property switches it on. The echo bot, which needs the Bot Framework SDK, lives in the Teams adapter.
 */
package dk.kernebot.bench;
