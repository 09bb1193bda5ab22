package org.legalkiosk.hub.protocol;

/**
 * The hub's answer to a valid code. The token is shown once: the hub keeps only its hash.
 *
 * @param terminalId       the name the county gave this terminal
 * @param token            the bearer token for every later call
 * @param heartbeatSeconds how often to send a heartbeat
 */
public record EnrolReply(String terminalId, String token, int heartbeatSeconds) {

    public EnrolReply {
        terminalId = Limits.text("terminalId", terminalId, 64, true);
        token = Limits.text("token", token, 128, true);
        if (heartbeatSeconds < 10 || heartbeatSeconds > 3600) {
            throw new IllegalArgumentException("heartbeatSeconds must be within 10..3600, not " + heartbeatSeconds);
        }
    }
}
