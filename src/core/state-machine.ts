/** One legal step of a lifecycle: who may take it and what it needs. */
export interface Transition<S extends string, R extends string> {
  from: S;
  to: S;
  allowedRoles: R[];
  requiresReason?: boolean;
  requiresSignature?: boolean;
}

export type TransitionCheck<S extends string, R extends string> =
  | { ok: true; transition: Transition<S, R> }
  | { ok: false; code: 'INVALID_TRANSITION' | 'FORBIDDEN' | 'VALIDATION_FAILED'; message: string };

/** A lifecycle as data: `check` answers whether `roles` may move a record from one state to another. */
export function transitionTable<S extends string, R extends string>(name: string, transitions: Transition<S, R>[]) {
  return {
    transitions,
    targetsFrom(from: S): S[] {
      return transitions.filter((t) => t.from === from).map((t) => t.to);
    },
    check(from: S, to: S, roles: readonly R[], reason?: string | null): TransitionCheck<S, R> {
      const transition = transitions.find((t) => t.from === from && t.to === to);
      if (!transition) return { ok: false, code: 'INVALID_TRANSITION', message: `${name} cannot go from ${from} to ${to}` };
      if (!transition.allowedRoles.some((r) => roles.includes(r))) {
        return { ok: false, code: 'FORBIDDEN', message: `Only ${transition.allowedRoles.join(', ')} may move a ${name} from ${from} to ${to}` };
      }
      if (transition.requiresReason && !reason?.trim()) {
        return { ok: false, code: 'VALIDATION_FAILED', message: `A reason is required to move a ${name} from ${from} to ${to}` };
      }
      return { ok: true, transition };
    },
  };
}
