package org.legalkiosk.kiosk.agent.terminal;

import java.io.IOException;
import java.util.Optional;

/**
 * What the terminal's screen shows now, as PNG bytes, so an admin can see a sick terminal without driving to
 * the village. Empty when there is no screen (a test agent, a kiosk still starting).
 */
@FunctionalInterface
public interface ScreenCapture {

    Optional<byte[]> png() throws IOException;

    ScreenCapture NONE = Optional::empty;
}
