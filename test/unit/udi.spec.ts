import { parseUdi } from '../../src/core/gs1/udi';
import { udiMismatch } from '../../src/modules/lots/lot-udi';

const GS = String.fromCharCode(29);

describe('GS1 UDI parsing', () => {
  it('reads the parenthesised form', () => {
    expect(parseUdi('(01)04012345678901(17)261230(10)ABC123')).toEqual({
      ok: true,
      udi: { gtin: '04012345678901', expiresOn: '2026-12-30', lot: 'ABC123', serial: null, manufacturedOn: null },
    });
  });

  it('reads the raw form with FNC1 (ASCII 29) after variable-length elements, with a symbology prefix', () => {
    const raw = `]d20104012345678901112501011726120010LOT-7${GS}21SN0042`;
    expect(parseUdi(raw)).toEqual({
      ok: true,
      udi: { gtin: '04012345678901', manufacturedOn: '2025-01-01', expiresOn: '2026-12-31', lot: 'LOT-7', serial: 'SN0042' },
    });
  });

  it('accepts a leading group separator', () => {
    expect(parseUdi(`${GS}010401234567890110ABC`)).toMatchObject({ ok: true, udi: { lot: 'ABC' } });
  });

  it('reads the human-readable form typed with spaces and the literal <GS> of keyboard-wedge scanners', () => {
    const expected = { ok: true, udi: { gtin: '04012345678901', manufacturedOn: null, expiresOn: '2026-12-31', lot: 'LOT-7', serial: 'SN0042' } };
    expect(parseUdi(' (01) 04012345678901 (17) 261200 (10) LOT-7 (21) SN0042 ')).toEqual(expected);
    expect(parseUdi(']d2010401234567890117261200 10LOT-7<GS>21SN0042')).toEqual(expected);
    expect(parseUdi('010401234567890117261200 10LOT-7<gs>21SN0042')).toEqual(expected);
  });

  it.each([
    ['(01)04012345678902(10)X', /check digit/],
    ['(10)ABC123', /no \(01\)/],
    ['(01)0401234(10)X', /Not a GS1/],
    ['hello', /Not a GS1/],
    ['   ', /empty/],
  ])('refuses %p', (input, message) => {
    const result = parseUdi(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('a scanned UDI against the lot record', () => {
  const lot = { lotNumber: 'L1', manufacturedOn: '2026-01-02', expiresOn: '2027-01-31', serialNumber: 'SN1' };
  const none = { manufacturedOn: null, expiresOn: null, serial: null };

  it('accepts a label that carries none or all of the matching identifiers', () => {
    expect(udiMismatch(none, lot)).toBeNull();
    expect(udiMismatch({ manufacturedOn: '2026-01-02', expiresOn: '2027-01-31', serial: 'SN1' }, lot)).toBeNull();
  });

  it.each([
    ['11', { ...none, manufacturedOn: '2026-01-03' }],
    ['17', { ...none, expiresOn: '2027-01-30' }],
    ['21', { ...none, serial: 'SN2' }],
  ] as const)('names AI (%s) when it differs', (ai, scanned) => {
    expect(udiMismatch(scanned, lot)?.ai).toBe(ai);
  });

  it.each([
    ['11', { ...none, manufacturedOn: '2026-01-02' }],
    ['17', { ...none, expiresOn: '2027-01-31' }],
    ['21', { ...none, serial: 'SN1' }],
  ] as const)('names AI (%s) when the lot records none', (ai, scanned) => {
    expect(udiMismatch(scanned, { lotNumber: 'L2', manufacturedOn: null, expiresOn: null, serialNumber: null })?.ai).toBe(ai);
  });
});
