package io.marketpilot.data.adapter;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which UCI Online Retail stock codes are products. The export mixes merchandise with bookkeeping lines:
 * postage ({@code POST}, {@code DOT}, {@code C2} carriage), manual adjustments ({@code M}), discounts ({@code D}),
 * samples ({@code S}), fees and commissions ({@code BANK CHARGES}, {@code AMAZONFEE}, {@code CRUK}), bad-debt
 * adjustments ({@code B}) and gift vouchers ({@code gift_0001_*}). Those are not items anyone chose, so their rows
 * are skipped (and counted). Every other code is a product, including the dotcom-only {@code DCGS*} lines.
 * Codes are upper-cased: {@code 47566b} and {@code 47566B} are both the TEA TIME PARTY BUNTING.
 */
final class StockCodes {
    private static final Set<String> SERVICE_CODES = Set.of("POST", "DOT", "C2", "M", "D", "S", "B", "BANK CHARGES", "AMAZONFEE", "CRUK");
    private static final String GIFT_VOUCHER_PREFIX = "GIFT_";

    private StockCodes() {}

    /** The item id for a product code, or empty for a bookkeeping code. */
    static Optional<String> product(String stockCode) {
        String code = stockCode.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() || SERVICE_CODES.contains(code) || code.startsWith(GIFT_VOUCHER_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
