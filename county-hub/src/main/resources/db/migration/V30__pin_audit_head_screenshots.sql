-- Issue 13 on the hub: the content pin a terminal reports, the head of its hash-chained audit log, and its last
-- screenshot. Versions V30-V39 belong to this line of work (V20-V29 to content rollout), so parallel branches
-- cannot take the same number.

-- The pin an explicit rollback set on the terminal (null: not pinned, or a kiosk too old to say).
ALTER TABLE terminal_status
    ADD COLUMN pin_version          bigint,
    ADD COLUMN pin_rolled_back_from bigint,
    ADD COLUMN pin_since            timestamptz;

-- The audit-log anchor the hub holds per terminal: the head it last verified as a continuation of the one before.
-- state: OK (the log only grew), BACKWARDS (fewer lines than the anchor: a restored copy or a truncation),
-- FORKED (a different line where the anchor's was: rewritten), BROKEN (the terminal's own check failed).
-- A flag stays until an admin accepts the terminal's current head (a known restore), so one good heartbeat after
-- a tampered one does not hide it.
CREATE TABLE terminal_audit_heads (
    terminal_id    text PRIMARY KEY REFERENCES terminals (id),
    anchor_lines   bigint NOT NULL CHECK (anchor_lines >= 0),
    anchor_head    text NOT NULL CHECK (anchor_head ~ '^[0-9a-f]{64}$'),
    reported_lines bigint NOT NULL,
    reported_head  text NOT NULL,
    reported_at    timestamptz NOT NULL,
    state          text NOT NULL CHECK (state IN ('OK', 'BACKWARDS', 'FORKED', 'BROKEN')),
    problem        text,
    flagged_at     timestamptz
);

-- The last screenshot of each terminal (one row, overwritten), or why it could not take one.
CREATE TABLE terminal_screenshots (
    terminal_id  text PRIMARY KEY REFERENCES terminals (id),
    received_at  timestamptz NOT NULL,
    png          bytea CHECK (png IS NULL OR length(png) <= 4194304),
    width        integer,
    height       integer,
    unavailable  text,
    CHECK ((png IS NULL) <> (unavailable IS NULL))
);

-- When a screenshot request went out with a heartbeat: an upload is taken only within a while after that, so a
-- terminal cannot fill the database with pictures nobody asked for.
ALTER TABLE terminals ADD COLUMN screenshot_handed_out_at timestamptz;
