package io.marketpilot.nlp.copy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.marketpilot.nlp.fixture.Items;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM path against a local stub of an OpenAI-compatible chat-completions server (JDK HttpServer). */
class ChatCompletionsCopywriterTest {
    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        reply("/good", 200, completion("华为 Mate 60 手机\\n黑色机身，256GB 大存储，现价 5999.00 CNY。\\n---\\n"
                + "为你精选\\n华为出品，做工扎实。"));
        reply("/invented", 200, completion("华为 Mate 60\\n防水设计，限时特价 4999 元！\\n---\\n好手机\\n黑色，256GB。"));
        reply("/broken", 500, "{\"error\":\"boom\"}");
        reply("/garbage", 200, "not json");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void draftsThatPassTheFactCheckAreUsedAndTheKeyIsSent() {
        CopyResult r = generator("/good").generate(request());
        assertThat(r.variants()).extracting(CopyVariant::source).containsExactly("llm", "llm");
        assertThat(r.variants().get(0).headline()).isEqualTo("华为 Mate 60 手机");
        assertThat(r.notices()).isEmpty();
        assertThat(authorizations).containsExactly("Bearer sk-test");
        assertThat(requests.get(0)).contains("\"model\":\"stub-model\"", "5999.00 CNY", "never invent");
    }

    @Test
    void aDraftInventingFactsIsReplacedByTheTemplate() {
        CopyResult r = generator("/invented").generate(request());
        assertThat(r.variants()).extracting(CopyVariant::source).containsExactly("template", "llm");
        assertThat(r.notices()).singleElement().asString().contains("variant A", "4999", "防水");
    }

    @Test
    void failuresFallBackToTemplates() {
        for (String path : List.of("/broken", "/garbage", "/missing")) {
            CopyResult r = generator(path).generate(request());
            assertThat(r.variants()).as(path).extracting(CopyVariant::source).containsOnly("template");
            assertThat(r.notices()).as(path).singleElement().asString().startsWith("LLM not used");
        }
    }

    private CopyRequest request() {
        return new CopyRequest(Items.phone(), List.of(new AspectMention("quality", Polarity.POSITIVE, 5)), "zh",
                CopyKind.AD, 2, 1);
    }

    private CopyGenerator generator(String path) {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        var llm = new ChatCompletionsCopywriter(new LlmConfig(uri, "sk-test", "stub-model", Duration.ofSeconds(5)),
                HttpClient.newHttpClient());
        return new CopyGenerator(Optional.of(llm), () -> Set.of("华为", "Nike"));
    }

    private void reply(String path, int status, String body) {
        server.createContext(path, exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private static String completion(String content) {
        return "{\"id\":\"x\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + content
                + "\"},\"finish_reason\":\"stop\"}]}";
    }
}
