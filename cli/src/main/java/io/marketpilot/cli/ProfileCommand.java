package io.marketpilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profile CUSTOMER_ID}: a customer's profile as JSON (the body of {@code GET /v1/customers/{id}/profile}). */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Prints a customer's profile (traits, behaviour, computed attributes, segments, consent) as JSON. "
                + "Profiles are rebuilt from the event log first, which takes a while on a large log.")
final class ProfileCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(index = "0", paramLabel = "CUSTOMER_ID", description = "The user_id, or anon:<anonymous_id> for a visitor.")
    String customer;

    @Override
    public Integer call() throws JsonProcessingException {
        String key = customer.strip();
        if (!key.startsWith(UserId.ANONYMOUS_PREFIX)) {
            key = UserId.of(key).value();
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = data.openExisting()) {
            var profile = engine.profiles().profile(key);
            if (profile.isEmpty()) {
                spec.commandLine().getErr().println("marketpilot: no events and no customer record for '" + key + "'");
                return ExitCodes.FAILURE;
            }
            out.println(JSON.writeValueAsString(profile.get().toJson()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
