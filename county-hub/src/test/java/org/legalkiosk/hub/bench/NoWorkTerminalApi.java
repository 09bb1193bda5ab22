package org.legalkiosk.hub.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.protocol.AuditAnchor;
import org.legalkiosk.hub.protocol.ContentTarget;
import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.HubNotice;
import org.legalkiosk.hub.protocol.Limits;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.protocol.WireJson;
import org.legalkiosk.hub.web.Http;

/**
 * The benchmark's baseline: the same server, connector, thread pool and handler chain as the hub, and the same
 * parsing of every heartbeat and event, answered with a reply of the real one's shape and size, but with no store
 * behind it: no token lookup, no transaction, no PostgreSQL. What the real hub takes beyond this is the database's
 * share (and the few lines of Java around each statement).
 */
final class NoWorkTerminalApi extends Handler.Wrapper {

    private final HeartbeatReply reply;

    NoWorkTerminalApi(Handler hub) {
        super(hub);
        Instant now = Instant.now();
        HubNotice local = new HubNotice(
                1,
                "第01镇法律援助值班时间调整",
                "Legal aid duty hours change",
                "本周六上午九点至十二点，县法律援助中心律师在第01镇便民服务中心值班，可当面咨询。",
                "Saturday 9 to 12, a legal aid lawyer is at the service centre.",
                false,
                now,
                now.plusSeconds(86_400));
        HubNotice county = new HubNotice(
                2,
                "停电通知",
                "Power cut",
                "明日 8:00–12:00 全县线路检修，终端暂停服务。",
                "Tomorrow 8:00–12:00 the terminals are off for line maintenance.",
                true,
                now,
                now.plusSeconds(86_400));
        reply = new HeartbeatReply(
                60,
                new ContentTarget("stable", 7, "MCowBQYDK2VwAyEA0123456789abcdefghijklmnopqrstuvwxyzABCDEF="),
                List.of(local, county),
                false,
                now,
                new AuditAnchor(200, "0".repeat(64)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Http.path(request);
        if (path.equals(TerminalApi.HEARTBEAT)) {
            requireBearer(request);
            WireJson.read(Http.body(request, Limits.MAX_HEARTBEAT_BYTES), HeartbeatRequest.class);
            Http.json(response, callback, 200, reply);
            return true;
        }
        if (path.equals(TerminalApi.EVENTS)) {
            requireBearer(request);
            EventEnvelope event = EventEnvelope.parse(
                    request.getHeaders().get(EventEnvelope.KEY_HEADER), Http.body(request, Limits.MAX_EVENT_BYTES));
            Http.json(response, callback, 201, Map.of("status", "stored", "idempotencyKey", event.idempotencyKey()));
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static void requireBearer(Request request) {
        if (Http.bearer(request) == null) {
            throw new IllegalStateException("the load always sends a token");
        }
    }
}
