package io.marketpilot.data.adapter;

import io.marketpilot.data.source.CsvFormat;
import io.marketpilot.data.source.Sources;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * UCI Online Retail (../shared/data/uci-online-retail): the monthly {@code online_retail_YYYY-MM.csv.gz} files with
 * {@code InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country}. A directory means all
 * its {@code *.csv.gz} (or {@code *.csv}) files in name order; single files work too.
 *
 * <p>Yields, in file order, a {@code purchase} per invoice line and a {@code refund} per cancellation line
 * (invoice {@code C...}, negative quantity; quantity made positive), then one item per product (title from the
 * description, latest price, GBP) and one customer per known customer id (trait {@code country}). Details of the
 * mapping and of the rows it skips are in {@link UciRetailRows}.
 */
final class UciRetailFormat implements SourceFormat {

    @Override
    public String name() {
        return "uci-online-retail";
    }

    @Override
    public String describe() {
        return "UCI Online Retail (UK gift shop, 2010-12..2011-12): a directory of monthly .csv.gz files or single files. "
                + "Invoice lines become purchase events, cancellations (C invoices) refunds; InvoiceDate is UK local time; "
                + "customers without id get an anonymous id per invoice; items get the latest price in GBP. "
                + "Postage, fees, manual adjustments, vouchers and zero-price lines are skipped and counted.";
    }

    @Override
    public Stream<ImportRow> open(Path path, RecordKind ignored) {
        List<Path> files = InputFiles.resolve(path, n -> n.endsWith(".csv.gz") || n.endsWith(".csv"), "UCI Online Retail .csv.gz files");
        CsvFormat layout = CsvFormat.DEFAULT.withoutWireShaping();
        UciRetailRows rows = new UciRetailRows();
        ImportPlan plan = new ImportPlan();
        for (Path file : files) {
            plan.read(file, p -> Sources.csv(p, layout), rows);
        }
        return plan.thenEmit(rows::emitCatalogue).stream();
    }
}
