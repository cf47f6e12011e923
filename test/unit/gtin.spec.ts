import { gtinCheckDigit, normalizeGtin } from '../../src/core/gs1/gtin';

describe('GTIN check digits', () => {
  it.each([
    ['04012345678901', '04012345678901'],
    ['4012345678901', '04012345678901'], // GTIN-13
    ['012345678905', '00012345678905'], // GTIN-12 (UPC-A)
    ['96385074', '00000096385074'], // GTIN-8
    ['10614141000415', '10614141000415'], // GS1 example, indicator digit 1
  ])('accepts %s as %s', (input, expected) => {
    expect(normalizeGtin(input)).toBe(expected);
  });

  it.each(['04012345678902', '0401234567890', '4012345678', 'ABCDEFGHIJKLMN', '', '040123456789012'])('refuses %p', (input) => {
    expect(normalizeGtin(input)).toBeNull();
  });

  it('computes the mod-10 check digit with weights 3,1,3,... from the left of the 13 leading digits', () => {
    expect(gtinCheckDigit('0401234567890')).toBe(1);
    expect(gtinCheckDigit('1061414100041')).toBe(5);
  });
});
