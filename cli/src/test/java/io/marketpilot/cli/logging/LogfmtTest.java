package io.marketpilot.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

class LogfmtTest {
    private static final Instant T = Instant.parse("2026-11-29T12:00:00.123456Z");

    @Test
    void a_line_has_time_level_short_logger_quoted_message_and_pairs() {
        String line = Logfmt.line(T, Level.INFO, "io.marketpilot.engine.ingest", "imported",
                List.of(new KeyValuePair("events", 1_000_000)), null);

        assertThat(line).isEqualTo(
                "ts=2026-11-29T12:00:00.123Z level=INFO logger=engine.ingest msg=\"imported\" events=1000000\n");
    }

    @Test
    void quotes_newlines_backslashes_and_control_characters_are_escaped_onto_one_line() {
        String line = Logfmt.line(T, Level.WARN, "org.eclipse.jetty.server.Server", "say \"hi\"\nand\\bye\t\u0001",
                List.of(new KeyValuePair("path", "C:\\tmp\\x y"), new KeyValuePair("empty", "")), null);

        assertThat(line).isEqualTo("ts=2026-11-29T12:00:00.123Z level=WARN logger=org.eclipse.jetty.server.Server"
                + " msg=\"say \\\"hi\\\"\\nand\\\\bye\\t\\u0001\" path=\"C:\\\\tmp\\\\x y\" empty=\"\"\n");
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
    }

    @Test
    void values_with_spaces_or_equals_are_quoted_and_bare_words_are_not() {
        StringBuilder sb = new StringBuilder();
        Logfmt.appendValue(sb, "a=b");
        sb.append(' ');
        Logfmt.appendValue(sb, "plain-value_1.2");
        sb.append(' ');
        Logfmt.appendValue(sb, "两个 词");
        assertThat(sb).hasToString("\"a=b\" plain-value_1.2 \"两个 词\"");
    }

    @Test
    void keys_are_reduced_to_bare_words() {
        assertThat(Logfmt.key("rows read")).isEqualTo("rows_read");
        assertThat(Logfmt.key("a=\"b\"")).isEqualTo("a__b_");
        assertThat(Logfmt.key("")).isEqualTo("_");
    }

    @Test
    void an_exception_becomes_error_and_a_one_line_stack() {
        String line = Logfmt.line(T, Level.ERROR, "x", "boom", List.of(), new IllegalStateException("bad\nthing"));

        assertThat(line).contains(" error=\"java.lang.IllegalStateException: bad\\nthing\"")
                .contains(" stack=\"java.lang.IllegalStateException: bad\\nthing\\n\\tat ");
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
    }

    @Test
    void fluent_key_values_and_placeholders_reach_the_line() {
        List<String> lines = new ArrayList<>();
        Logger log = new LogfmtLogger("io.marketpilot.cli.Test", LogLevels::defaults, lines::add,
                Clock.fixed(T, ZoneOffset.UTC));

        log.atInfo().setMessage("imported {} rows").addArgument(3).addKeyValue("file", "a b.csv").log();
        log.info("plain {} and {}", "x", "y");
        log.debug("hidden at the default level");

        assertThat(lines).containsExactly(
                "ts=2026-11-29T12:00:00.123Z level=INFO logger=cli.Test msg=\"imported 3 rows\" file=\"a b.csv\"\n",
                "ts=2026-11-29T12:00:00.123Z level=INFO logger=cli.Test msg=\"plain x and y\"\n");
    }

    @Test
    void product_logs_at_info_and_libraries_at_warn_by_default() {
        LogLevels d = LogLevels.defaults();
        assertThat(d.thresholdFor("io.marketpilot.engine.Engine")).isEqualTo(Level.INFO.toInt());
        assertThat(d.thresholdFor("org.eclipse.jetty.server.Server")).isEqualTo(Level.WARN.toInt());
        assertThat(d.thresholdFor("io.marketpilotx")).isEqualTo(Level.WARN.toInt());
    }

    @Test
    void a_spec_sets_the_product_the_rest_and_prefixes() {
        LogLevels l = LogLevels.parse("debug, *=error, org.eclipse.jetty=info, io.marketpilot.store=off");
        assertThat(l.thresholdFor("io.marketpilot.engine")).isEqualTo(Level.DEBUG.toInt());
        assertThat(l.thresholdFor("io.marketpilot.store.DuckDbEventLog")).isEqualTo(LogLevels.OFF);
        assertThat(l.thresholdFor("org.eclipse.jetty.io")).isEqualTo(Level.INFO.toInt());
        assertThat(l.thresholdFor("org.duckdb")).isEqualTo(Level.ERROR.toInt());
        assertThat(LogLevels.defaults().verbose().thresholdFor("io.marketpilot.x")).isEqualTo(Level.DEBUG.toInt());
        assertThatThrownBy(() -> LogLevels.parse("loud")).hasMessageContaining("found \"loud\"");
    }

    @Test
    void slf4j_finds_this_provider() {
        assertThat(LoggerFactory.getILoggerFactory().getLogger("io.marketpilot.x")).isInstanceOf(LogfmtLogger.class);
    }
}
