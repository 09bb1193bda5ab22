/**
 * Build-time tools that lay out the tree of each Debian package (run by Maven before jdeb packs it): one
 * architecture per package, with the native libraries of that architecture only.
 */
package org.legalkiosk.deploy.build;
