-- A rollout that starts at a set time (issue 14): a version to one group, or to every group when group_name is
-- null. The hub's scheduler applies a due row once (applied_at) in the same transaction as the groups' targets;
-- a county admin may cancel a pending one. Deleting a version from the hub removes its past schedule rows with it
-- (the audit log keeps their story); a pending one makes the deletion refused.
CREATE TABLE scheduled_rollouts (
    id           bigserial PRIMARY KEY,
    version      bigint NOT NULL REFERENCES content_bundles (version) ON DELETE CASCADE,
    group_name   text REFERENCES terminal_groups (name),
    starts_at    timestamptz NOT NULL,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL,
    applied_at   timestamptz,
    cancelled_at timestamptz,
    cancelled_by text,
    CHECK (applied_at IS NULL OR cancelled_at IS NULL)
);
CREATE INDEX scheduled_rollouts_pending ON scheduled_rollouts (starts_at)
    WHERE applied_at IS NULL AND cancelled_at IS NULL;
