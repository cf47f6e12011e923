import { retryDelayMs } from '../../src/modules/webhooks/webhook-backoff';
import { isInternalAddress, resolvesToPublicAddresses } from '../../src/modules/webhooks/webhook-target';
import { signatureHeader, verifySignatureHeader } from '../../src/modules/webhooks/webhook-signature';
import { projectEventFor } from '../../src/core/events/event-projection';
import { defineAbilityFor } from '../../src/core/authz/ability';
import type { Principal } from '../../src/core/auth/principal';
import type { PublishedEvent } from '../../src/core/events/domain-event';

const who = (roles: Principal['roles'], extra: Partial<Principal> = {}): Principal => ({ kind: 'user', id: 'u', name: 'U', roles, siteIds: [], ...extra });

describe('webhook signatures', () => {
  const body = '{"id":"1","type":"LotStatusChanged"}';

  it('verify with the secret, the body and a recent timestamp only', () => {
    const header = signatureHeader('s3cret-s3cret-s3cret', 1_700_000_000, body);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifySignatureHeader('s3cret-s3cret-s3cret', header, body, 1_700_000_010)).toBe(true);
    expect(verifySignatureHeader('another-secret-xx', header, body, 1_700_000_010)).toBe(false);
    expect(verifySignatureHeader('s3cret-s3cret-s3cret', header, `${body} `, 1_700_000_010)).toBe(false);
    expect(verifySignatureHeader('s3cret-s3cret-s3cret', header, body, 1_700_001_000)).toBe(false);
    expect(verifySignatureHeader('s3cret-s3cret-s3cret', 'garbage', body, 1_700_000_010)).toBe(false);
  });
});

describe('webhook backoff', () => {
  it('grows exponentially within jitter bounds and caps at an hour', () => {
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, () => 1)).toBe(4000);
    expect(retryDelayMs(3, 1000, () => 0)).toBe(400);
    expect(retryDelayMs(40, 1000, () => 1)).toBe(3_600_000);
  });
});

describe('event projection for a webhook owner', () => {
  const customerEvent: PublishedEvent = {
    id: '7',
    type: 'CustomerChanged',
    aggregateType: 'Customer',
    aggregateId: 'cus_1',
    occurredAt: new Date('2026-11-25T00:00:00Z'),
    requestId: null,
    payload: { kind: 'UPDATED', record: { id: 'cus_1', code: 'HOSP', name: 'City Hospital', contactName: 'Dr. Li', contactEmail: 'li@example.com', contactPhone: '1' } },
  };
  const lotEvent = (supplierId: string): PublishedEvent => ({
    id: '8',
    type: 'LotStatusChanged',
    aggregateType: 'Lot',
    aggregateId: 'lot_1',
    occurredAt: new Date(),
    requestId: null,
    payload: { status: 'RELEASED', record: { id: 'lot_1', supplierId, lotNumber: 'L-1' } },
  });

  it('drops the fields the owner may not read', () => {
    const data = projectEventFor(defineAbilityFor(who(['BI_READER'])), customerEvent)!.data as { record: Record<string, unknown> };
    expect(Object.keys(data.record).sort()).toEqual(['code', 'id', 'name']);
    const full = projectEventFor(defineAbilityFor(who(['ADMIN'])), customerEvent)!.data as { record: Record<string, unknown> };
    expect(full.record.contactEmail).toBe('li@example.com');
  });

  it('drops whole events about rows the owner may not read', () => {
    const supplier = defineAbilityFor(who(['SUPPLIER'], { supplierId: 'sup_a' }));
    expect(projectEventFor(supplier, lotEvent('sup_a'))).not.toBeNull();
    expect(projectEventFor(supplier, lotEvent('sup_b'))).toBeNull();
    expect(projectEventFor(defineAbilityFor(who(['WAREHOUSE'])), customerEvent)).toBeNull();
  });

  it('deliver a stock movement only to readers of its site', () => {
    const moved: PublishedEvent = {
      id: '9',
      type: 'StockMoved',
      aggregateType: 'StockMovement',
      aggregateId: 'mov_1',
      occurredAt: new Date(),
      requestId: null,
      payload: { movementId: 'mov_1', lotId: 'lot_1', type: 'ISSUE', quantity: '2', record: { id: 'mov_1', lotId: 'lot_1', siteId: 'site_a', quantity: '2' } },
    };
    expect(projectEventFor(defineAbilityFor(who(['WAREHOUSE'], { siteIds: ['site_a'] })), moved)?.data).toMatchObject({ lotId: 'lot_1', record: { siteId: 'site_a' } });
    expect(projectEventFor(defineAbilityFor(who(['WAREHOUSE'], { siteIds: ['site_b'] })), moved)).toBeNull();
    expect(projectEventFor(defineAbilityFor(who(['INTEGRATION'])), moved)).not.toBeNull();
  });
});

describe('webhook targets in production', () => {
  it('refuse this host, private networks and cloud metadata', async () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:10.0.0.1',
      '0.0.0.0',
      '64:ff9b::a00:1',
      '2002:a00:1::1',
      '::a00:1',
      'fec0::1',
      'ff02::1',
      '224.0.0.1',
      '255.255.255.255',
      '198.18.0.1',
      '192.0.0.8',
    ]) {
      expect([ip, isInternalAddress(ip)]).toEqual([ip, true]);
    }
    for (const ip of ['8.8.8.8', '2001:4860:4860::8888', '203.0.113.7']) expect([ip, isInternalAddress(ip)]).toEqual([ip, false]);
    expect(await resolvesToPublicAddresses('localhost')).toBe(false);
    expect(await resolvesToPublicAddresses('[::1]')).toBe(false);
    expect(await resolvesToPublicAddresses('93.184.215.14')).toBe(true);
  });
});
