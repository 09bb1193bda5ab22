package org.legalkiosk.content.bundle;

/** Compares application versions like {@code 0.1.0} and {@code 1.2.0-SNAPSHOT} by their numbers only. */
public final class AppVersions {

    private AppVersions() {}

    /** True when {@code running} is at least {@code required}; a qualifier such as {@code -SNAPSHOT} is ignored. */
    public static boolean satisfies(String running, String required) {
        long[] a = numbers(running);
        long[] b = numbers(required);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? a[i] : 0;
            long y = i < b.length ? b[i] : 0;
            if (x != y) {
                return x > y;
            }
        }
        return true;
    }

    private static long[] numbers(String version) {
        String plain = version.split("[-+]", 2)[0];
        String[] parts = plain.split("\\.");
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                numbers[i] = 0;
            }
        }
        return numbers;
    }
}
