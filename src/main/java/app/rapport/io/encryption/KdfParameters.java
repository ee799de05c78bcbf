package app.rapport.io.encryption;

/**
 * The cost of turning a passphrase into a key with Argon2id (RFC 9106): memory in KiB, passes over
 * it, and lanes. Written into every encrypted file, so files keep opening if the defaults are raised.
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    /** 64 MiB, 3 passes, 1 lane: RFC 9106's second recommended choice; about half a second here. */
    public static final KdfParameters DEFAULT = new KdfParameters(64 * 1024, 3, 1);
    /** What a reader accepts: a file asking for more is treated as damaged rather than exhausting memory. */
    static final int MAX_MEMORY_KIB = 1024 * 1024;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    public KdfParameters {
        if (!acceptable(memoryKiB, iterations, parallelism)) {
            throw new IllegalArgumentException("Argon2 parameters out of range: " + memoryKiB + " KiB, "
                    + iterations + " passes, " + parallelism + " lanes");
        }
    }

    static boolean acceptable(int memoryKiB, int iterations, int parallelism) {
        return parallelism >= 1 && parallelism <= MAX_PARALLELISM && iterations >= 1 && iterations <= MAX_ITERATIONS
                && memoryKiB >= 8 * parallelism && memoryKiB <= MAX_MEMORY_KIB;
    }
}
