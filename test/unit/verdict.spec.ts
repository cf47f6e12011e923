import { compareDecimal, computeVerdict } from '../../src/modules/quality/verdict';
import { CharacteristicKind } from '../../src/modules/quality/quality.enums';

const diameter = { id: 'c1', name: 'Diameter', kind: CharacteristicKind.QUANTITATIVE, lowerLimit: '2.300000', upperLimit: '2.400000' };
const visual = { id: 'c2', name: 'Visual', kind: CharacteristicKind.QUALITATIVE, lowerLimit: null, upperLimit: null };

describe('inspection verdicts', () => {
  it('passes when every sample of every characteristic is within limits or accepted, limits included', () => {
    const readings = [
      { characteristicId: 'c1', sampleNo: 1, value: '2.3', accepted: null },
      { characteristicId: 'c1', sampleNo: 2, value: '2.400000', accepted: null },
      { characteristicId: 'c2', sampleNo: 1, value: null, accepted: true },
      { characteristicId: 'c2', sampleNo: 2, value: null, accepted: true },
    ];
    expect(computeVerdict([diameter, visual], 2, readings)).toEqual({ complete: true, verdict: 'PASS', failures: [] });
  });

  it('fails on a value outside the limits or a rejected attribute, and names them', () => {
    const readings = [
      { characteristicId: 'c1', sampleNo: 1, value: '2.4000001', accepted: null },
      { characteristicId: 'c2', sampleNo: 1, value: null, accepted: false },
    ];
    const result = computeVerdict([diameter, visual], 1, readings);
    expect(result).toMatchObject({ complete: true, verdict: 'FAIL' });
    expect(result.complete && result.failures).toEqual(['Diameter sample 1 = 2.4000001 outside [2.300000, 2.400000]', 'Visual sample 1 rejected']);
  });

  it('is incomplete until every sample is read', () => {
    expect(computeVerdict([diameter], 2, [{ characteristicId: 'c1', sampleNo: 1, value: '2.35', accepted: null }])).toEqual({ complete: false, missing: ['Diameter sample 2'] });
  });

  it.each([
    ['2.3', '2.300000', 0],
    ['2.29999', '2.3', -1],
    ['10', '9.999', 1],
    ['-1.5', '-1.4', -1],
    ['-0.1', '0.1', -1],
    ['0', '-0', 0],
  ])('compares %s and %s exactly', (a, b, expected) => {
    expect(compareDecimal(a, b)).toBe(expected);
  });
});
