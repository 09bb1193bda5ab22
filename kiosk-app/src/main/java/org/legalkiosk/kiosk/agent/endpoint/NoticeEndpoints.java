package org.legalkiosk.kiosk.agent.endpoint;

import java.io.IOException;
import java.util.Map;

import org.legalkiosk.kiosk.agent.http.ApiException;
import org.legalkiosk.kiosk.agent.http.Exchange;
import org.legalkiosk.kiosk.agent.http.Reply;
import org.legalkiosk.kiosk.store.InvalidValueException;
import org.legalkiosk.kiosk.store.NoticeDocument;
import org.legalkiosk.kiosk.store.NoticesStore;

/** {@code GET|POST /api/v1/notices} and {@code DELETE /api/v1/notices/{id}}. */
public final class NoticeEndpoints {

    private final NoticesStore notices;
    private final int maxJsonBytes;

    public NoticeEndpoints(NoticesStore notices, int maxJsonBytes) {
        this.notices = notices;
        this.maxJsonBytes = maxJsonBytes;
    }

    public Reply list(Exchange ex) throws IOException {
        return Reply.ok(Map.of("notices", notices.list()));
    }

    public Reply put(Exchange ex) throws ApiException, IOException {
        NoticeDocument notice;
        try {
            notice = ex.jsonBody(NoticeDocument.class, maxJsonBytes).validate();
        } catch (InvalidValueException e) {
            throw new ApiException(400, "invalid_notice", e.getMessage());
        }
        boolean isNew;
        try {
            isNew = notices.put(notice);
        } catch (IllegalStateException e) {
            throw new ApiException(409, "too_many_notices", e.getMessage());
        }
        ex.audit((isNew ? "added" : "replaced") + " notice " + notice.id() + " (" + notice.priority() + ")");
        return Reply.json(isNew ? 201 : 200, notice);
    }

    public Reply delete(Exchange ex) throws ApiException, IOException {
        String id = ex.path().substring("/api/v1/notices/".length());
        if (!NoticeDocument.ID.matcher(id).matches()) {
            throw new ApiException(400, "invalid_notice", "a notice id is 3-60 lower-case letters, digits or '-'");
        }
        if (!notices.delete(id)) {
            throw new ApiException(404, "not_found", "no notice with id " + id);
        }
        ex.audit("deleted notice " + id);
        return Reply.ok(Map.of("deleted", id));
    }
}
