package io.marketpilot.automation.guard;

/**
 * Why a message is sent. Marketing messages are capped and held back in quiet hours; transactional ones (order
 * confirmations, password resets) are not, because the customer is waiting for them.
 */
public enum Purpose {
    MARKETING, TRANSACTIONAL
}
