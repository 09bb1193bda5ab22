/**
 * What the agent's handlers and endpoints share: the route mapping, the request as an endpoint sees it
 * ({@link org.legalkiosk.kiosk.agent.http.Exchange}), replies and refusals, strict JSON, body limits.
 */
package org.legalkiosk.kiosk.agent.http;
