/**
 * The vocabulary of RFC 9457 errors: {@link io.marketpilot.server.problem.Problem} (what the client receives as
 * {@code application/problem+json}), {@link io.marketpilot.server.problem.FieldProblem} (one offending field,
 * parameter or body position) and {@link io.marketpilot.server.problem.ProblemException}, which handlers throw.
 * Rendering lives in exactly one place: the exception mapper of {@code io.marketpilot.server.http}.
 */
package io.marketpilot.server.problem;
