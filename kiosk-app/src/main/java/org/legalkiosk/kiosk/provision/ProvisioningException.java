package org.legalkiosk.kiosk.provision;

import java.util.List;

/** A provisioning file that cannot be used; nothing on the terminal was changed. Lists every problem found. */
public final class ProvisioningException extends Exception {

    private final List<String> problems;

    public ProvisioningException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
