package org.backproplab.export;

/** The two flavours of exported script, with the names used by the CLI and the file names it is saved as. */
public enum Framework {
    /** torch.nn.Linear layers, autograd and torch.optim. */
    PYTORCH("pytorch", "backprop-lab-pytorch.py"),
    /** The forward pass, backpropagation and the update written out in NumPy. */
    NUMPY("numpy", "backprop-lab-numpy.py");

    private final String id;
    private final String fileName;

    Framework(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The name used by the CLI ({@code --framework pytorch}) and as the template's section tag. */
    public String id() {
        return id;
    }

    /** The name the browser saves the script under. */
    public String fileName() {
        return fileName;
    }

    /** The framework called {@code id}, or an exception that lists the allowed names. */
    public static Framework fromId(String id) {
        for (Framework framework : values()) {
            if (framework.id.equals(id)) {
                return framework;
            }
        }
        throw new IllegalArgumentException("unknown framework \"" + id + "\"; allowed: pytorch, numpy");
    }
}
