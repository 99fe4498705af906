package io.marketpilot.bench;

import io.marketpilot.engine.recommend.RecommendationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The request mix of {@code bench/recommend-serving}, as URL paths: known customers uniformly at random (cold
 * caches: the hard case), new customers (half registered without events, half anonymous visitors), and product
 * pages whose item follows popularity; the rest are home pages.
 */
final class ServingRequests {
    private static final String PREFIX = "/v1/recommendations/";

    private final SyntheticShop shop;
    private final int newShare;
    private final int productShare;
    private final int n;
    private final int[] byRank;
    private final AliasTable popularity;

    /** Shares in percent. */
    ServingRequests(SyntheticShop shop, int newShare, int productShare, int n) {
        this.shop = shop;
        this.newShare = newShare;
        this.productShare = productShare;
        this.n = n;
        this.byRank = shop.byRank();
        this.popularity = new AliasTable(AliasTable.zipf(shop.items(), 1.0));
    }

    List<String> paths(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            String customer;
            if (r.nextInt(100) < newShare) {
                customer = r.nextBoolean() && shop.newCustomers() > 0
                    ? shop.newCustomerId(r.nextInt(shop.newCustomers())) : "anon:v" + r.nextInt(1_000_000);
            } else {
                customer = shop.customerId(r.nextInt(shop.customers()));
            }
            StringBuilder p = new StringBuilder(PREFIX).append(customer).append("?n=").append(n);
            if (r.nextInt(100) < productShare) {
                p.append("&placement=product&item=").append(shop.itemId(byRank[popularity.next(r)]));
            }
            out.add(p.toString());
        }
        return out;
    }

    /** A path of {@link #paths} as the engine request the server makes of it. */
    static RecommendationRequest request(String path, int n) {
        int q = path.indexOf('?');
        String customer = path.substring(PREFIX.length(), q);
        int item = path.indexOf("&item=");
        return item < 0 ? RecommendationRequest.home(customer, n)
            : new RecommendationRequest(customer, n, "product", List.of(path.substring(item + "&item=".length())),
                List.of(), null);
    }
}
