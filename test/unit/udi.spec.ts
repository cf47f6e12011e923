import { parseUdi } from '../../src/core/gs1/udi';

const GS = String.fromCharCode(29);

describe('GS1 UDI parsing', () => {
  it('reads the parenthesised form', () => {
    expect(parseUdi('(01)04012345678901(17)261230(10)ABC123')).toEqual({
      ok: true, udi: { gtin: '04012345678901', expiresOn: '2026-12-30', lot: 'ABC123', serial: null, manufacturedOn: null },
    });
  });

  it('reads the raw form with FNC1 (ASCII 29) after variable-length elements, with a symbology prefix', () => {
    const raw = `]d20104012345678901112501011726120010LOT-7${GS}21SN0042`;
    expect(parseUdi(raw)).toEqual({
      ok: true, udi: { gtin: '04012345678901', manufacturedOn: '2025-01-01', expiresOn: '2026-12-31', lot: 'LOT-7', serial: 'SN0042' },
    });
  });

  it('accepts a leading group separator', () => {
    expect(parseUdi(`${GS}010401234567890110ABC`)).toMatchObject({ ok: true, udi: { lot: 'ABC' } });
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
