package app.rapport.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** When a contact was added and last changed: both within the three years before the reference instant. */
record History(Instant created, Instant updated) {
    static final Duration SPAN = Duration.ofDays(3 * 365);

    static History draw(SplittableRandom rng, Instant reference) {
        long span = SPAN.toSeconds();
        Instant created = reference.minusSeconds((long) (rng.nextDouble() * span));
        if (Draw.chance(rng, 0.4)) {
            return new History(created, created);
        }
        // edits cluster in recent months, as they do in a list someone keeps using
        long sinceCreated = Duration.between(created, reference).toSeconds();
        double u = rng.nextDouble();
        return new History(created, reference.minusSeconds((long) (u * u * sinceCreated)));
    }
}
