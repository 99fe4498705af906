package io.marketpilot.core.access;

import java.time.Instant;

/** A stored API key: an id (safe to show), a name, a role, and when it was created. The secret is not kept. */
public record ApiKey(String id, String name, Role role, Instant createdAt) {}
