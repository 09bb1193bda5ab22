-- Content bundles uploaded on the console (signed offline; the hub only verified them) and published on the hub's
-- pull channel. One row per content version: a version is a release, and kiosks refuse anything not newer.
CREATE TABLE content_bundles (
    version         bigint PRIMARY KEY CHECK (version >= 1),
    channel         text NOT NULL CHECK (channel ~ '^[a-z0-9-]{1,40}$'),
    label           text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    bundle_id       text NOT NULL,
    key_id          text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
    manifest_sha256 text NOT NULL CHECK (manifest_sha256 ~ '^[0-9a-f]{64}$'),
    base_version    bigint,
    files           integer NOT NULL CHECK (files >= 0),
    content_bytes   bigint NOT NULL CHECK (content_bytes >= 0),
    bundle_bytes    bigint NOT NULL CHECK (bundle_bytes >= 0),
    min_app_version text NOT NULL,
    created_at      timestamptz NOT NULL,
    uploaded_by     text NOT NULL,
    uploaded_at     timestamptz NOT NULL DEFAULT now()
);
