/**
 * Checking input at the boundary. {@link io.marketpilot.core.validation.RawRecord} reads typed fields out
 * of a JSON-like map and collects a {@link io.marketpilot.core.validation.FieldError} per problem, so a
 * record reports all of its problems at once as a {@link io.marketpilot.core.validation.Validation}.
 */
package io.marketpilot.core.validation;
