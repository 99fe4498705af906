package io.marketpilot.testkit;

import static io.marketpilot.testkit.CustomerBuilder.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.core.store.UpsertResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link CustomerStore}: implementations' tests extend this and implement {@link #open}. */
public abstract class CustomerStoreContract {
    @TempDir
    protected Path dir;
    private StoreHandle<CustomerStore> handle;
    protected CustomerStore customers;

    /** Opens the store kept in {@code dir} (creating it when the directory is empty). */
    protected abstract StoreHandle<CustomerStore> open(Path dir);

    @BeforeEach
    void openStore() {
        handle = open(dir);
        customers = handle.store();
    }

    @AfterEach
    void closeStore() {
        handle.close();
    }

    @Test
    void everyFieldRoundTrips() {
        Customer full = customer("u-1").trait("name", "Zoë 李").trait("tier", "gold").trait("orders", 17)
                .trait("address", Map.of("city", "Lyon", "zip", "69001")).trait("nickname", null)
                .consent(new Consent(true, false, true, false)).updatedAt(EventBuilder.T0.plusNanos(1_500))
                .withExtra("crm_id", 99).build();
        Customer minimal = new Customer(UserId.of("u-2"), null, null, null, null);

        assertThat(customers.upsertAll(List.of(full, minimal))).isEqualTo(new UpsertResult(2, 0, 0));

        assertThat(customers.get(UserId.of("u-1"))).contains(full);
        assertThat(customers.get(UserId.of("u-2"))).contains(minimal);
        assertThat(customers.get(UserId.of("u-1")).orElseThrow().traits().keySet())
                .containsExactly("name", "tier", "orders", "address", "nickname");
        assertThat(customers.get(UserId.of("nobody"))).isEmpty();
    }

    @Test
    void unchangedIgnoresTheUpdateTime() {
        customers.upsertAll(List.of(customer("u1").trait("tier", "gold").build()));

        UpsertResult again = customers.upsertAll(List.of(
                customer("u1").trait("tier", "gold").updatedAt(EventBuilder.T0.plusSeconds(3600)).build()));

        assertThat(again).isEqualTo(new UpsertResult(0, 0, 1));
    }

    @Test
    void changedTraitsOrConsentAreUpdates() {
        customers.upsertAll(List.of(customer("u1").trait("tier", "gold").build(), customer("u2").build()));

        UpsertResult result = customers.upsertAll(List.of(customer("u1").trait("tier", "silver").build(),
                customer("u2").emailConsent(true).build(), customer("u3").build()));

        assertThat(result).isEqualTo(new UpsertResult(1, 2, 0));
        assertThat(customers.get(UserId.of("u1")).orElseThrow().traits()).containsEntry("tier", "silver");
        assertThat(customers.get(UserId.of("u2")).orElseThrow().consent().email()).isTrue();
    }

    @Test
    void forEachVisitsEveryCustomerInIdOrder() {
        customers.upsertAll(IntStream.range(0, 1_500).mapToObj(i -> customer("u" + (1_499 - i)).build()).toList());

        List<String> seen = new ArrayList<>();
        customers.forEach(c -> seen.add(c.id().value()));

        assertThat(seen).hasSize(1_500).isSorted();
        assertThat(customers.count()).isEqualTo(1_500);
    }

    @Test
    void aBatchWithAnUnstorableCustomerStoresNothing() {
        List<Customer> batch = List.of(customer("u1").build(), customer("u2").trait("bad", new Object()).build());

        assertThatThrownBy(() -> customers.upsertAll(batch)).isInstanceOf(RuntimeException.class);

        assertThat(customers.count()).isZero();
    }

    @Test
    void reopeningKeepsEveryCustomer() {
        Customer c = customer("u1").trait("city", "Lyon").build();
        customers.upsertAll(List.of(c));

        handle.close();
        openStore();

        assertThat(customers.get(UserId.of("u1"))).contains(c);
        assertThat(customers.upsertAll(List.of(c))).isEqualTo(new UpsertResult(0, 0, 1));
    }
}
