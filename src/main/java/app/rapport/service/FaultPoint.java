package app.rapport.service;

/**
 * Named places where the fault tests stop a command line process to kill it exactly there. Only with
 * {@code -Drapport.fault.pauseAt=NAME} (or {@code NAME#n}, the n-th time NAME is reached) does the process
 * say so on stderr and then sleep until it is killed; without the property this does nothing.
 */
public final class FaultPoint {
    public static final String PROPERTY = "rapport.fault.pauseAt";
    /** What the process prints, followed by the name, when it pauses. */
    public static final String PAUSED = "rapport.fault.paused ";

    private static final String PAUSE_AT = System.getProperty(PROPERTY);
    private static int times;

    private FaultPoint() {
    }

    public static void reached(String name) {
        if (PAUSE_AT == null) {
            return;
        }
        String wanted = PAUSE_AT;
        int nth = 1;
        int hash = wanted.indexOf('#');
        if (hash >= 0) {
            nth = Integer.parseInt(wanted.substring(hash + 1));
            wanted = wanted.substring(0, hash);
        }
        synchronized (FaultPoint.class) {
            if (!wanted.equals(name) || ++times != nth) {
                return;
            }
        }
        System.err.println(PAUSED + name);
        System.err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
