-- The county hub's first schema. Times are timestamptz (UTC on the wire); secrets are stored only as hashes.

-- A group of terminals rolled out and watched together (a township's terminals, a pilot set). The offline timeout
-- is per group: a terminal on a weak 4G link may be given longer than one on the county office's LAN.
CREATE TABLE terminal_groups (
    name                  text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
    offline_after_seconds integer NOT NULL DEFAULT 300 CHECK (offline_after_seconds BETWEEN 30 AND 86400),
    content_channel       text,
    content_version       bigint CHECK (content_version >= 0)
);

CREATE TABLE terminals (
    id                      text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    name                    text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    township                text NOT NULL CHECK (length(township) BETWEEN 1 AND 64),
    group_name              text NOT NULL REFERENCES terminal_groups (name),
    -- SHA-256 of the one-time enrolment code (high-entropy, so a plain hash is enough) until it is used.
    enrol_code_hash         bytea UNIQUE,
    enrol_expires_at        timestamptz,
    -- SHA-256 of the bearer token the terminal got at enrolment.
    token_hash              bytea UNIQUE,
    enrolled_at             timestamptz,
    revoked_at              timestamptz,
    screenshot_requested_at timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX terminals_township ON terminals (township);

-- The latest heartbeat of each terminal (one row, overwritten): what the console shows.
CREATE TABLE terminal_status (
    terminal_id     text PRIMARY KEY REFERENCES terminals (id),
    received_at     timestamptz NOT NULL,
    app_version     text NOT NULL,
    content_version bigint,
    devices         jsonb NOT NULL,
    help_presses    integer NOT NULL,
    last_help_at    timestamptz,
    sync_backlog    integer NOT NULL,
    disk_free_bytes bigint,
    uptime_seconds  bigint NOT NULL
);

-- Every outbox event a terminal delivered, exactly once per (terminal, key). A retry with the same body is a
-- duplicate; the same key with another body is a conflict and is refused.
CREATE TABLE terminal_events (
    id              bigserial PRIMARY KEY,
    terminal_id     text NOT NULL REFERENCES terminals (id),
    idempotency_key text NOT NULL,
    event_type      text NOT NULL,
    body            jsonb NOT NULL,
    body_sha256     bytea NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (terminal_id, idempotency_key)
);

CREATE TABLE users (
    id            bigserial PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,31}$'),
    display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 64),
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'AUDITOR')),
    township      text CHECK ((role = 'TOWNSHIP_OFFICER') = (township IS NOT NULL)),
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Console sessions; the cookie holds a random token, the table its SHA-256.
CREATE TABLE sessions (
    token_hash bytea PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE notices (
    id           bigserial PRIMARY KEY,
    title_zh     text NOT NULL,
    title_en     text,
    body_zh      text NOT NULL,
    body_en      text,
    urgent       boolean NOT NULL DEFAULT false,
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz CHECK (ends_at IS NULL OR ends_at > starts_at),
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    withdrawn_at timestamptz
);

-- The groups a notice goes to; a notice without rows here goes to every terminal.
CREATE TABLE notice_targets (
    notice_id  bigint NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    group_name text NOT NULL REFERENCES terminal_groups (name),
    PRIMARY KEY (notice_id, group_name)
);

-- Who changed what and when: every change made through the console, the command line or an enrolment.
CREATE TABLE audit_log (
    id     bigserial PRIMARY KEY,
    at     timestamptz NOT NULL DEFAULT now(),
    actor  text NOT NULL,
    action text NOT NULL,
    target text,
    detail text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
