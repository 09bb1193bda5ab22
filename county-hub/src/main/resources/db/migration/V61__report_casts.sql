-- Dates the terminals wrote into their events, read for the county reports. A malformed value (an old kiosk, a
-- bug) is null here instead of an error, so one bad event is left out of a report instead of failing all of it.
CREATE FUNCTION report_date(value text) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN value::date;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

-- A local date-time (a slot's start, as the kiosk's schedule has it).
CREATE FUNCTION report_timestamp(value text) RETURNS timestamp LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN value::timestamp;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

-- An instant, as China's local time.
CREATE FUNCTION report_local_time(value text) RETURNS timestamp LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN value::timestamptz AT TIME ZONE 'Asia/Shanghai';
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;
