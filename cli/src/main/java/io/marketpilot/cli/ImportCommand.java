package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportReport;
import io.marketpilot.engine.imports.ImportRequest;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code import events|items|customers FILE}: loads a file through the engine, all-or-nothing unless told to skip. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports events, items or customers from a CSV or JSONL file (or a named public dataset).",
            "Invalid rows abort the import and nothing is written, unless --skip-invalid is given."})
final class ImportCommand implements Callable<Integer> {
    static final String FORMATS = "auto, csv, tsv, jsonl, canonical, uci-online-retail, movielens, instacart";

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class,
            description = "What to import: events, items or customers.")
    ImportKind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file (or dataset directory) to import.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "One of: " + FORMATS + " (default: auto, by file extension).")
    String format;

    @Option(names = "--skip-invalid",
            description = "Import the valid rows and write the invalid ones to a rejects file beside the input.")
    boolean skipInvalid;

    @Override
    public Integer call() {
        if (!("," + FORMATS.replace(" ", "") + ",").contains("," + format + ",")) {
            throw new ParameterException(spec.commandLine(),
                    "--format: expected one of " + FORMATS + ", found \"" + format + "\"");
        }
        Path source = file.toAbsolutePath().normalize();
        if (!Files.exists(source)) {
            throw new ParameterException(spec.commandLine(), "FILE: no such file: " + file);
        }
        if (!Files.isReadable(source)) {
            throw new EnvironmentProblem("cannot read " + source + " (permission denied)");
        }
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report;
        try (Engine engine = data.open();
             ImportProgress progress = ImportProgress.forStderr(spec.commandLine().getErr())) {
            report = engine.importFile(new ImportRequest(kind, source, format, skipInvalid), progress);
        } catch (UncheckedIOException e) {
            throw new EnvironmentProblem("cannot import " + source + ": " + e.getCause().getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ImportSummary.print(out, kind, source, report);
        return report.committed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** Accepts the lower-case kind names and says which ones exist when given another. */
    static final class KindConverter implements ITypeConverter<ImportKind> {
        @Override
        public ImportKind convert(String value) {
            for (ImportKind k : ImportKind.values()) {
                if (k.name().equalsIgnoreCase(value.strip())) {
                    return k;
                }
            }
            throw new TypeConversionException("expected events, items or customers, found \"" + value + "\"");
        }
    }

    static String kindName(ImportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
