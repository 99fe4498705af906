package io.marketpilot.data.adapter;

import io.marketpilot.data.source.CsvFormat;
import io.marketpilot.data.source.Sources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * MovieLens, both layouts in ../shared/data:
 * <ul>
 *   <li>ml-latest-small: {@code movies.csv} ({@code movieId,title,genres}) then {@code ratings.csv}
 *       ({@code userId,movieId,rating,timestamp}), comma-separated with header;</li>
 *   <li>ml-100k: {@code u.item} ({@code |}-separated, no header, ISO-8859-1 in the original release and UTF-8 in
 *       our copy: the encoding is sniffed) then {@code u.data} (tab-separated {@code user item rating timestamp});
 *       the split files {@code ua.base}, {@code ub.test}, ... read like {@code u.data}.</li>
 * </ul>
 * A directory is recognised by {@code ratings.csv} or {@code u.data}; a single file by its name. Movies come first,
 * as items; ratings follow as {@code review} events (see {@link MovieLensRows}).
 */
final class MovieLensFormat implements SourceFormat {
    private static final CsvFormat LATEST = CsvFormat.DEFAULT.withoutWireShaping();
    private static final CsvFormat U_DATA = CsvFormat.DEFAULT.withoutWireShaping().withDelimiter('\t').withoutQuoting()
            .withColumns(List.of("user_id", "item_id", "rating", "timestamp"));

    @Override
    public String name() {
        return "movielens";
    }

    @Override
    public String describe() {
        return "MovieLens ml-latest-small (movies.csv, ratings.csv) or ml-100k (u.item, u.data): a dataset directory "
                + "or one of those files. Movies become items (genres as category and tags, year as attribute); "
                + "ratings become review events with properties.rating.";
    }

    @Override
    public Stream<ImportRow> open(Path path, RecordKind ignored) {
        ImportPlan plan = new ImportPlan();
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("ratings.csv"))) {
                addIfPresent(plan, path.resolve("movies.csv"));
                add(plan, path.resolve("ratings.csv"));
            } else if (Files.isRegularFile(path.resolve("u.data"))) {
                addIfPresent(plan, path.resolve("u.item"));
                add(plan, path.resolve("u.data"));
            } else {
                throw new IllegalArgumentException(path + " is not a MovieLens directory: expected ratings.csv (ml-latest-small) or u.data (ml-100k)");
            }
        } else {
            add(plan, InputFiles.resolve(path, n -> true, "files").getFirst());
        }
        return plan.stream();
    }

    private static void addIfPresent(ImportPlan plan, Path file) {
        if (Files.isRegularFile(file)) {
            add(plan, file);
        }
    }

    private static void add(ImportPlan plan, Path file) {
        String name = file.getFileName().toString();
        switch (name) {
            case "movies.csv" -> plan.read(file, p -> Sources.csv(p, LATEST), MovieLensRows::latestMovie);
            case "ratings.csv" -> plan.read(file, p -> Sources.csv(p, LATEST), MovieLensRows.ratings("mls-", "userId", "movieId"));
            case "u.item" -> plan.read(file, p -> Sources.csv(p, uItem(p)), MovieLensRows::classicMovie);
            default -> {
                if (name.equals("u.data") || name.endsWith(".base") || name.endsWith(".test")) {
                    plan.read(file, p -> Sources.csv(p, U_DATA), MovieLensRows.ratings("ml100k-", "user_id", "item_id"));
                } else {
                    throw new IllegalArgumentException("not a MovieLens file: " + name
                            + " (expected movies.csv, ratings.csv, u.item, u.data, u*.base or u*.test)");
                }
            }
        }
    }

    private static CsvFormat uItem(Path file) {
        CsvFormat layout = CsvFormat.DEFAULT.withoutWireShaping().withDelimiter('|').withoutQuoting()
                .withColumns(MovieLensRows.U_ITEM_COLUMNS);
        return Sources.isUtf8(file) ? layout : layout.withCharset(StandardCharsets.ISO_8859_1);
    }
}
