package io.marketpilot.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher's JVM flags ({@code bin/jvm-flags.sh}, sourced by {@code bin/marketpilot} and the benchmarks), run
 * through real bash: which of our flags a user's {@code MARKETPILOT_JAVA_OPTS} replaces.
 */
class JvmFlagsTest {
    private static final String INLINE = "-XX:InlineSmallCode=1000 -XX:FreqInlineSize=150";
    private static final String OURS =
            "--enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -Xmn1g -Djava.awt.headless=true " + INLINE;

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', value = {
        "                           | " + OURS,
        "-Dx=1                      | " + OURS + " -Dx=1",
        "-Xmx8g                     | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmn1g -Djava.awt.headless=true " + INLINE + " -Xmx8g",
        "-Xmx2g                     | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmn1g -Djava.awt.headless=true " + INLINE + " -Xmx2g",
        "-Xmx1g                     | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Djava.awt.headless=true " + INLINE + " -Xmx1g",
        "-Xmx1536m                  | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Djava.awt.headless=true " + INLINE + " -Xmx1536m",
        "-Xmx3000000k               | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmn1g -Djava.awt.headless=true " + INLINE + " -Xmx3000000k",
        "-Xmx1g -Xmx6g              | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmn1g -Djava.awt.headless=true " + INLINE + " -Xmx1g -Xmx6g",
        "-Xmn256m                   | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -Djava.awt.headless=true " + INLINE + " -Xmn256m",
        "-XX:NewRatio=3             | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -Djava.awt.headless=true " + INLINE + " -XX:NewRatio=3",
        "-XX:MaxNewSize=2g          | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -Djava.awt.headless=true " + INLINE + " -XX:MaxNewSize=2g",
        "-XX:+UseG1GC -Dy=2         | --enable-native-access=ALL-UNNAMED -Xmx4g -Xmn1g -Djava.awt.headless=true " + INLINE + " -XX:+UseG1GC -Dy=2",
        "-XX:InlineSmallCode=2500   | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -Xmn1g -Djava.awt.headless=true -XX:FreqInlineSize=150 -XX:InlineSmallCode=2500",
        "-XX:FreqInlineSize=325     | --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -Xmn1g -Djava.awt.headless=true -XX:InlineSmallCode=1000 -XX:FreqInlineSize=325",
    })
    void userFlagsReplaceOnlyWhatTheyOverride(String user, String expected) throws Exception {
        assertThat(flagsFor(user == null ? "" : user)).isEqualTo(List.of(expected.split(" ")));
    }

    private static List<String> flagsFor(String userOpts) throws IOException, InterruptedException {
        Path script = repositoryRoot().resolve("bin/jvm-flags.sh");
        Process p = new ProcessBuilder("bash", "-c",
                "set -euo pipefail; source \"$1\"; jvm_flags_for \"$2\"; printf '%s\\n' \"${JVM_FLAGS[@]}\"",
                "test", script.toString(), userOpts)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("bin/jvm-flags.sh"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("bin/jvm-flags.sh above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
