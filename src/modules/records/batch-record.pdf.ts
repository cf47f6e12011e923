import { canonicalDecimal } from '../../core/graphql/scalars';
import { Disposition } from '../quality/quality.enums';
import { BatchRecordWriter, type Row } from './batch-record-layout';
import type { DeviceHistoryInspection, DeviceHistoryNonconformance, DeviceHistoryReading } from './device-history-quality.types';
import type { DeviceHistoryQuantities, DeviceHistoryRecord } from './device-history-record.types';
import { SiteClock } from './site-clock';

const qty = (q: string | null, unit: string) => (q === null ? '-' : `${canonicalDecimal(q)} ${unit}`);
const orDash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '-' : String(v));
const positive = (q: string) => !q.startsWith('-') && /[1-9]/.test(q);

/** The document's identifier: one batch record per lot of a material. */
export const batchRecordId = (record: DeviceHistoryRecord) => `BR-${record.lot.materialCode}-${record.lot.lotNumber}`;

/** Prints one record; every time in it is UTC with the site's local time beside it. */
class BatchRecordPrinter {
  readonly w = new BatchRecordWriter();
  private readonly clock: SiteClock;

  constructor(private readonly record: DeviceHistoryRecord) {
    this.clock = new SiteClock(record.lot.siteTimeZone);
  }

  private time(at: Date | null): string {
    return this.clock.format(at);
  }

  lot(): void {
    const { lot } = this.record;
    this.w.title(`Batch record - lot ${lot.lotNumber}`);
    this.w.block([{ text: `Device history record (ISO 13485 7.5.1) of ${lot.materialCode} ${lot.materialName}` }]);
    this.w.heading('Lot and product');
    const revision = lot.materialRevision === lot.materialCurrentRevision ? lot.materialRevision : `${lot.materialRevision} (current revision ${lot.materialCurrentRevision})`;
    this.w.fields([
      ['Lot number', lot.lotNumber],
      ['Material', `${lot.materialCode} - ${lot.materialName}`],
      ['Material revision at manufacture', revision],
      ...(lot.workOrderNumber ? [['Work order', `${lot.workOrderNumber} (${orDash(lot.workOrderStatus)})`] as [string, string]] : []),
      ...(lot.origin === 'WORK_ORDER' ? [['BOM revision used', orDash(lot.bomRevision)] as [string, string]] : []),
      ...(lot.supplierCode ? [['Supplier', `${lot.supplierCode} - ${lot.supplierName} (supplier lot ${orDash(lot.supplierLotNumber)})`] as [string, string]] : []),
      ['UDI', orDash(lot.udi)],
      ['Status', lot.statusReason ? `${lot.status} (${lot.statusReason})` : lot.status],
      ['Origin', lot.origin],
      ['Site', `${lot.siteCode} - ${lot.siteName}, time zone ${lot.siteTimeZone}`],
      ['Serial number', orDash(lot.serialNumber)],
      ['Manufactured on', orDash(lot.manufacturedOn)],
      ['Expires on', orDash(lot.expiresOn)],
      [lot.origin === 'RECEIPT' ? 'Received by' : 'Produced by', `${lot.createdBy}, ${this.time(lot.createdAt)}`],
      ['Last released', lot.releasedAt ? `${this.time(lot.releasedAt)} by ${orDash(lot.releasedBy)}` : 'never'],
      ['Lot record version', String(lot.version)],
    ]);
  }

  statusHistory(): void {
    this.w.heading('Lot status history');
    if (this.record.statusHistory.length === 0) this.w.none();
    for (const s of this.record.statusHistory) {
      this.w.block([{ text: `${s.from ?? '(created)'} → ${s.to}, ${this.time(s.changedAt)}` }, { text: `By ${s.changedBy} (${s.changedById}), ${s.action}; reason: ${orDash(s.reason)}`, indent: 15 }]);
    }
  }

  quantities(): void {
    const q: DeviceHistoryQuantities = this.record.quantities;
    const { status } = this.record.lot;
    this.w.heading('Quantity made vs released (from the stock ledger)');
    this.w.fields([
      ['Made (received or produced)', qty(q.made, q.unit)],
      ['Released (on hand at the last release)', qty(q.released, q.unit)],
      ['Consumed', qty(q.consumed, q.unit)],
      ['Shipped', qty(q.shipped, q.unit)],
      ['Scrapped', qty(q.scrapped, q.unit)],
      ['Retained samples', qty(q.sampled, q.unit)],
      ['Returned to supplier', qty(q.returned, q.unit)],
      ['Count adjustments', `+${qty(q.adjustedIn, q.unit)} / -${qty(q.adjustedOut, q.unit)}`],
      ['On hand', qty(q.onHand, q.unit)],
    ]);
    if ((status === 'SCRAPPED' || status === 'RETURNED') && positive(q.onHand)) {
      this.w.block([{ text: `The lot is ${status}, but the stock ledger shows ${qty(q.onHand, q.unit)} still on hand: NOT WRITTEN OFF.` }]);
    }
  }

  production(): void {
    this.w.heading('Consumed components');
    if (this.record.components.length === 0) this.w.none();
    for (const c of this.record.components) {
      this.w.group(
        [{ text: `Lot ${c.lotNumber} of ${c.materialCode} - ${c.materialName}: ${qty(c.quantity, c.unit)}${c.supplierLotNumber ? ` (supplier lot ${c.supplierLotNumber})` : ''}` }],
        c.consumptions.map((k) => ({ text: `${qty(k.quantity, c.unit)} consumed ${this.time(k.consumedAt)} by ${k.consumedBy}${k.substitute ? ' (substitute)' : ''}`, indent: 15 })),
      );
    }
    this.w.heading('Operators');
    if (this.record.operators.length === 0) this.w.none();
    for (const o of this.record.operators) {
      const when = o.occurrences > 1 ? `${this.time(o.firstAt)} to ${this.time(o.lastAt)}` : this.time(o.firstAt);
      this.w.block([{ text: `${o.name} (${o.subject}): ${o.activity} x${o.occurrences}, ${when}` }]);
    }
  }

  equipment(): void {
    this.w.heading('Equipment and calibration state at use');
    if (this.record.equipment.length === 0) this.w.none();
    for (const use of this.record.equipment) {
      const e = use.equipment;
      const calibration = !e.calibrationRequired
        ? 'no calibration required'
        : e.calibrationRecordId
          ? `calibrated ${e.calibratedOn} ${e.calibrationResult}, due ${orDash(e.calibrationDueOn)}`
          : 'no calibration on record';
      this.w.block([
        { text: `${e.assetTag} - ${e.name}: ${calibration}; ${e.inCalibration ? 'IN CALIBRATION' : 'NOT IN CALIBRATION'} at use` },
        { text: `${use.readings} reading(s), ${this.time(use.firstUsedAt)} to ${this.time(use.lastUsedAt)}`, indent: 15 },
      ]);
    }
  }

  private reading(r: DeviceHistoryReading): Row {
    const result =
      r.kind === 'QUANTITATIVE'
        ? `${orDash(r.value && canonicalDecimal(r.value))} ${r.unit ?? ''} [${orDash(r.lowerLimit && canonicalDecimal(r.lowerLimit))}, ${orDash(r.upperLimit && canonicalDecimal(r.upperLimit))}]`
        : r.accepted
          ? 'accepted'
          : 'rejected';
    const used = r.equipment ? `, ${r.equipment.assetTag}${r.equipment.inCalibration ? '' : ' NOT IN CALIBRATION'}` : '';
    return { text: `${r.characteristic} #${r.sampleNo}: ${result} ${r.conforms ? 'OK' : 'NONCONFORMING'} (${r.recordedBy}, ${this.time(r.recordedAt)}${used})`, indent: 15 };
  }

  inspections(): void {
    this.w.heading('Inspections');
    const list: DeviceHistoryInspection[] = this.record.inspections;
    if (list.length === 0) this.w.none();
    for (const i of list) {
      this.w.group(
        [
          {
            text: `${i.type} inspection, plan version ${i.planVersion}: ${i.status}, verdict ${orDash(i.verdict)}; inspector ${orDash(i.inspectorName)}${i.completedBy ? `; completed by ${i.completedBy}` : ''}`,
          },
          { text: `Started ${this.time(i.startedAt)}, completed ${this.time(i.completedAt)}`, indent: 15 },
        ],
        i.readings.map((r) => this.reading(r)),
      );
    }
  }

  /** What the stock ledger shows a SCRAP or RETURN_TO_SUPPLIER disposition did to this lot's stock. */
  private stockEffect(nc: DeviceHistoryNonconformance): Row[] {
    if (nc.stockWrittenOff === null) return [];
    const q = this.record.quantities;
    const how = nc.disposition === Disposition.SCRAP ? 'scrapped' : 'returned to the supplier';
    const left = positive(q.onHand) ? `; ${qty(q.onHand, q.unit)} still on hand: NOT WRITTEN OFF` : '; nothing on hand';
    return [{ text: `Stock ledger: ${qty(nc.stockWrittenOff, q.unit)} of this lot ${how} since the disposition${left}`, indent: 15 }];
  }

  nonconformances(): void {
    this.w.heading('Nonconformances');
    if (this.record.nonconformances.length === 0) this.w.none();
    for (const nc of this.record.nonconformances) {
      this.w.block([
        { text: `${nc.id} (${nc.source}, opened ${this.time(nc.openedAt)} by ${nc.openedBy}): ${nc.status}, disposition ${orDash(nc.disposition)}` },
        { text: nc.description, indent: 15 },
        ...(nc.dispositionJustification ? [{ text: `Justification: ${nc.dispositionJustification} (${orDash(nc.dispositionedBy)}, ${this.time(nc.dispositionedAt)})`, indent: 15 }] : []),
        ...this.stockEffect(nc),
      ]);
    }
  }

  signatures(): void {
    this.w.heading('Electronic signatures');
    const { signatures } = this.record;
    if (signatures === null) {
      this.w.block([{ text: 'Withheld: the account that generated this copy may not read electronic signatures. This copy is not the complete batch record.' }]);
      return;
    }
    if (signatures.length === 0) this.w.none();
    for (const s of signatures) {
      this.w.block([
        { text: `${s.printedName} - ${s.meaning} - ${this.time(s.signedAt)}` },
        { text: `Reason: ${s.reason}; ${s.recordType} ${s.recordId} version ${s.recordVersion}; sha256 ${s.contentHash}`, indent: 15 },
      ]);
    }
  }

  finish(): void {
    if (this.w.replacedCharacters) {
      this.w.heading('Note');
      this.w.block([{ text: 'Characters the embedded font has no glyph for are shown as "?"; the GraphQL deviceHistoryRecord query returns them exactly.' }]);
    }
    const { lot, companyName, generatedAt } = this.record;
    const id = batchRecordId(this.record);
    this.w.stampPages({
      company: companyName ?? 'Company not configured (COMPANY_NAME)',
      title: 'Batch record (device history record, ISO 13485 7.5.1)',
      lines: [
        `Document ${id} | Lot ${lot.lotNumber} | Material ${lot.materialCode} rev ${lot.materialRevision}${lot.bomRevision ? ` | BOM rev ${lot.bomRevision}` : ''} | Lot record version ${lot.version}`,
        `Generated ${this.time(generatedAt)} | Site ${lot.siteCode}, time zone ${lot.siteTimeZone}`,
      ],
      footer: id,
    });
  }
}

/** Renders the batch record as a PDF with extractable text, its font subset embedded. */
export function renderBatchRecordPdf(record: DeviceHistoryRecord): Promise<Buffer> {
  const p = new BatchRecordPrinter(record);
  const { doc } = p.w;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.info.Title = `Batch record ${batchRecordId(record)}`;
  doc.info.Subject = 'Device history record (ISO 13485 7.5.1)';
  if (record.companyName) doc.info.Author = record.companyName;
  p.lot();
  p.statusHistory();
  p.quantities();
  p.production();
  p.equipment();
  p.inspections();
  p.nonconformances();
  p.signatures();
  p.finish();
  doc.end();
  return done;
}
