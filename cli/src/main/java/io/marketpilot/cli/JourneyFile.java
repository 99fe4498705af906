package io.marketpilot.cli;

import io.marketpilot.automation.segment.Problem;
import io.marketpilot.store.json.JsonCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A journey definition read from a JSON file, and how the journey commands print a definition's problems. */
final class JourneyFile {
    private JourneyFile() {}

    /**
     * The file's JSON object; an unreadable file is an {@link EnvironmentProblem}, malformed JSON an
     * {@link IllegalArgumentException} whose message says where.
     */
    static Map<String, Object> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new EnvironmentProblem("no file " + file);
        } catch (IOException e) {
            throw new EnvironmentProblem("cannot read " + file + ": " + e.getMessage(), e);
        }
        return JsonCodec.readObject(text);
    }

    /** The file's JSON object, or empty after saying on {@code err} that it is not valid JSON (and where). */
    static Optional<Map<String, Object>> readOrSay(Path file, PrintWriter err) {
        try {
            return Optional.of(read(file));
        } catch (IllegalArgumentException e) {
            err.println("marketpilot: " + file + " is not valid JSON: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    /** Prints {@code N problem(s) in FILE:} and one {@code  $.path: message} line per problem to {@code err}. */
    static void printProblems(PrintWriter err, Path file, List<Problem> problems, String suffix) {
        err.println("marketpilot: " + problems.size() + " problem(s) in " + file + suffix + ":");
        for (Problem p : problems) {
            err.println("  " + p);
        }
        err.flush();
    }
}
