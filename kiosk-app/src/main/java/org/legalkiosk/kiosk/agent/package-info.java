/**
 * The embedded HTTP agent: a Jetty server inside the kiosk process through which a county's administrators push
 * content and notices, change settings and read the terminal's health (see docs/agent-api.md). It calls the same
 * services as the screen but never the screen itself: nothing here depends on {@code ui} or JavaFX.
 * {@link org.legalkiosk.kiosk.agent.AgentServer} builds the handler chain ({@code handler}) in front of the route
 * table ({@code AgentRoutes}) whose endpoints ({@code endpoint}) share the plumbing of {@code http}.
 */
package org.legalkiosk.kiosk.agent;
