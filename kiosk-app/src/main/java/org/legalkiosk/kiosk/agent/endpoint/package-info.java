/**
 * The agent's endpoints, one class per area of docs/agent-api.md. Each method takes an {@code Exchange} and
 * answers a {@code Reply}: routing, rate limits, tokens and the audit line are done by the handlers before it.
 */
package org.legalkiosk.kiosk.agent.endpoint;
