package org.backproplab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.model.MessageText;

/**
 * A command's options: {@code --name value} or {@code --name=value}, each at most once, only the names the
 * command allows; {@code --help} alone is a flag. Typed getters turn a bad value into a {@link UsageException}
 * that says what the value must be.
 */
public final class Options {
    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final boolean help;

    private Options(String command, boolean help) {
        this.command = command;
        this.help = help;
    }

    /** Parses {@code args[from..]} for {@code command}, which accepts the options {@code allowed} (without "--"). */
    static Options parse(String command, String[] args, int from, List<String> allowed) throws UsageException {
        boolean help = false;
        for (int k = from; k < args.length; k++) {
            if (args[k].equals("--help") || args[k].equals("-h")) {
                help = true;
            }
        }
        Options options = new Options(command, help);
        if (help) {
            return options;
        }
        for (int k = from; k < args.length; k++) {
            String arg = args[k];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument \"" + MessageText.cut(arg) + "\" for " + command
                        + "; options look like --name value (see " + command + " --help)");
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            } else {
                name = arg.substring(2);
                if (!allowed.contains(name)) {
                    throw unknown(command, name, allowed);
                }
                if (k + 1 >= args.length) {
                    throw new UsageException("--" + name + " needs a value (see " + command + " --help)");
                }
                value = args[++k];
            }
            if (!allowed.contains(name)) {
                throw unknown(command, name, allowed);
            }
            if (options.values.containsKey(name)) {
                throw new UsageException("--" + name + " is given twice");
            }
            options.values.put(name, value);
        }
        return options;
    }

    private static UsageException unknown(String command, String name, List<String> allowed) {
        StringBuilder names = new StringBuilder();
        for (String option : allowed) {
            names.append(names.length() == 0 ? "--" : ", --").append(option);
        }
        return new UsageException("unknown option --" + MessageText.cut(name) + " for " + command + "; allowed: " + names + ", --help");
    }

    public boolean help() {
        return help;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of a required option. */
    public String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(command + " needs --" + name + " (see " + command + " --help)");
        }
        return value;
    }

    /** A finite number in (low, high] (exclusive low) — the learning rate's range. */
    public double numberAboveAtMost(String name, double low, double high) throws UsageException {
        String text = required(name);
        double value = parseNumber(text);
        if (!(value > low && value <= high)) {
            throw new UsageException("--" + name + " must be a number > " + Main.number(low) + " and <= "
                    + Main.number(high) + ", but is " + MessageText.cut(text));
        }
        return value;
    }

    /** A finite number in [low, high) — momentum's range. */
    double numberAtLeastBelow(String name, double low, double high) throws UsageException {
        String text = required(name);
        double value = parseNumber(text);
        if (!(value >= low && value < high)) {
            throw new UsageException("--" + name + " must be a number >= " + Main.number(low) + " and < "
                    + Main.number(high) + ", but is " + MessageText.cut(text));
        }
        return value;
    }

    /** An integer in [low, high]. */
    public long integer(String name, long low, long high) throws UsageException {
        String text = required(name);
        try {
            long value = Long.parseLong(text.trim());
            if (value >= low && value <= high) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (low == Long.MIN_VALUE && high == Long.MAX_VALUE) {
            throw new UsageException("--" + name + " must be an integer, but is " + MessageText.cut(text));
        }
        throw new UsageException("--" + name + " must be an integer from " + low + " to " + high + ", but is " + MessageText.cut(text));
    }

    private static double parseNumber(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
