/** {@code legalkiosk fleet}: an administrator's commands against many kiosk agents at once. */
package org.legalkiosk.kiosk.cli.fleet;
