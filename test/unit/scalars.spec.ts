import { Kind } from 'graphql';
import { DateScalar, DecimalScalar } from '../../src/core/graphql/scalars';

describe('Decimal scalar', () => {
  it.each(['0', '12.500', '-3.25', '99999999999999.999999', '0.000001'])('accepts %p unchanged (exact, string-encoded)', (v) => {
    expect(DecimalScalar.parseValue(v)).toBe(v);
    expect(DecimalScalar.parseLiteral({ kind: Kind.STRING, value: v })).toBe(v);
  });

  it.each([12.5, '1e3', '01.5', '.5', '1.', 'NaN', '1,5', '', '123456789012345', '0.0000001', '1.0000005', '1e309'])('refuses %p', (v) => {
    expect(() => DecimalScalar.parseValue(v)).toThrow(/Decimal/);
  });

  it('refuses float literals in queries', () => {
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' })).toThrow(/strings/);
  });

  it('serializes one canonical form, whatever the stored scale', () => {
    expect(DecimalScalar.serialize('10.000')).toBe('10');
    expect(DecimalScalar.serialize('120.500000')).toBe('120.5');
    expect(DecimalScalar.serialize('-0.000')).toBe('0');
    expect(DecimalScalar.serialize('100')).toBe('100');
  });
});

describe('Date scalar', () => {
  it('accepts calendar dates and keeps them without a time zone shift', () => {
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(DateScalar.serialize('2026-12-31')).toBe('2026-12-31');
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-01-01T00:00:00Z'])('refuses %p', (v) => {
    expect(() => DateScalar.parseValue(v)).toThrow();
  });
});
