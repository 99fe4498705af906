package io.marketpilot.engine.coupon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.automation.coupon.CouponCode;
import io.marketpilot.automation.coupon.CouponDefinition;
import io.marketpilot.automation.coupon.CouponDefinitionParser;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.coupon.CouponLedger;
import io.marketpilot.automation.coupon.CouponRules;
import io.marketpilot.automation.coupon.CouponUsage;
import io.marketpilot.automation.coupon.CouponWire;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.automation.coupon.IssuedCoupon;
import io.marketpilot.automation.coupon.RedeemOutcome;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coupons in {@code state.sqlite} (tables of V050). Issue and redeem are each one immediate transaction that reads
 * the usage row, applies {@link CouponRules} and writes code and usage together, so no interleaving of callers,
 * threads or processes can overspend a budget.
 */
public final class SqliteCouponLedger implements CouponLedger {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String CODE_COLUMNS = "code, coupon_id, user_id, issued_at, reserved, order_key, redeemed_at, discount";

    private final StateDatabase db;
    private final java.time.Clock clock;

    public SqliteCouponLedger(StateDatabase db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean save(CouponDefinition d) {
        String doc = json(CouponWire.definition(d));
        return db.write("save coupon " + d.id(), c -> {
            boolean existed = definition(c, d.id()).isPresent();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO coupon_definitions VALUES (?, ?, ?)"
                    + " ON CONFLICT (coupon_id) DO UPDATE SET doc = excluded.doc, saved_at = excluded.saved_at")) {
                s.setString(1, d.id().value());
                s.setString(2, doc);
                s.setLong(3, clock.millis());
                s.executeUpdate();
            }
            return existed;
        });
    }

    @Override
    public Optional<CouponDefinition> definition(CouponId id) {
        return db.read("read coupon " + id, c -> definition(c, id));
    }

    private static Optional<CouponDefinition> definition(Connection c, CouponId id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT doc FROM coupon_definitions WHERE coupon_id = ?")) {
            s.setString(1, id.value());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(parse(r.getString(1))) : Optional.empty();
            }
        }
    }

    @Override
    public List<CouponDefinition> definitions() {
        return db.read("list coupons", c -> {
            List<CouponDefinition> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT doc FROM coupon_definitions ORDER BY coupon_id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(parse(r.getString(1)));
                }
            }
            return out;
        });
    }

    @Override
    public boolean deleteUnused(CouponId id) {
        return db.write("delete coupon " + id, c -> {
            if (usage(c, id).issued() > 0) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM coupon_definitions WHERE coupon_id = ?")) {
                s.setString(1, id.value());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public IssueOutcome issue(CouponDefinition d, UserId customer, CouponCode code, Instant at) {
        return db.write("issue coupon " + d.id(), c -> {
            if (byCode(c, code).isPresent()) {
                return new IssueOutcome.Refused(IssueOutcome.Reason.DUPLICATE_CODE, "code exists");
            }
            long mine;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM coupon_codes WHERE coupon_id = ? AND user_id = ?")) {
                s.setString(1, d.id().value());
                s.setString(2, customer.value());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    mine = r.getLong(1);
                }
            }
            CouponUsage u = usage(c, d.id());
            Optional<IssueOutcome.Refused> refused = CouponRules.refusal(d, u, mine);
            if (refused.isPresent()) {
                return refused.get();
            }
            BigDecimal reserved = d.reservation();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO coupon_codes (" + CODE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL)")) {
                s.setString(1, code.value());
                s.setString(2, d.id().value());
                s.setString(3, customer.value());
                s.setLong(4, at.toEpochMilli());
                s.setString(5, reserved.toPlainString());
                s.executeUpdate();
            }
            writeUsage(c, d.id(), new CouponUsage(u.issued() + 1, u.reserved().add(reserved), u.redeemed(),
                    u.discountGiven()));
            return new IssueOutcome.Issued(new IssuedCoupon(code, d.id(), customer,
                    Instant.ofEpochMilli(at.toEpochMilli()), reserved, Optional.empty()));
        });
    }

    @Override
    public Optional<IssuedCoupon> byCode(CouponCode code) {
        return db.read("find code", c -> byCode(c, code));
    }

    private static Optional<IssuedCoupon> byCode(Connection c, CouponCode code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CODE_COLUMNS + " FROM coupon_codes WHERE code = ?")) {
            s.setString(1, code.value());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(issued(r)) : Optional.empty();
            }
        }
    }

    @Override
    public List<IssuedCoupon> issuedTo(UserId customer) {
        return db.read("codes of " + customer, c -> {
            List<IssuedCoupon> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + CODE_COLUMNS
                    + " FROM coupon_codes WHERE user_id = ? ORDER BY issued_at, code")) {
                s.setString(1, customer.value());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(issued(r));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public RedeemOutcome redeem(CouponCode code, String orderKey, Instant at, BigDecimal discount) {
        return db.write("redeem code", c -> {
            Optional<IssuedCoupon> found = byCode(c, code);
            if (found.isEmpty()) {
                return new RedeemOutcome.Rejected("unknown code");
            }
            IssuedCoupon ic = found.get();
            if (ic.redeemed()) {
                return new RedeemOutcome.AlreadyRedeemed(ic, ic.redemption().get().orderKey().equals(orderKey));
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE coupon_codes SET order_key = ?, redeemed_at = ?, discount = ? WHERE code = ?")) {
                s.setString(1, orderKey);
                s.setLong(2, at.toEpochMilli());
                s.setString(3, discount.toPlainString());
                s.setString(4, code.value());
                s.executeUpdate();
            }
            CouponUsage u = usage(c, ic.coupon());
            writeUsage(c, ic.coupon(), new CouponUsage(u.issued(), u.reserved(), u.redeemed() + 1,
                    u.discountGiven().add(discount)));
            return new RedeemOutcome.Redeemed(byCode(c, code).orElseThrow());
        });
    }

    @Override
    public CouponUsage usage(CouponId id) {
        return db.read("coupon usage", c -> usage(c, id));
    }

    private static CouponUsage usage(Connection c, CouponId id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT issued, reserved, redeemed, discount_given FROM coupon_usage WHERE coupon_id = ?")) {
            s.setString(1, id.value());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new CouponUsage(r.getLong(1), new BigDecimal(r.getString(2)), r.getLong(3),
                        new BigDecimal(r.getString(4))) : CouponUsage.NONE;
            }
        }
    }

    private static void writeUsage(Connection c, CouponId id, CouponUsage u) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO coupon_usage VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (coupon_id) DO UPDATE SET issued = excluded.issued, reserved = excluded.reserved,"
                + " redeemed = excluded.redeemed, discount_given = excluded.discount_given")) {
            s.setString(1, id.value());
            s.setLong(2, u.issued());
            s.setString(3, u.reserved().toPlainString());
            s.setLong(4, u.redeemed());
            s.setString(5, u.discountGiven().toPlainString());
            s.executeUpdate();
        }
    }

    private static IssuedCoupon issued(ResultSet r) throws SQLException {
        String order = r.getString(6);
        Optional<IssuedCoupon.Redemption> redemption = order == null ? Optional.empty()
                : Optional.of(new IssuedCoupon.Redemption(order, Instant.ofEpochMilli(r.getLong(7)),
                        new BigDecimal(r.getString(8))));
        return new IssuedCoupon(new CouponCode(r.getString(1)), new CouponId(r.getString(2)), UserId.of(r.getString(3)),
                Instant.ofEpochMilli(r.getLong(4)), new BigDecimal(r.getString(5)), redemption);
    }

    private static CouponDefinition parse(String doc) {
        try {
            return CouponDefinitionParser.parse(JSON.readValue(doc, new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored coupon definition is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
