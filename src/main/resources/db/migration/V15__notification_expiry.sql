-- A reminder is about a deadline. Once that deadline has passed it asks nothing more of anyone, and an inbox no
-- longer lists it among what is pending; the notification itself stays, read or not.
ALTER TABLE notification ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;

-- Reminders sent before this column expire with the deadline they remind of: a reminder's dedupe key is
-- "<reminder kind>:<deadline id>:<city or organisation>", and the deadline it reminds of is the same subject's
-- lock (nomination), due date (the cities' own lists) or cut-off (dynamic management forms).
UPDATE notification SET expires_at = (
    SELECT due.due_at
    FROM deadline reminder
    JOIN deadline due ON due.subject_type = reminder.subject_type AND due.subject_id = reminder.subject_id
        AND due.kind = CASE reminder.kind
            WHEN 'batch.submission.reminder' THEN 'batch.submission.lock'
            WHEN 'batch.cityList.reminder' THEN 'batch.cityList.due'
            ELSE 'dynamic.form.due' END
    WHERE notification.dedupe_key LIKE CONCAT(reminder.kind, ':', CAST(reminder.id AS VARCHAR(20)), ':%'))
WHERE dedupe_key LIKE 'batch.submission.reminder:%' OR dedupe_key LIKE 'batch.cityList.reminder:%'
    OR dedupe_key LIKE 'dynamic.form.reminder.%';

CREATE INDEX notification_expires_ix ON notification (expires_at);
