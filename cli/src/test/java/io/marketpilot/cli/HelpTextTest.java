package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders cleanly: picocli formats descriptions as format strings, so a bare
 * {@code %} (as in "the 80% quantile") made it print "picocli WARN Could not format …" to stderr once per line
 * of the help, and show the raw text.
 */
class HelpTextTest {

    @Test
    void every_commands_help_renders_without_picocli_warnings() {
        List<CommandLine> commands = new ArrayList<>();
        collect(new CommandLine(new Main()), commands);
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        StringWriter help = new StringWriter();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            for (CommandLine c : commands) {
                c.usage(new PrintWriter(help));
            }
        } finally {
            System.setErr(saved);
        }

        assertThat(commands).hasSizeGreaterThan(20);
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(help.toString()).contains("instead of the 80% quantile").doesNotContain("%n");
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        into.add(c);
        c.getSubcommands().values().stream().distinct().forEach(s -> collect(s, into));
    }
}
