import { renderBatchRecordPdf } from '../../src/modules/records/batch-record.pdf';
import { toWinAnsi } from '../../src/modules/records/win-ansi';
import type { DeviceHistoryRecord } from '../../src/modules/records/device-history-record.types';
import { LotOrigin, LotStatus } from '../../src/modules/lots/lot.enums';
import { SignatureMeaning } from '../../src/core/signatures/signature-meaning';
import { pdfText } from '../support/pdf-text';

const at = new Date('2026-03-01T08:30:00Z');

function recordSignedBy(printedName: string): DeviceHistoryRecord {
  return {
    generatedAt: at,
    lot: {
      id: 'lot_1', lotNumber: 'FIN-001', supplierLotNumber: null, materialId: 'mat_1', materialCode: 'FIN', materialName: 'Catheter', udi: null,
      status: LotStatus.RELEASED, statusReason: null, origin: LotOrigin.WORK_ORDER, supplierId: null, supplierCode: null, supplierName: null,
      workOrderId: 'wo_1', workOrderNumber: 'WO-1', workOrderStatus: null, siteCode: 'P1', serialNumber: null, manufacturedOn: '2026-03-01',
      expiresOn: null, releasedAt: at, releasedBy: printedName, createdBy: 'Anna Operator', createdAt: at, version: 3,
    },
    quantities: { unit: 'EA', made: '5', released: '5', consumed: '0', shipped: '0', scrapped: '0', sampled: '0', returned: '0', adjustedIn: '0', adjustedOut: '0', onHand: '5' },
    components: [], operators: [], equipment: [], inspections: [], nonconformances: [],
    signatures: [{
      id: 'sig_1', recordType: 'Lot', recordId: 'lot_1', recordVersion: 3, contentHash: 'ab'.repeat(32), meaning: SignatureMeaning.RELEASED,
      reason: 'Batch reviewed', printedName, signerId: 'usr_1', signedAt: at,
    }],
  };
}

describe('batch record PDF', () => {
  it('keeps WinAnsi text (accents, euro, dashes) and replaces what the standard fonts cannot show', () => {
    expect(toWinAnsi('Jürgen Müller – 5 €')).toEqual({ text: 'Jürgen Müller – 5 €', replaced: false });
    expect(toWinAnsi('张伟 Łukasz')).toEqual({ text: '?? ?ukasz', replaced: true });
  });

  it('prints a Latin signer as is, and says so when a printed name could not be shown', async () => {
    const latin = await pdfText(await renderBatchRecordPdf(recordSignedBy('Zoë Brandt')));
    expect(latin).toContain('Zoë Brandt - RELEASED');
    expect(latin).not.toContain('outside the PDF font');
    const chinese = await pdfText(await renderBatchRecordPdf(recordSignedBy('张伟')));
    expect(chinese).toContain('?? - RELEASED');
    expect(chinese).toContain('outside the PDF font');
  });
});
