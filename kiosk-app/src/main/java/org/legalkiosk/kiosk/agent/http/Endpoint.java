package org.legalkiosk.kiosk.agent.http;

/** One route's work, after routing and authentication. */
@FunctionalInterface
public interface Endpoint {
    Reply handle(Exchange exchange) throws Exception;
}
