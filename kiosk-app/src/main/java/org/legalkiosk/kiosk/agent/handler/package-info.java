/**
 * The agent's cross-cutting concerns, one Jetty {@code Handler.Wrapper} each (metrics, routing, audit, rate limit,
 * authentication), chained in {@code AgentServer.newServer}; see docs/decisions/0030-agent-handler-chain.md.
 */
package org.legalkiosk.kiosk.agent.handler;
