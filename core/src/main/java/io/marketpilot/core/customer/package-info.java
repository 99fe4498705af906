/**
 * Customers: {@link io.marketpilot.core.customer.Customer} with traits and
 * {@link io.marketpilot.core.customer.Consent}, parsed by {@link io.marketpilot.core.customer.CustomerParser}.
 */
package io.marketpilot.core.customer;
