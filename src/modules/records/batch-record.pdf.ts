import PDFDocument from 'pdfkit';
import { canonicalDecimal } from '../../core/graphql/scalars';
import type { DeviceHistoryInspection, DeviceHistoryReading } from './device-history-quality.types';
import type { DeviceHistoryRecord } from './device-history-record.types';
import { toWinAnsi } from './win-ansi';

const MARGIN = 50;
const time = (d: Date | null) => (d ? `${d.toISOString().replace('T', ' ').slice(0, 19)} UTC` : '-');
const qty = (q: string | null, unit: string) => (q === null ? '-' : `${canonicalDecimal(q)} ${unit}`);
const orDash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '-' : String(v));

/** A thin layer over PDFKit: every string passes the WinAnsi filter, sections keep one style. */
class BatchRecordWriter {
  readonly doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true });
  replacedCharacters = false;

  private safe(text: string): string {
    const { text: out, replaced } = toWinAnsi(text);
    this.replacedCharacters ||= replaced;
    return out;
  }

  title(text: string): void {
    this.doc.font('Helvetica-Bold').fontSize(16).text(this.safe(text));
  }

  section(text: string): void {
    this.doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(this.safe(text)).moveDown(0.2);
  }

  field(label: string, value: string): void {
    this.doc.font('Helvetica-Bold').fontSize(9).text(`${this.safe(label)}: `, { continued: true }).font('Helvetica').text(this.safe(value));
  }

  line(text: string, indent = 0): void {
    this.doc.font('Helvetica').fontSize(9).text(this.safe(text), MARGIN + indent);
  }

  none(): void {
    this.line('None recorded.');
  }
}

function header(w: BatchRecordWriter, record: DeviceHistoryRecord): void {
  const { lot } = record;
  w.title(`Batch record - lot ${lot.lotNumber}`);
  w.line(`Device history record (ISO 13485 7.5.1), generated ${time(record.generatedAt)}`);
  w.section('Lot');
  w.field('Lot number', lot.lotNumber);
  w.field('Material', `${lot.materialCode} - ${lot.materialName}`);
  w.field('UDI', orDash(lot.udi));
  w.field('Status', lot.statusReason ? `${lot.status} (${lot.statusReason})` : lot.status);
  w.field('Origin', lot.origin);
  if (lot.supplierCode) w.field('Supplier', `${lot.supplierCode} - ${lot.supplierName} (supplier lot ${orDash(lot.supplierLotNumber)})`);
  if (lot.workOrderNumber) w.field('Work order', `${lot.workOrderNumber} (${orDash(lot.workOrderStatus)})`);
  w.field('Site', lot.siteCode);
  w.field('Serial number', orDash(lot.serialNumber));
  w.field('Manufactured on', orDash(lot.manufacturedOn));
  w.field('Expires on', orDash(lot.expiresOn));
  w.field(lot.origin === 'RECEIPT' ? 'Received by' : 'Produced by', `${lot.createdBy}, ${time(lot.createdAt)}`);
  w.field('Last released', lot.releasedAt ? `${time(lot.releasedAt)} by ${orDash(lot.releasedBy)}` : 'never');
  w.field('Record version', String(lot.version));
}

function quantities(w: BatchRecordWriter, record: DeviceHistoryRecord): void {
  const q = record.quantities;
  w.section('Quantity made vs released');
  w.field('Made (received or produced)', qty(q.made, q.unit));
  w.field('Released (on hand at the last release)', qty(q.released, q.unit));
  w.field('Consumed', qty(q.consumed, q.unit));
  w.field('Shipped', qty(q.shipped, q.unit));
  w.field('Scrapped', qty(q.scrapped, q.unit));
  w.field('Retained samples', qty(q.sampled, q.unit));
  w.field('Returned to supplier', qty(q.returned, q.unit));
  w.field('Count adjustments', `+${qty(q.adjustedIn, q.unit)} / -${qty(q.adjustedOut, q.unit)}`);
  w.field('On hand', qty(q.onHand, q.unit));
}

function production(w: BatchRecordWriter, record: DeviceHistoryRecord): void {
  w.section('Consumed components');
  if (record.components.length === 0) w.none();
  for (const c of record.components) {
    w.line(`Lot ${c.lotNumber} of ${c.materialCode} - ${c.materialName}: ${qty(c.quantity, c.unit)}${c.supplierLotNumber ? ` (supplier lot ${c.supplierLotNumber})` : ''}`);
    for (const k of c.consumptions) {
      w.line(`${qty(k.quantity, c.unit)} consumed ${time(k.consumedAt)} by ${k.consumedBy}${k.substitute ? ' (substitute)' : ''}`, 15);
    }
  }
  w.section('Operators');
  if (record.operators.length === 0) w.none();
  for (const o of record.operators) {
    w.line(`${o.name} (${o.subject}): ${o.activity} x${o.occurrences}, ${time(o.firstAt)}${o.occurrences > 1 ? ` to ${time(o.lastAt)}` : ''}`);
  }
}

function equipment(w: BatchRecordWriter, record: DeviceHistoryRecord): void {
  w.section('Equipment and calibration state at use');
  if (record.equipment.length === 0) w.none();
  for (const use of record.equipment) {
    const e = use.equipment;
    const calibration = !e.calibrationRequired ? 'no calibration required'
      : e.calibrationRecordId ? `calibrated ${e.calibratedOn} ${e.calibrationResult}, due ${orDash(e.calibrationDueOn)}` : 'no calibration on record';
    w.line(`${e.assetTag} - ${e.name}: ${calibration}; ${e.inCalibration ? 'IN CALIBRATION' : 'NOT IN CALIBRATION'} at use`);
    w.line(`${use.readings} reading(s), ${time(use.firstUsedAt)} to ${time(use.lastUsedAt)}`, 15);
  }
}

function reading(r: DeviceHistoryReading): string {
  const result = r.kind === 'QUANTITATIVE'
    ? `${orDash(r.value && canonicalDecimal(r.value))} ${r.unit ?? ''} [${orDash(r.lowerLimit && canonicalDecimal(r.lowerLimit))}, ${orDash(r.upperLimit && canonicalDecimal(r.upperLimit))}]`
    : (r.accepted ? 'accepted' : 'rejected');
  const used = r.equipment ? `, ${r.equipment.assetTag}${r.equipment.inCalibration ? '' : ' NOT IN CALIBRATION'}` : '';
  return `${r.characteristic} #${r.sampleNo}: ${result} ${r.conforms ? 'OK' : 'NONCONFORMING'} (${r.recordedBy}, ${time(r.recordedAt)}${used})`;
}

function inspections(w: BatchRecordWriter, list: DeviceHistoryInspection[]): void {
  w.section('Inspections');
  if (list.length === 0) w.none();
  for (const i of list) {
    w.line(`${i.type} inspection, plan version ${i.planVersion}: ${i.status}, verdict ${orDash(i.verdict)}; inspector ${orDash(i.inspectorName)}; ${time(i.startedAt)} to ${time(i.completedAt)}${i.completedBy ? `, completed by ${i.completedBy}` : ''}`);
    for (const r of i.readings) w.line(reading(r), 15);
  }
}

function nonconformances(w: BatchRecordWriter, record: DeviceHistoryRecord): void {
  w.section('Nonconformances');
  if (record.nonconformances.length === 0) w.none();
  for (const nc of record.nonconformances) {
    w.line(`${nc.id} (${nc.source}, opened ${time(nc.openedAt)} by ${nc.openedBy}): ${nc.status}, disposition ${orDash(nc.disposition)}`);
    w.line(nc.description, 15);
    if (nc.dispositionJustification) w.line(`Justification: ${nc.dispositionJustification} (${orDash(nc.dispositionedBy)}, ${time(nc.dispositionedAt)})`, 15);
  }
}

function signatures(w: BatchRecordWriter, record: DeviceHistoryRecord): void {
  w.section('Electronic signatures');
  if (record.signatures.length === 0) w.none();
  for (const s of record.signatures) {
    w.line(`${s.printedName} - ${s.meaning} - ${time(s.signedAt)}`);
    w.line(`Reason: ${s.reason}; ${s.recordType} ${s.recordId} version ${s.recordVersion}; sha256 ${s.contentHash}`, 15);
  }
}

function footers(w: BatchRecordWriter, lotNumber: string): void {
  const range = w.doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    w.doc.switchToPage(range.start + i);
    const { text } = toWinAnsi(`Lot ${lotNumber} - page ${i + 1} of ${range.count}`);
    // Writing inside the bottom margin would otherwise add a page.
    w.doc.page.margins.bottom = 0;
    w.doc.font('Helvetica').fontSize(8).text(text, MARGIN, w.doc.page.height - MARGIN / 2, { lineBreak: false });
  }
}

/** Renders the batch record as a PDF with extractable text. */
export function renderBatchRecordPdf(record: DeviceHistoryRecord): Promise<Buffer> {
  const w = new BatchRecordWriter();
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    w.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    w.doc.on('end', () => resolve(Buffer.concat(chunks)));
    w.doc.on('error', reject);
  });
  w.doc.info.Title = `Batch record ${toWinAnsi(record.lot.lotNumber).text}`;
  w.doc.info.Subject = 'Device history record (ISO 13485 7.5.1)';
  header(w, record);
  quantities(w, record);
  production(w, record);
  equipment(w, record);
  inspections(w, record.inspections);
  nonconformances(w, record);
  signatures(w, record);
  if (w.replacedCharacters) {
    w.section('Note');
    w.line('Characters outside the PDF font (WinAnsi) are shown as "?"; the GraphQL deviceHistoryRecord query returns them exactly.');
  }
  footers(w, record.lot.lotNumber);
  w.doc.end();
  return done;
}
