package io.marketpilot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code config show}: the effective configuration as YAML, each value annotated with default, file:line, env or flag. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints the effective configuration as YAML; a comment after each value says where it came from",
            "(default, file:line, env VARIABLE or flag). Secrets are masked."})
final class ConfigShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(data.config().toYaml());
        out.flush();
        return ExitCodes.OK;
    }
}
