package org.backproplab.viz;

/**
 * A 1-D view window [center − radius, center + radius] that stays put while what it shows moves inside it,
 * so a plot's axis does not jump every frame while a weight trains. It moves (re-centred on the focus, at
 * the wanted radius) only when the focus or a second point of interest leaves its inner part, or when the
 * wanted radius has become much smaller (the curve would look flat) or larger than the window.
 * Allocates nothing.
 */
public final class StickyWindow {
    /** Points beyond this fraction of the radius from the centre make the window move. */
    static final double INNER = 0.8;
    /** A wanted radius below radius / ZOOM makes the window zoom in. */
    static final double ZOOM = 4;
    /** A wanted radius above GROW × radius makes the window zoom out. */
    static final double GROW = 1.5;

    private double center = Double.NaN;
    private double radius = Double.NaN;

    /**
     * Follows {@code focus} (e.g. the weight) and {@code other} (e.g. where the next step lands; NaN for
     * none) with {@code wanted} as the ideal radius (finite, &gt; 0). Returns true when the window moved.
     * A non-finite focus leaves the window as it is.
     */
    public boolean follow(double focus, double other, double wanted) {
        if (!Double.isFinite(focus) || !(wanted > 0) || Double.isInfinite(wanted)) {
            return false;
        }
        boolean otherFinite = Double.isFinite(other);
        boolean keep = Double.isFinite(center)
                && Math.abs(focus - center) <= INNER * radius
                && (!otherFinite || Math.abs(other - center) <= INNER * radius)
                && wanted >= radius / ZOOM
                && wanted <= GROW * radius;
        if (keep) {
            return false;
        }
        center = focus;
        radius = otherFinite ? Math.max(wanted, Math.abs(other - focus) / INNER) : wanted;
        return true;
    }

    /** Forgets the window: the next {@link #follow} places it afresh. */
    public void reset() {
        center = Double.NaN;
        radius = Double.NaN;
    }

    /** Widens the window (same centre) so that {@code value} lies inside it; returns true when it grew. */
    public boolean include(double value) {
        if (!Double.isFinite(value) || !Double.isFinite(center) || Math.abs(value - center) <= radius) {
            return false;
        }
        radius = Math.abs(value - center);
        return true;
    }

    public double center() {
        return center;
    }

    public double radius() {
        return radius;
    }

    /** center − radius (NaN before the first follow). */
    public double min() {
        return center - radius;
    }

    /** center + radius. */
    public double max() {
        return center + radius;
    }
}
