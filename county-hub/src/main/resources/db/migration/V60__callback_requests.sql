-- Callback requests from the kiosks ("请工作人员给我回电话"), projected from their callback.requested events.
-- The phone lives here only (the event log keeps the event without it), until the request is marked done or
-- CallbackRequests.PHONE_DAYS have passed: then it is set to null (docs/decisions/0065).
CREATE TABLE callback_requests (
    id           bigserial PRIMARY KEY,
    event_id     bigint NOT NULL UNIQUE REFERENCES terminal_events (id),
    terminal_id  text NOT NULL REFERENCES terminals (id),
    topic        text NOT NULL,
    phone        text,
    language     text NOT NULL,
    requested_at timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    outcome      text CHECK (outcome IN ('CALLED_BACK', 'NOT_REACHED')),
    done_by      text,
    done_at      timestamptz,
    phone_purged_at timestamptz,
    CHECK ((outcome IS NULL) = (done_at IS NULL))
);

CREATE INDEX callback_requests_open ON callback_requests (received_at) WHERE outcome IS NULL;
CREATE INDEX callback_requests_phone ON callback_requests (received_at) WHERE phone IS NOT NULL;
