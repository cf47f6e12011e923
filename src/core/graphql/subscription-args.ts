/**
 * Description of every subscription event's `eventId`. Relays deliver in the order events were
 * numbered once committed (migration OutboxCommitSequence); ids are taken before commit, so they
 * do not ascend across transactions.
 */
export const EVENT_ID =
  'Opaque resume position of this event: pass the last one received as `after` to resume without loss or repetition. ' +
  'Events arrive grouped by the transaction that committed them, in the order each transaction recorded them, ' +
  'and the changes of one record in the order they were committed; across records they are not in ascending `eventId` order, ' +
  "so never compare or sort event ids. To order two changes of one record yourself, compare the record's `version` where the event carries it.";

/** Description of every subscription's `after` argument. */
export const RESUME_AFTER = 'Resume after this event id (the last `eventId` received, an opaque position): the events missed since it come first, in delivery order, then live ones.';
