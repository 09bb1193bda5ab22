/** Who changed what and when: {@link AuditLog}, written in the same transaction as the change it records. */
package org.legalkiosk.hub.audit;
