package io.marketpilot.cli;

import io.marketpilot.engine.config.LoadedConfig;
import io.marketpilot.engine.config.Origin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code config check}: validates the configuration without opening anything; exit 0 with a one-line summary, or 1
 * with every problem (file:line key.path: expected …, found …).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates the configuration (file, MARKETPILOT_* environment, flags) without opening the data.",
            "Exit 0 when it is valid; 1 with every problem and its file:line and key path."})
final class ConfigCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        LoadedConfig loaded = data.config();
        PrintWriter out = spec.commandLine().getOut();
        long file = loaded.settings().stream().filter(s -> s.origin() instanceof Origin.File).count();
        long env = loaded.settings().stream().filter(s -> s.origin() instanceof Origin.Env).count();
        long flags = loaded.settings().stream().filter(s -> s.origin() instanceof Origin.Flag).count();
        out.println("ok: " + loaded.file().map(f -> f).orElse("no configuration file") + " — "
                + loaded.settings().size() + " keys: " + file + " from the file, " + env + " from the environment, "
                + flags + " from flags, the rest defaults");
        out.flush();
        return ExitCodes.OK;
    }
}
