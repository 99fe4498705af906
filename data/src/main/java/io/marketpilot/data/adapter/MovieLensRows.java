package io.marketpilot.data.adapter;

import io.marketpilot.data.source.SourceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MovieLens rows as wire records. A rating is a {@code review} event with {@code properties.rating} (a number:
 * 0.5-5 stars, or 1-5 in ml-100k) and id {@code <dataset>-<user>-<movie>} (a user rates a movie once, so the id is
 * stable and the ml-100k split files repeat {@code u.data}'s ids). A movie is an item: title as published
 * ({@code Toy Story (1995)}), genres as tags, the first genre as category, the year as {@code attributes.year}.
 */
final class MovieLensRows {
    /** ml-100k's u.item: five fields, then one 0/1 flag per genre in this order. */
    static final List<String> GENRES = List.of("unknown", "Action", "Adventure", "Animation", "Children's", "Comedy",
            "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi",
            "Thriller", "War", "Western");
    static final List<String> U_ITEM_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("movie_id", "title", "release_date", "video_release_date", "imdb_url"));
        columns.addAll(GENRES);
        U_ITEM_COLUMNS = List.copyOf(columns);
    }

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("\\((\\d{4})\\)\\s*$");
    private static final DateTimeFormatter RELEASE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    private MovieLensRows() {}

    static RowMapper ratings(String idPrefix, String userColumn, String movieColumn) {
        return (record, sink) -> {
            Map<String, Object> row = record.fields();
            Object user = row.get(userColumn);
            Object movie = row.get(movieColumn);
            Map<String, Object> event = LinkedHashMap.newLinkedHashMap(6);
            event.put("event_id", idPrefix + user + "-" + movie);
            event.put("type", "review");
            putIfPresent(event, "user_id", user);
            putIfPresent(event, "item_id", movie);
            putIfPresent(event, "timestamp", row.get("timestamp"));
            Object rating = row.get("rating");
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("rating", rating == null ? null : number(rating.toString()));
            event.put("properties", properties);
            sink.emit(RecordKind.EVENT, event);
        };
    }

    /** movies.csv of ml-latest-small. */
    static void latestMovie(SourceRecord record, Sink sink) {
        Map<String, Object> row = record.fields();
        String title = str(row.get("title"));
        List<String> genres = new ArrayList<>();
        String listed = str(row.get("genres"));
        if (listed != null && !listed.equals("(no genres listed)")) {
            for (String genre : listed.split("\\|")) {
                if (!genre.isBlank()) {
                    genres.add(genre.strip());
                }
            }
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        yearOf(title).ifPresent(year -> attributes.put("year", year));
        sink.emit(RecordKind.ITEM, item(row.get("movieId"), title, genres, attributes));
    }

    /** u.item of ml-100k. */
    static void classicMovie(SourceRecord record, Sink sink) {
        Map<String, Object> row = record.fields();
        List<String> genres = new ArrayList<>();
        for (String genre : GENRES) {
            if ("1".equals(row.get(genre)) && !genre.equals("unknown")) {
                genres.add(genre);
            }
        }
        String title = str(row.get("title"));
        Map<String, Object> attributes = new LinkedHashMap<>();
        String released = str(row.get("release_date"));
        LocalDate date = null;
        if (released != null) {
            try {
                date = LocalDate.parse(released, RELEASE);
                attributes.put("release_date", date.toString());
            } catch (DateTimeParseException e) {
                attributes.put("release_date", released);
            }
        }
        if (date != null) {
            attributes.put("year", date.getYear());
        } else {
            yearOf(title).ifPresent(year -> attributes.put("year", year));
        }
        putIfPresent(attributes, "imdb_url", row.get("imdb_url"));
        sink.emit(RecordKind.ITEM, item(row.get("movie_id"), title, genres, attributes));
    }

    private static Map<String, Object> item(Object id, String title, List<String> genres, Map<String, Object> attributes) {
        Map<String, Object> item = LinkedHashMap.newLinkedHashMap(6);
        putIfPresent(item, "item_id", id);
        putIfPresent(item, "title", title);
        item.put("category", genres.isEmpty() ? List.of() : List.of(genres.getFirst()));
        item.put("tags", genres);
        item.put("attributes", attributes);
        return item;
    }

    private static Optional<Integer> yearOf(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = YEAR_IN_TITLE.matcher(title);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return text; // the cleaner keeps properties as given; a model reading ratings will see the bad value
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
