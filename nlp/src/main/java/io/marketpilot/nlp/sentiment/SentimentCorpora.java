package io.marketpilot.nlp.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the shared sentiment datasets from a data directory (the {@code ../shared/data} layout): online_shopping_10_cats
 * (both parts, ids {@code osc:<row>} over the concatenated CSV), the UCI English sentences (amazon, imdb) and the
 * ChnSentiCorp hotel reviews. Rows that are not a text plus a 0/1 label are skipped, not guessed.
 */
public final class SentimentCorpora {
    public static final String SHOPPING = "online-shopping-10-cats";
    public static final String UCI = "uci-sentiment-labelled-sentences";
    public static final String HOTEL = "chnsenticorp-htl-all";

    private final Path dataDir;

    public SentimentCorpora(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** True when every dataset folder is there. */
    public boolean present() {
        return Files.isDirectory(dataDir.resolve(SHOPPING)) && Files.isDirectory(dataDir.resolve(UCI))
            && Files.isDirectory(dataDir.resolve(HOTEL));
    }

    /** online_shopping_10_cats, then the English sentences: the training pool before de-duplication. */
    public List<LabelledText> trainingPool() {
        List<LabelledText> out = new ArrayList<>(shopping());
        out.addAll(uci("amazon", "amazon_cells_labelled.txt"));
        out.addAll(uci("imdb", "imdb_labelled.txt"));
        return out;
    }

    public List<LabelledText> shopping() {
        List<LabelledText> out = new ArrayList<>();
        int[] row = {0};
        for (String part : List.of("online_shopping_10_cats.part1.csv.gz", "online_shopping_10_cats.part2.csv.gz")) {
            lines(dataDir.resolve(SHOPPING).resolve(part), true, line -> {
                row[0]++;
                List<String> f = CsvLine.split(line, ',');
                if (f.size() == 3 && (f.get(1).equals("0") || f.get(1).equals("1"))) {
                    out.add(new LabelledText("osc:" + row[0], CsvLine.stripBom(f.get(2)), f.get(1).equals("1"),
                        f.get(0)));
                }
            });
        }
        return out;
    }

    public List<LabelledText> uci(String name, String file) {
        List<LabelledText> out = new ArrayList<>();
        int[] row = {0};
        lines(dataDir.resolve(UCI).resolve(file), false, line -> {
            row[0]++;
            List<String> f = List.of(line.split("\t", -1));
            String label = f.size() == 2 ? f.get(1).strip() : "";
            if (label.equals("0") || label.equals("1")) {
                out.add(new LabelledText("uci-" + name + ":" + row[0], f.get(0).strip(), label.equals("1"),
                    "en-" + name));
            }
        });
        return out;
    }

    public List<LabelledText> hotel() {
        List<LabelledText> out = new ArrayList<>();
        int[] row = {0};
        lines(dataDir.resolve(HOTEL).resolve("ChnSentiCorp_htl_all.csv"), false, line -> {
            row[0]++;
            List<String> f = CsvLine.split(line, ',');
            if (f.size() == 2 && (f.get(0).equals("0") || f.get(0).equals("1"))) {
                out.add(new LabelledText("htl:" + row[0], CsvLine.stripBom(f.get(1)), f.get(0).equals("1"), "hotel"));
            }
        });
        return out;
    }

    private static void lines(Path file, boolean gzip, java.util.function.Consumer<String> sink) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                sink.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
