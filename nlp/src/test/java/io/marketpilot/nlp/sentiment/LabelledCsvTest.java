package io.marketpilot.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LabelledCsvTest {
    @Test
    void quoted_fields_newlines_and_blank_labels_are_handled() throws Exception {
        String csv = "\uFEFFid,review,stars\r\n1,\"好,很\"\"好\"\"\",pos\n2,\"two\nlines\",neg\n3,no label,\n";
        LabelledCsv.Rows rows = LabelledCsv.read(new StringReader(csv), ',', "review", "stars", "pos");
        assertThat(rows.texts()).extracting(LabelledText::text).containsExactly("好,很\"好\"", "two\nlines");
        assertThat(rows.texts()).extracting(LabelledText::positive).containsExactly(true, false);
        assertThat(rows.skipped()).isEqualTo(1);
    }

    @Test
    void a_missing_column_names_the_columns_that_exist() {
        assertThatThrownBy(() -> LabelledCsv.read(new StringReader("a,b\n1,2\n"), ',', "text", "b", "1"))
            .hasMessageContaining("--text-column 'text'").hasMessageContaining("[a, b]");
    }
}
