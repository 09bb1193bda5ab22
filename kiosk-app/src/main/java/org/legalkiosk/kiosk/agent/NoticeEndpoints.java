package org.legalkiosk.kiosk.agent;

import java.io.IOException;
import java.util.Map;

/** {@code GET|POST /api/v1/notices} and {@code DELETE /api/v1/notices/{id}}. */
final class NoticeEndpoints {

    private final NoticesStore notices;
    private final int maxJsonBytes;

    NoticeEndpoints(NoticesStore notices, int maxJsonBytes) {
        this.notices = notices;
        this.maxJsonBytes = maxJsonBytes;
    }

    void register(ApiRouter router) {
        router.add("GET", "/api/v1/notices", Role.VIEWER, ex -> Reply.ok(Map.of("notices", notices.list())));
        router.add("POST", "/api/v1/notices", Role.PUBLISHER, this::put);
        router.add("DELETE", "/api/v1/notices/", Role.PUBLISHER, this::delete);
    }

    private Reply put(Exchange ex) throws ApiException, IOException {
        NoticeDocument notice = ex.jsonBody(NoticeDocument.class, maxJsonBytes).validate();
        boolean isNew;
        try {
            isNew = notices.put(notice);
        } catch (IllegalStateException e) {
            throw new ApiException(409, "too_many_notices", e.getMessage());
        }
        ex.audit((isNew ? "added" : "replaced") + " notice " + notice.id() + " (" + notice.priority() + ")");
        return Reply.json(isNew ? 201 : 200, notice);
    }

    private Reply delete(Exchange ex) throws ApiException, IOException {
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
