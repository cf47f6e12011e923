import { renderBatchRecordPdf } from '../../src/modules/records/batch-record.pdf';
import { printable } from '../../src/modules/records/batch-record-font';
import { SiteClock } from '../../src/modules/records/site-clock';
import type { DeviceHistoryRecord } from '../../src/modules/records/device-history-record.types';
import type { ElectronicSignature } from '../../src/core/signatures/signature.types';
import { LotOrigin, LotStatus } from '../../src/modules/lots/lot.enums';
import { SignatureMeaning } from '../../src/core/signatures/signature-meaning';
import { pdfContent, pdfText } from '../support/pdf-text';

const at = new Date('2026-03-01T20:30:00Z');
const MATERIAL_NAME = '聚氨酯中心静脉导管（双腔）';
const COMPANY = '苏州示例医疗器械有限公司';

function signature(n: number, printedName = `Signer ${String(n).padStart(2, '0')}`): ElectronicSignature {
  const id = String(n).padStart(2, '0');
  return {
    id: `sig_${id}`,
    recordType: 'Lot',
    recordId: 'lot_1',
    recordVersion: n,
    contentHash: `${id}${'c'.repeat(62)}`,
    meaning: SignatureMeaning.RELEASED,
    reason: `Review step ${id}: batch record, line clearance, labelling and the sterilisation certificate checked against the master record`,
    printedName,
    signerId: `usr_${id}`,
    signedAt: new Date(at.getTime() + n * 60_000),
  };
}

function record(overrides: { signatures?: ElectronicSignature[]; statusChanges?: number; companyName?: string | null; timeZone?: string } = {}): DeviceHistoryRecord {
  return {
    generatedAt: at,
    companyName: overrides.companyName === undefined ? COMPANY : overrides.companyName,
    lot: {
      id: 'lot_1',
      lotNumber: 'FIN-001',
      supplierLotNumber: null,
      materialId: 'mat_1',
      materialCode: 'FIN',
      materialName: MATERIAL_NAME,
      materialRevision: 'B',
      materialCurrentRevision: 'C',
      udi: null,
      status: LotStatus.RELEASED,
      statusReason: null,
      origin: LotOrigin.WORK_ORDER,
      supplierId: null,
      supplierCode: null,
      supplierName: null,
      workOrderId: 'wo_1',
      workOrderNumber: 'WO-1',
      workOrderStatus: null,
      bomId: 'bom_1',
      bomRevision: 'D',
      siteCode: 'SZ',
      siteName: '苏州工厂',
      siteTimeZone: overrides.timeZone ?? 'Asia/Shanghai',
      serialNumber: null,
      manufacturedOn: '2026-03-01',
      expiresOn: null,
      releasedAt: at,
      releasedBy: 'Zoë Brandt',
      createdBy: 'Anna Operator',
      createdAt: at,
      version: 3,
    },
    statusHistory: Array.from({ length: overrides.statusChanges ?? 1 }, (_, i) => ({
      from: i === 0 ? null : LotStatus.ON_HOLD,
      to: i === 0 ? LotStatus.QUARANTINE : LotStatus.RELEASED,
      changedAt: new Date(at.getTime() + i * 1000),
      changedBy: `Changer ${String(i).padStart(2, '0')}`,
      changedById: `usr_${i}`,
      action: i === 0 ? 'CREATE' : 'STATUS_CHANGE',
      reason: `Hold ${String(i).padStart(2, '0')} released after the complaint investigation found no product defect in this lot or its components`,
    })),
    quantities: { unit: 'EA', made: '5', released: '5', consumed: '0', shipped: '0', scrapped: '0', sampled: '0', returned: '0', adjustedIn: '0', adjustedOut: '0', onHand: '5' },
    components: [],
    operators: [],
    equipment: [],
    inspections: [],
    nonconformances: [],
    signatures: overrides.signatures ?? [signature(1, 'Zoë Brandt')],
  };
}

/** The page (0-based) whose text contains the fragment; fails the test when none or several do. */
function pageOf(pages: string[], fragment: string): number {
  const found = pages.flatMap((text, i) => (text.includes(fragment) ? [i] : []));
  expect({ fragment, pages: found }).toEqual({ fragment, pages: [expect.any(Number)] });
  return found[0];
}

describe('site clock', () => {
  it("prints UTC with the site's wall clock and its offset at that instant, across dates and summer time", () => {
    expect(new SiteClock('Asia/Shanghai').format(at)).toBe('2026-03-01 20:30:00 UTC (local 2026-03-02 04:30:00 +08:00)');
    expect(new SiteClock('Europe/Berlin').format(new Date('2026-07-01T12:00:00Z'))).toBe('2026-07-01 12:00:00 UTC (local 2026-07-01 14:00:00 +02:00)');
    expect(new SiteClock('Europe/Berlin').format(new Date('2026-01-01T12:00:00Z'))).toBe('2026-01-01 12:00:00 UTC (local 2026-01-01 13:00:00 +01:00)');
    expect(new SiteClock('UTC').format(at)).toBe('2026-03-01 20:30:00 UTC (local 2026-03-01 20:30:00 +00:00)');
    expect(new SiteClock('UTC').format(null)).toBe('-');
  });
});

describe('batch record PDF', () => {
  it('keeps Chinese, accented Latin, euro and dashes, and replaces only what the embedded font has no glyph for', () => {
    expect(printable(`张伟 Zoë Müller – 5 € ±0.05 mm ℃ ${MATERIAL_NAME}`)).toEqual({ text: `张伟 Zoë Müller – 5 € ±0.05 mm ℃ ${MATERIAL_NAME}`, replaced: false });
    expect(printable('김민준 line\nbreak')).toEqual({ text: '??? line break', replaced: true });
  });

  it('prints a Chinese material name, site, company and signer exactly as recorded, with Latin text beside them', async () => {
    const text = await pdfText(await renderBatchRecordPdf(record({ signatures: [signature(1, '张伟'), signature(2, 'Zoë Brandt')] })));
    expect(text).toContain(`FIN - ${MATERIAL_NAME}`);
    expect(text).toContain('SZ - 苏州工厂, time zone Asia/Shanghai');
    expect(text).toContain(COMPANY);
    expect(text).toContain('张伟 - RELEASED');
    expect(text).toContain('Zoë Brandt - RELEASED');
    expect(text).not.toContain('?');
    expect(text).not.toContain('no glyph');
  });

  it('says so when a character could not be printed', async () => {
    const text = await pdfText(await renderBatchRecordPdf(record({ signatures: [signature(1, '김민준')] })));
    expect(text).toContain('??? - RELEASED');
    expect(text).toContain('the embedded font has no glyph for');
  });

  it('prints the material revision at manufacture with the current one, the BOM revision, and each time in UTC and site time', async () => {
    const text = await pdfText(await renderBatchRecordPdf(record()));
    expect(text).toContain('B (current revision C)');
    expect(text).toContain('BOM revision used');
    expect(text).toContain('(created) → QUARANTINE, 2026-03-01 20:30:00 UTC (local 2026-03-02 04:30:00 +08:00)');
    expect(text).toContain('By Changer 00 (usr_0), CREATE; reason: Hold 00');
    expect(text).toContain('Zoë Brandt - RELEASED - 2026-03-01 20:31:00 UTC (local 2026-03-02 04:31:00 +08:00)');
  });

  it('heads every page with the company, document, lot, revisions, generation time in UTC and site time, and page x of y', async () => {
    const { pages } = await pdfContent(await renderBatchRecordPdf(record({ signatures: Array.from({ length: 40 }, (_, i) => signature(i + 1)) })));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain(COMPANY);
      expect(page).toContain('Batch record (device history record, ISO 13485 7.5.1)');
      expect(page).toContain('Document BR-FIN-FIN-001 | Lot FIN-001 | Material FIN rev B | BOM rev D | Lot record version 3');
      expect(page).toContain('Generated 2026-03-01 20:30:00 UTC (local 2026-03-02 04:30:00 +08:00) | Site SZ, time zone Asia/Shanghai');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('says in the header when no company is configured', async () => {
    expect(await pdfText(await renderBatchRecordPdf(record({ companyName: null })))).toContain('Company not configured (COMPANY_NAME)');
  });

  it('never splits a signature block across pages', async () => {
    const signatures = Array.from({ length: 60 }, (_, i) => signature(i + 1));
    const { pages } = await pdfContent(await renderBatchRecordPdf(record({ signatures })));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const s of signatures) {
      const page = pageOf(pages, `${s.printedName} - RELEASED`);
      expect({ signature: s.printedName, page: pageOf(pages, `step ${s.id.slice(4)}: batch record`) }).toEqual({ signature: s.printedName, page });
      expect({ signature: s.printedName, page: pageOf(pages, s.contentHash) }).toEqual({ signature: s.printedName, page });
    }
    expect(pageOf(pages, 'Electronic signatures')).toBe(pageOf(pages, 'Signer 01 - RELEASED'));
  });

  it('never splits a status change across pages, nor leaves a heading without its first entry', async () => {
    const { pages } = await pdfContent(await renderBatchRecordPdf(record({ statusChanges: 45 })));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < 45; i++) {
      const n = String(i).padStart(2, '0');
      const change = i === 0 ? '(created) → QUARANTINE, 2026-03-01 20:30:00 UTC' : `ON_HOLD → RELEASED, 2026-03-01 20:30:${n} UTC`;
      expect({ change: n, page: pageOf(pages, change) }).toEqual({ change: n, page: pageOf(pages, `By Changer ${n}`) });
    }
    expect(pageOf(pages, 'Lot status history')).toBe(pageOf(pages, '(created) → QUARANTINE'));
    expect(pageOf(pages, 'Quantity made vs released')).toBe(pageOf(pages, 'Made (received or produced)'));
  });
});
