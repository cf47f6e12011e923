/** The operation asks for something the compiled path does not answer alike: the general path answers it. */
export class NotCompiled extends Error {}
