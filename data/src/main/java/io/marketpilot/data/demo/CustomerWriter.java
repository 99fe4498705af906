package io.marketpilot.data.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code customers.jsonl}: id, public traits and consent; taste stays in the truth file. */
final class CustomerWriter {

    static void write(List<Customer> customers, Path path, ProgressListener progress) throws IOException {
        try (JsonlFile file = new JsonlFile(path)) {
            for (Customer c : customers) {
                Customer.Consent consent = c.consent();
                file.next().beginObject()
                        .string("user_id", c.id())
                        .beginObject("traits")
                        .string("name", c.name())
                        .string("email", c.email())
                        .string("city", c.city())
                        .string("gender", c.gender())
                        .number("age", c.age())
                        .timestamp("signup_at", c.signupAt())
                        .string("tier", c.tier())
                        .string("language", c.language())
                        .endObject()
                        .beginObject("consent")
                        .bool("email", consent.email())
                        .bool("sms", consent.sms())
                        .bool("push", consent.push())
                        .bool("personalization", consent.personalization())
                        .endObject()
                        .endObject();
                file.commit();
            }
        }
        progress.progress("customers", customers.size(), customers.size());
    }

    private CustomerWriter() {
    }
}
