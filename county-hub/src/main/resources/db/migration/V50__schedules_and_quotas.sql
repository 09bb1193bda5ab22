-- Schedules on the hub (issue 15 item 3, docs/decisions/0060): offices, services, working plans, the county's
-- holiday calendar, which terminals serve an office with what share, and each terminal's quota of each slot.

-- A place villagers book: a township judicial office (司法所) or the county's legal aid centre. The id is the one
-- the terminal's booking store and slot ids use, so no dot (slot ids are office.service.date.time).
CREATE TABLE sched_offices (
    id              text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    address         text NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
    phone           text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    hours           text NOT NULL DEFAULT '' CHECK (length(hours) <= 200),
    township        text NOT NULL CHECK (length(township) BETWEEN 1 AND 64),
    -- Book-ahead limit: terminals get slots from today to today + book_ahead_days - 1.
    book_ahead_days integer NOT NULL DEFAULT 14 CHECK (book_ahead_days BETWEEN 1 AND 60),
    -- A terminal's unused quota of a slot returns to the pool this many hours before the slot starts.
    release_hours   integer NOT NULL DEFAULT 24 CHECK (release_hours BETWEEN 1 AND 168)
);

CREATE TABLE sched_services (
    id      text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 40),
    name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80)
);

-- How an office offers a service: slot length and capacity per slot (seats for the whole office, split across its
-- terminals), and hours per weekday (sched_plan_days) with breaks.
CREATE TABLE sched_plans (
    office_id    text NOT NULL REFERENCES sched_offices (id) ON DELETE CASCADE,
    service_id   text NOT NULL REFERENCES sched_services (id),
    slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
    seats        integer NOT NULL CHECK (seats BETWEEN 1 AND 1000),
    PRIMARY KEY (office_id, service_id)
);

-- weekday is ISO (1 = Monday .. 7 = Sunday); a weekday without a row is closed. One break per day at most here
-- (the lunch break); the domain allows more, the console offers one.
CREATE TABLE sched_plan_days (
    office_id   text NOT NULL,
    service_id  text NOT NULL,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens       time NOT NULL,
    closes      time NOT NULL CHECK (closes > opens),
    break_start time,
    break_end   time CHECK ((break_start IS NULL) = (break_end IS NULL) AND (break_end IS NULL OR break_end > break_start)),
    PRIMARY KEY (office_id, service_id, weekday),
    FOREIGN KEY (office_id, service_id) REFERENCES sched_plans (office_id, service_id) ON DELETE CASCADE
);

-- A date on which one office's plan for one service differs: closed (the mediator is away) or its own hours.
-- It wins over the county calendar for that date.
CREATE TABLE sched_plan_exceptions (
    office_id  text NOT NULL,
    service_id text NOT NULL,
    day        date NOT NULL,
    opens      time,
    closes     time CHECK ((opens IS NULL) = (closes IS NULL) AND (closes IS NULL OR closes > opens)),
    note       text NOT NULL DEFAULT '' CHECK (length(note) <= 200),
    PRIMARY KEY (office_id, service_id, day),
    FOREIGN KEY (office_id, service_id) REFERENCES sched_plans (office_id, service_id) ON DELETE CASCADE
);

-- The county's calendar: public holidays (closed) and make-up working days (调休上班: a weekend day worked like
-- the weekday in `follows`). Seeded below with the State Council's notices for 2026 and 2027; the county edits it.
CREATE TABLE sched_calendar (
    day     date PRIMARY KEY,
    kind    text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 40),
    follows smallint CHECK ((kind = 'WORKDAY') = (follows IS NOT NULL) AND (follows IS NULL OR follows BETWEEN 1 AND 5))
);

-- The terminals that sell an office's seats, with each one's share (weight) of every slot's capacity.
CREATE TABLE sched_office_terminals (
    office_id   text NOT NULL REFERENCES sched_offices (id) ON DELETE CASCADE,
    terminal_id text NOT NULL REFERENCES terminals (id),
    weight      integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
    PRIMARY KEY (office_id, terminal_id)
);

-- Each terminal's quota of each slot. `quota` is what the hub last sent; `held` is the most the terminal may be
-- able to sell (the highest quota sent since its last acknowledgement, or the seats it reports having kept).
-- The invariant the allocation keeps: per slot, the sum of held never exceeds the slot's capacity.
CREATE TABLE sched_quotas (
    terminal_id text NOT NULL REFERENCES terminals (id),
    slot_id     text NOT NULL,
    office_id   text NOT NULL,
    starts_at   timestamp NOT NULL,
    quota       integer NOT NULL CHECK (quota >= 0),
    held        integer NOT NULL CHECK (held >= 0),
    PRIMARY KEY (terminal_id, slot_id)
);
CREATE INDEX sched_quotas_slot ON sched_quotas (slot_id);

-- The schedule version each terminal was last sent, the hash of that document, and the version it acknowledged.
CREATE TABLE sched_terminal_versions (
    terminal_id   text PRIMARY KEY REFERENCES terminals (id),
    sent_version  bigint NOT NULL,
    sent_sha256   bytea NOT NULL,
    acked_version bigint NOT NULL DEFAULT 0
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, November 2025), every holiday and
-- make-up working day it lists.
-- 2027: the notice for 2027 was not known when this was written. Only the statutory holidays of 全国年节及纪念日放假办法
-- (as amended in 2024) are seeded, on their 2027 dates, marked 暂定; the bridging days and make-up working days exist
-- only in the notice, and a guessed make-up Saturday would open offices with nobody there, so none is seeded.
-- The county adds them on the calendar page when the notice is published.
INSERT INTO sched_calendar (day, kind, name_zh, follows) VALUES
    ('2026-01-01', 'HOLIDAY', '元旦', NULL),
    ('2026-01-02', 'HOLIDAY', '元旦', NULL),
    ('2026-01-03', 'HOLIDAY', '元旦', NULL),
    ('2026-01-04', 'WORKDAY', '元旦调休上班', 5),
    ('2026-02-14', 'WORKDAY', '春节调休上班', 1),
    ('2026-02-15', 'HOLIDAY', '春节', NULL),
    ('2026-02-16', 'HOLIDAY', '春节', NULL),
    ('2026-02-17', 'HOLIDAY', '春节', NULL),
    ('2026-02-18', 'HOLIDAY', '春节', NULL),
    ('2026-02-19', 'HOLIDAY', '春节', NULL),
    ('2026-02-20', 'HOLIDAY', '春节', NULL),
    ('2026-02-21', 'HOLIDAY', '春节', NULL),
    ('2026-02-22', 'HOLIDAY', '春节', NULL),
    ('2026-02-23', 'HOLIDAY', '春节', NULL),
    ('2026-02-28', 'WORKDAY', '春节调休上班', 1),
    ('2026-04-04', 'HOLIDAY', '清明节', NULL),
    ('2026-04-05', 'HOLIDAY', '清明节', NULL),
    ('2026-04-06', 'HOLIDAY', '清明节', NULL),
    ('2026-05-01', 'HOLIDAY', '劳动节', NULL),
    ('2026-05-02', 'HOLIDAY', '劳动节', NULL),
    ('2026-05-03', 'HOLIDAY', '劳动节', NULL),
    ('2026-05-04', 'HOLIDAY', '劳动节', NULL),
    ('2026-05-05', 'HOLIDAY', '劳动节', NULL),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班', 1),
    ('2026-06-19', 'HOLIDAY', '端午节', NULL),
    ('2026-06-20', 'HOLIDAY', '端午节', NULL),
    ('2026-06-21', 'HOLIDAY', '端午节', NULL),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班', 1),
    ('2026-09-25', 'HOLIDAY', '中秋节', NULL),
    ('2026-09-26', 'HOLIDAY', '中秋节', NULL),
    ('2026-09-27', 'HOLIDAY', '中秋节', NULL),
    ('2026-10-01', 'HOLIDAY', '国庆节', NULL),
    ('2026-10-02', 'HOLIDAY', '国庆节', NULL),
    ('2026-10-03', 'HOLIDAY', '国庆节', NULL),
    ('2026-10-04', 'HOLIDAY', '国庆节', NULL),
    ('2026-10-05', 'HOLIDAY', '国庆节', NULL),
    ('2026-10-06', 'HOLIDAY', '国庆节', NULL),
    ('2026-10-07', 'HOLIDAY', '国庆节', NULL),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班', 1),
    ('2027-01-01', 'HOLIDAY', '元旦（暂定）', NULL),
    ('2027-02-05', 'HOLIDAY', '春节·除夕（暂定）', NULL),
    ('2027-02-06', 'HOLIDAY', '春节（暂定）', NULL),
    ('2027-02-07', 'HOLIDAY', '春节（暂定）', NULL),
    ('2027-02-08', 'HOLIDAY', '春节（暂定）', NULL),
    ('2027-04-05', 'HOLIDAY', '清明节（暂定）', NULL),
    ('2027-05-01', 'HOLIDAY', '劳动节（暂定）', NULL),
    ('2027-05-02', 'HOLIDAY', '劳动节（暂定）', NULL),
    ('2027-06-09', 'HOLIDAY', '端午节（暂定）', NULL),
    ('2027-09-15', 'HOLIDAY', '中秋节（暂定）', NULL),
    ('2027-10-01', 'HOLIDAY', '国庆节（暂定）', NULL),
    ('2027-10-02', 'HOLIDAY', '国庆节（暂定）', NULL),
    ('2027-10-03', 'HOLIDAY', '国庆节（暂定）', NULL);
