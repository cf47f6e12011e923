/**
 * Description of every subscription event's `eventId`. Relays read the outbox by transaction
 * (PostgreSQL transaction id, then insertion order), so ids do not ascend across transactions.
 */
export const EVENT_ID =
  'Opaque resume position of this event: pass the last one received as `after` to resume without loss or repetition. ' +
  'Events arrive grouped by the transaction that committed them, in the order each transaction recorded them; ' +
  'across transactions they are not in ascending `eventId` order (nor strictly in commit order), so never compare or sort event ids. ' +
  "To order two changes of one record, compare the record's `version` where the event carries it.";

/** Description of every subscription's `after` argument. */
export const RESUME_AFTER = 'Resume after this event id (the last `eventId` received, an opaque position): the events missed since it come first, in delivery order, then live ones.';
