package io.bcekit.samples;

import java.time.Instant;
import java.time.ZoneOffset;

/** The API's billing object: {@code {paymentTiming, billingMethod, reservation:{reservationLength, reservationTimeUnit}}}. */
record Billing(String paymentTiming, String billingMethod, Reservation reservation) {

    static final String POSTPAID = "Postpaid";
    static final String BY_BANDWIDTH = "ByBandwidth";

    record Reservation(int reservationLength, String reservationTimeUnit) {
    }

    /** What a create without billing means: postpaid by bandwidth. */
    static Billing orDefault(Billing billing) {
        Billing given = billing == null ? new Billing(null, null, null) : billing;
        String timing = given.paymentTiming == null ? POSTPAID : given.paymentTiming;
        JsonBody.require(timing.equals(POSTPAID) || timing.equals(Eip.PREPAID));
        return new Billing(timing, given.billingMethod == null ? BY_BANDWIDTH : given.billingMethod, given.reservation);
    }

    boolean prepaid() {
        return Eip.PREPAID.equals(paymentTiming);
    }

    /** When a prepaid purchase made at {@code from} runs out: after its reservation (one month by default); null when postpaid. */
    Instant expiry(Instant from) {
        if (!prepaid()) {
            return null;
        }
        int months = reservation == null || reservation.reservationLength < 1 ? 1 : reservation.reservationLength;
        boolean years = reservation != null && "Year".equalsIgnoreCase(reservation.reservationTimeUnit);
        return from.atZone(ZoneOffset.UTC).plusMonths(years ? 12L * months : months).toInstant();
    }
}
