package io.marketpilot.engine.coupon;

import io.marketpilot.automation.coupon.CouponLedger;
import io.marketpilot.automation.coupon.CouponLedgerContract;
import io.marketpilot.engine.state.StateDatabase;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The coupon ledger contract on a real state.sqlite, including the concurrent no-overspend checks. */
class SqliteCouponLedgerTest extends CouponLedgerContract {
    @TempDir
    Path dir;
    private EmbeddedStores stores;
    private StateDatabase db;
    private CouponLedger ledger;

    @Override
    protected CouponLedger ledger() {
        if (ledger == null) {
            stores = EmbeddedStores.open(dir, Clock.systemUTC());
            db = StateDatabase.open(dir.resolve(EmbeddedStores.STATE_FILE));
            ledger = new SqliteCouponLedger(db, Clock.systemUTC());
        }
        return ledger;
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
            stores.close();
        }
    }
}
