package org.legalkiosk.kiosk.agent;

/** One route's work, after routing and authentication. */
@FunctionalInterface
interface Endpoint {
    Reply handle(Exchange exchange) throws Exception;
}
