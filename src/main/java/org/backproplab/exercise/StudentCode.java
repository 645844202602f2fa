package org.backproplab.exercise;

/**
 * A student's code (any text, e.g. a name or a number the teacher hands out) as the seed of their exercise: the
 * same code gives the same numbers everywhere, on any machine, in the browser and on the command line. Case and
 * surrounding spaces do not count ("Ada " and "ada" are one code).
 */
public final class StudentCode {
    /** Seeds are 0 to this, the lab's own seed range, so a code's seed also works as a worksheet's --seed. */
    public static final long MAX_SEED = 999_999_999L;

    private StudentCode() {
    }

    /** FNV-1a (32 bits) of the trimmed, lower-cased code's UTF-16 units, reduced to 0..{@value #MAX_SEED}. */
    public static long seed(String code) {
        String text = code == null ? "" : code.trim();
        int hash = 0x811C9DC5;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            hash = (hash ^ c) * 0x01000193;
        }
        return (hash & 0xFFFFFFFFL) % (MAX_SEED + 1);
    }
}
