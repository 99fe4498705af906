package io.marketpilot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The purchase lines of UCI Online Retail (../shared/data/uci-online-retail, README there): lines with a customer, a
 * positive quantity and price, not on a cancellation invoice; InvoiceDate is London wall-clock time.
 */
final class UciPurchases {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    record Line(String invoice, String stockCode, String customer, int quantity, double unitPrice, Instant at) {}

    private UciPurchases() {}

    static List<Line> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv.gz")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no online_retail_*.csv.gz under " + dir.toAbsolutePath()
                    + " (pass --data DIR; see ../shared/data/uci-online-retail/README.md)");
        }
        List<Line> out = new ArrayList<>(550_000);
        for (Path f : files) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)),
                    StandardCharsets.UTF_8))) {
                r.readLine(); // header: InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
                for (String row = r.readLine(); row != null; row = r.readLine()) {
                    List<String> c = split(row);
                    if (c.size() < 8 || c.get(6).isBlank() || c.get(0).startsWith("C")) {
                        continue;
                    }
                    int q = Integer.parseInt(c.get(3).strip());
                    double price = Double.parseDouble(c.get(5).strip());
                    if (q <= 0 || price <= 0) {
                        continue;
                    }
                    String customer = c.get(6).strip();
                    customer = customer.endsWith(".0") ? customer.substring(0, customer.length() - 2) : customer;
                    Instant at = LocalDateTime.parse(c.get(4).strip(), LOCAL).atZone(LONDON).toInstant();
                    out.add(new Line(c.get(0), c.get(1), customer, q, price, at));
                }
            }
        }
        return out;
    }

    /** One CSV row; fields may be double-quoted with "" as an escaped quote. */
    static List<String> split(String row) {
        List<String> out = new ArrayList<>(8);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
