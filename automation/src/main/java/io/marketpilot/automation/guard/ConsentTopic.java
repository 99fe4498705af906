package io.marketpilot.automation.guard;

/** What a channel reaches the customer through, which is what consent is given for. */
public enum ConsentTopic {
    EMAIL, SMS, PUSH
}
