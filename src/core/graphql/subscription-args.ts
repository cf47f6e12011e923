/** Description of every subscription's `after` argument. */
export const RESUME_AFTER = 'Resume after this event id (the last `eventId` received): missed events come first, in order, then live ones.';
