import { RequestContext } from '../core/context';
import type { Platform } from '../core/platform';
import type { Principal } from '../core/auth/principal';
import { addDays, todayUtc } from '../core/dates';
import { SignatureMeaning } from '../core/signatures/signature-meaning';
import { DEMO_SIGNING_PASSWORD, DEMO_USERS, demoSupplierIdOf } from './demo-people';

/** The reason recorded on demo master data. */
export const SEED_REASON = 'Demo plant set-up';

/**
 * What the demo seed steps share: the platform, the people (each step runs as the person who
 * would do it, so authors, inspectors and signers differ as the rules demand) and the ids of
 * what earlier steps created, by code.
 */
export class DemoPlant {
  readonly today = todayUtc();
  readonly ids = new Map<string, string>();

  constructor(readonly platform: Platform) {}

  /** A request as the demo user with this subject. */
  as(subject: string): RequestContext {
    const user = DEMO_USERS.find((u) => u.subject === subject);
    if (!user) throw new Error(`No demo user ${subject}`);
    const principal: Principal = {
      kind: 'user',
      id: user.subject,
      name: user.printedName,
      roles: [...user.roles],
      supplierId: demoSupplierIdOf(user),
      siteIds: [],
    };
    return RequestContext.create(this.platform, principal, this.platform.log, `seed-demo-${subject}`);
  }

  /** A date `days` from today (negative: before), YYYY-MM-DD. */
  day(days: number): string {
    return addDays(this.today, days);
  }

  sign(meaning: keyof typeof SignatureMeaning, reason: string) {
    return { password: DEMO_SIGNING_PASSWORD, meaning: SignatureMeaning[meaning], reason };
  }

  id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`Demo seed: nothing created as ${key} yet`);
    return id;
  }

  remember<T extends { id: string }>(key: string, record: T): T {
    this.ids.set(key, record.id);
    return record;
  }
}
