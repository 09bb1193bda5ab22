package org.legalkiosk.kiosk.agent.handler;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.kiosk.agent.http.ApiException;
import org.legalkiosk.kiosk.agent.http.EndpointHandler;
import org.legalkiosk.kiosk.agent.http.Reply;

/**
 * A wrapper that checks a request before passing it on: a check that refuses (an {@link ApiException}) is
 * answered at once in the agent's JSON error form, and the handlers behind this one never see the request.
 */
abstract class CheckingHandler extends Handler.Wrapper {

    CheckingHandler(Handler next) {
        super(next);
    }

    /** Lets the request through by returning, or refuses it by throwing. */
    protected abstract void check(Request request) throws Exception;

    @Override
    public final boolean handle(Request request, Response response, Callback callback) throws Exception {
        try {
            check(request);
        } catch (ApiException refusal) {
            return Reply.error(refusal).send(response, callback);
        } catch (Exception e) {
            return EndpointHandler.internalError(request, e).send(response, callback);
        }
        return super.handle(request, response, callback);
    }
}
