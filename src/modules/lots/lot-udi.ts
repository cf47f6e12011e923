import type { LotEntity } from './lot.entity';

const yymmdd = (date: string) => date.slice(2).replace(/-/g, '');

/** The lot's UDI as a parenthesised GS1 element string. */
export function lotUdi(gtin: string, lot: Pick<LotEntity, 'manufacturedOn' | 'expiresOn' | 'lotNumber' | 'serialNumber'>): string {
  return [
    `(01)${gtin}`,
    lot.manufacturedOn ? `(11)${yymmdd(lot.manufacturedOn)}` : '',
    lot.expiresOn ? `(17)${yymmdd(lot.expiresOn)}` : '',
    `(10)${lot.lotNumber}`,
    lot.serialNumber ? `(21)${lot.serialNumber}` : '',
  ].join('');
}

/** A production identifier in a scanned UDI that the lot's record contradicts, named by its GS1 AI. */
export interface UdiMismatch {
  ai: '11' | '17' | '21';
  message: string;
}

type LotIdentifiers = Pick<LotEntity, 'manufacturedOn' | 'expiresOn' | 'lotNumber' | 'serialNumber'>;

/**
 * A label whose (11), (17) or (21) differs from the lot's record (or names one the record lacks)
 * is not this lot's label: reading it as the lot would tie a wrong date or unit to it.
 */
export function udiMismatch(udi: { manufacturedOn: string | null; expiresOn: string | null; serial: string | null }, lot: LotIdentifiers): UdiMismatch | null {
  const checks: [UdiMismatch['ai'], string, string | null, string | null][] = [
    ['11', 'production date', udi.manufacturedOn, lot.manufacturedOn],
    ['17', 'expiry date', udi.expiresOn, lot.expiresOn],
    ['21', 'serial number', udi.serial, lot.serialNumber],
  ];
  for (const [ai, what, scanned, recorded] of checks) {
    if (scanned === null || scanned === recorded) continue;
    const record = recorded === null ? `records no ${what}` : `has ${what} ${recorded}`;
    return { ai, message: `The UDI's (${ai}) ${what} ${scanned} does not match lot ${lot.lotNumber}, which ${record}` };
  }
  return null;
}
