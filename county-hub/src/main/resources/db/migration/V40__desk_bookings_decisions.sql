-- The township office desk (issue 15): each terminal's bookings as the office sees them, built from the booking
-- events in terminal_events, and what the office decided about them.

-- One row per booking (terminal + code). The kiosk's own state comes with the newest event by its change number,
-- so a replayed or late event never takes a booking back. Where and when come with every event; the visitor's
-- name and phone only with booking.created (decision 0055), and are erased after the retention period.
CREATE TABLE desk_bookings (
    terminal_id   text NOT NULL REFERENCES terminals (id),
    booking_code  text NOT NULL CHECK (booking_code ~ '^[A-Z0-9]{4,16}$'),
    office_id     text,
    office_name   text,
    service_id    text,
    service_zh    text,
    service_en    text,
    slot_start    timestamp,  -- the office's local time, as the kiosk's schedule has it
    slot_end      timestamp,
    matter        text,
    kiosk_state   text NOT NULL,
    change_seq    bigint NOT NULL DEFAULT 0,
    visitor_name  text,
    visitor_phone text,
    booked_at     timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    erased_at     timestamptz,
    PRIMARY KEY (terminal_id, booking_code)
);
CREATE INDEX desk_bookings_day ON desk_bookings (slot_start);

-- Every decision an office made, in order; the latest is the booking's desk state. The terminal learns of each in
-- its heartbeat reply (sent_at) and says it applied it (acknowledged_at). Reports read attended and no-show here.
CREATE TABLE booking_decisions (
    id              bigserial PRIMARY KEY,
    terminal_id     text NOT NULL,
    booking_code    text NOT NULL,
    decision        text NOT NULL CHECK (decision IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW', 'CANCELLED')),
    reason          text CHECK (length(reason) <= 300),
    decided_by      text NOT NULL,
    decided_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    acknowledged_at timestamptz,
    FOREIGN KEY (terminal_id, booking_code) REFERENCES desk_bookings (terminal_id, booking_code)
);
CREATE INDEX booking_decisions_booking ON booking_decisions (terminal_id, booking_code, id);
CREATE INDEX booking_decisions_unacknowledged ON booking_decisions (terminal_id) WHERE acknowledged_at IS NULL;

-- Notes an officer adds to a booking (a call made, papers to bring); they stay on the hub.
CREATE TABLE desk_notes (
    id           bigserial PRIMARY KEY,
    terminal_id  text NOT NULL,
    booking_code text NOT NULL,
    note         text NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
    written_by   text NOT NULL,
    written_at   timestamptz NOT NULL,
    FOREIGN KEY (terminal_id, booking_code) REFERENCES desk_bookings (terminal_id, booking_code)
);
