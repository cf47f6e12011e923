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
