package io.marketpilot.engine.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.engine.state.StateDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Channel configurations in {@code state.sqlite} (table {@code channels} of V050). */
final class SqliteChannelConfigs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StateDatabase db;

    SqliteChannelConfigs(StateDatabase db) {
        this.db = db;
    }

    void save(ChannelConfig config) {
        String settings;
        try {
            settings = JSON.writeValueAsString(config.settings());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        db.write("save channel " + config.name(), c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO channels VALUES (?, ?, ?, ?) ON CONFLICT (name)"
                    + " DO UPDATE SET type = excluded.type, settings = excluded.settings, updated_at = excluded.updated_at")) {
                s.setString(1, config.name().value());
                s.setString(2, config.type());
                s.setString(3, settings);
                s.setLong(4, config.updatedAt().toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    boolean delete(ChannelName name) {
        return db.write("delete channel " + name, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM channels WHERE name = ?")) {
                s.setString(1, name.value());
                return s.executeUpdate() == 1;
            }
        });
    }

    List<ChannelConfig> all() {
        return db.read("list channels", c -> {
            List<ChannelConfig> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, type, settings, updated_at FROM channels ORDER BY name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> settings;
                    try {
                        settings = JSON.readValue(r.getString(3), new TypeReference<Map<String, Object>>() { });
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("stored settings of channel " + r.getString(1) + " are not JSON", e);
                    }
                    out.add(new ChannelConfig(ChannelName.of(r.getString(1)), r.getString(2), settings,
                            Instant.ofEpochMilli(r.getLong(4))));
                }
            }
            return out;
        });
    }
}
