-- Minimum notice per working plan (office × service, docs/decisions/0061): a slot stops being offered this many
-- minutes before it starts, so the office's staff see the booking before the villager arrives. 0 = until it starts.
ALTER TABLE sched_plans
    ADD COLUMN min_notice_minutes integer NOT NULL DEFAULT 0 CHECK (min_notice_minutes BETWEEN 0 AND 10080);
