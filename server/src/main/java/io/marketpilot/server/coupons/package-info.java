/** {@code /v1/coupons}: coupon definitions, issuing codes, looking codes up. Entry: {@link io.marketpilot.server.coupons.CouponsResource}. */
package io.marketpilot.server.coupons;
