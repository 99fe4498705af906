package io.marketpilot.nlp.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled intent set shipped with MarketPilot ({@code intents-v1.tsv}: 64 messages per intent and language,
 * written by hand; a fixed split holds out 9 per cell, chosen by a seeded shuffle of the first 44).
 */
public final class IntentExamples {
    static final String RESOURCE = "intents-v1.tsv";

    private IntentExamples() {}

    public static List<LabeledMessage> bundled() {
        try (InputStream in = IntentExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<LabeledMessage> parse(BufferedReader r) throws IOException {
        List<LabeledMessage> out = new ArrayList<>();
        int lineNo = 0;
        boolean header = true;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", 4);
            final int at = lineNo;
            if (f.length != 4) {
                throw new IllegalStateException(RESOURCE + " line " + at + ": expected 4 tab-separated columns, found " + f.length);
            }
            Intent intent = Intent.fromWire(f[0]).orElseThrow(() -> new IllegalStateException(
                    RESOURCE + " line " + at + ": unknown intent '" + f[0] + "'"));
            out.add(new LabeledMessage(intent, f[1], f[2].equals("heldout"), f[3]));
        }
        return out;
    }
}
