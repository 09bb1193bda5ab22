/**
 * What the kiosk shows: explainers, categories, laws and notices, how they are written down, loaded, checked,
 * and the official statute texts they cite. This module knows nothing about screens or networks.
 */
package org.legalkiosk.content;
