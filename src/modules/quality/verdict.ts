import { CharacteristicKind, InspectionVerdict } from './quality.enums';

export interface CharacteristicRule {
  id: string;
  name: string;
  kind: CharacteristicKind;
  lowerLimit: string | null;
  upperLimit: string | null;
}

export interface ReadingValue {
  characteristicId: string;
  sampleNo: number;
  value: string | null;
  accepted: boolean | null;
}

export type VerdictResult = { complete: false; missing: string[] } | { complete: true; verdict: InspectionVerdict; failures: string[] };

/** Exact comparison of decimal strings (numeric(20,6) values), without floating point. */
export function compareDecimal(a: string, b: string): number {
  const norm = (s: string) => {
    const negative = s.startsWith('-');
    const [int, frac = ''] = (negative ? s.slice(1) : s).split('.');
    return { negative, int: int.replace(/^0+(?=\d)/, ''), frac: frac.padEnd(10, '0') };
  };
  const x = norm(a);
  const y = norm(b);
  const sign = x.negative && !y.negative ? -1 : !x.negative && y.negative ? 1 : 0;
  if (sign !== 0 && !(Number(a) === 0 && Number(b) === 0)) return sign;
  const magnitude = x.int.length !== y.int.length ? x.int.length - y.int.length : (x.int + x.frac).localeCompare(y.int + y.frac);
  const cmp = Math.sign(magnitude);
  return x.negative ? -cmp : cmp;
}

/**
 * The verdict from the readings, never from the client: every characteristic needs a reading
 * for every sample; any value outside its limits or any rejected attribute fails the lot.
 */
export function computeVerdict(characteristics: CharacteristicRule[], sampleSize: number, readings: ReadingValue[]): VerdictResult {
  const missing: string[] = [];
  const failures: string[] = [];
  for (const c of characteristics) {
    for (let sample = 1; sample <= sampleSize; sample++) {
      const r = readings.find((x) => x.characteristicId === c.id && x.sampleNo === sample);
      if (!r) {
        missing.push(`${c.name} sample ${sample}`);
        continue;
      }
      if (c.kind === CharacteristicKind.QUALITATIVE && r.accepted === false) failures.push(`${c.name} sample ${sample} rejected`);
      if (c.kind === CharacteristicKind.QUANTITATIVE && r.value !== null && (compareDecimal(r.value, c.lowerLimit as string) < 0 || compareDecimal(r.value, c.upperLimit as string) > 0)) {
        failures.push(`${c.name} sample ${sample} = ${r.value} outside [${c.lowerLimit}, ${c.upperLimit}]`);
      }
    }
  }
  if (missing.length > 0) return { complete: false, missing };
  return { complete: true, verdict: failures.length > 0 ? InspectionVerdict.FAIL : InspectionVerdict.PASS, failures };
}
