package io.marketpilot.data.adapter;

import io.marketpilot.data.source.CsvFormat;
import io.marketpilot.data.source.SourceReader;
import io.marketpilot.data.source.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Instacart Online Grocery 2017 (../shared/data/instacart-sample, or the full Kaggle release): a directory with
 * {@code departments.csv}, {@code aisles.csv}, {@code products.csv}, {@code orders.csv} and
 * {@code order_products__prior.csv} (plus {@code order_products__train.csv} when present).
 *
 * <p>Yields the products as items (category [department, aisle]), then one {@code purchase} per order line. The
 * data has no dates, so timestamps are synthesised (see {@link InstacartTimeline}). Lines of orders missing from
 * {@code orders.csv} (201 orders in the sample) are skipped and counted. Memory: the aisle, department and order
 * tables (about 100 bytes per order); order lines are streamed.
 */
final class InstacartFormat implements SourceFormat {
    private static final CsvFormat LAYOUT = CsvFormat.DEFAULT.withoutWireShaping();

    @Override
    public String name() {
        return "instacart";
    }

    @Override
    public String describe() {
        return "Instacart Online Grocery 2017: a directory with departments.csv, aisles.csv, products.csv, orders.csv and "
                + "order_products__prior.csv. Products become items with category [department, aisle]; order lines become "
                + "purchase events at synthetic times derived from order_number, days_since_prior_order, order_dow and "
                + "order_hour_of_day (first week from 2017-01-01, a Sunday).";
    }

    @Override
    public Stream<ImportRow> open(Path dir, RecordKind ignored) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("instacart reads a dataset directory, but " + dir + " is not one");
        }
        String dataset = "instacart";
        InstacartRows rows = new InstacartRows();
        ImportPlan plan = new ImportPlan()
                .read(InputFiles.required(dir, "departments.csv", dataset), this::csv, rows::department)
                .read(InputFiles.required(dir, "aisles.csv", dataset), this::csv, rows::aisle)
                .read(InputFiles.required(dir, "products.csv", dataset), this::csv, rows::product)
                .read(InputFiles.required(dir, "orders.csv", dataset), this::csv, rows::order)
                .read(InputFiles.required(dir, "order_products__prior.csv", dataset), this::csv, rows::orderLine);
        Path train = dir.resolve("order_products__train.csv");
        if (Files.isRegularFile(train)) {
            plan.read(train, this::csv, rows::orderLine);
        }
        return plan.stream();
    }

    private SourceReader csv(Path file) {
        return Sources.csv(file, LAYOUT);
    }
}
