package io.marketpilot.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawRecordTest {

    @Test
    void blankStringsCountAsAbsent() {
        RawRecord r = new RawRecord(new HashMap<>(Map.of("title", "  ")));
        assertThat(r.requiredString("title")).isEmpty();
        assertThat(r.errors()).extracting(FieldError::field).containsExactly("title");
    }

    @Test
    void aFieldReadByAnEqualNameOfAnotherInstanceIsRead() {
        String key = new String("item_id".toCharArray()); // as read from a file, not the parser's literal
        RawRecord r = new RawRecord(Map.of(key, "a", "color", "red"));
        r.string("item_id");
        r.string(new String("color".toCharArray()));
        assertThat(r.unread()).isEmpty();
    }

    @Test
    void unreadFieldsAreTheExtras() {
        RawRecord r = new RawRecord(Map.of("item_id", "a", "color", "red"));
        r.string("item_id");
        assertThat(r.unread()).containsExactly(Map.entry("color", "red"));
    }

    @Test
    void listFieldsAcceptPathStrings() {
        RawRecord r = new RawRecord(Map.of("category", "Electronics > Phones", "tags", List.of("a", 7)));
        assertThat(r.strings("category")).containsExactly("Electronics", "Phones");
        assertThat(r.strings("tags")).containsExactly("a", "7");
    }

    @Test
    void nestedErrorsArePrefixed() {
        RawRecord r = new RawRecord(Map.of());
        r.nested("consent", List.of(new FieldError("email", "true or false", "\"maybe\"")));
        assertThat(r.errors().get(0).field()).isEqualTo("consent.email");
        assertThat(r.errors().get(0).found()).isEqualTo("\"maybe\"");
    }

    @Test
    void booleansFromNumbersMustBeExactlyZeroOrOne() {
        RawRecord r = new RawRecord(Map.of("a", 1, "b", 0.0, "c", 0.5, "d", 4_294_967_296L));
        assertThat(r.bool("a")).contains(true);
        assertThat(r.bool("b")).contains(false);
        assertThat(r.bool("c")).isEmpty();
        assertThat(r.bool("d")).isEmpty();
        assertThat(r.errors()).extracting(FieldError::field).containsExactly("c", "d");
    }
}
