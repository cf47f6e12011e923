import { createTestServer, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { receive, receivingSetup } from '../support/lot-fixtures';
import { LotByUdiDocument } from '../generated/graphql';

let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
beforeAll(async () => {
  t = await createTestServer();
  setup = await receivingSetup(t, 'UDIM', '04012345678901');
});
afterAll(async () => {
  await t?.close();
});

const GS = String.fromCharCode(29);
const yymmdd = (date: string) => date.slice(2).replace(/-/g, '');

/** A lot received with every production identifier a label can carry. */
async function labelledLot(supplierLotNumber: string) {
  return receive(t, {
    materialId: setup.material.id,
    supplierId: setup.supplier.id,
    supplierLotNumber,
    quantity: '10',
    locationId: setup.locationId,
    manufacturedOn: daysFromToday(-10),
    expiresOn: daysFromToday(300),
    serialNumber: `SN-${supplierLotNumber}`,
  });
}

async function scan(udi: string) {
  return t.gql(LotByUdiDocument, { udi }, 'QA_INSPECTOR');
}

describe('lotByUdi reads what scanners and people send', () => {
  it('reads the human-readable form typed with spaces', async () => {
    const lot = await labelledLot('TYPED');
    const typed = `(01) 04012345678901 (11) ${yymmdd(lot.manufacturedOn!)} (17) ${yymmdd(lot.expiresOn!)} (10) ${lot.lotNumber} (21) ${lot.serialNumber}`;
    expect((await scan(typed)).data?.lotByUdi?.id).toBe(lot.id);
  });

  it('reads the literal <GS> a keyboard-wedge scanner sends for FNC1', async () => {
    const lot = await labelledLot('WEDGE');
    const wedge = `]d201040123456789011${'7'}${yymmdd(lot.expiresOn!)}10${lot.lotNumber}<GS>21${lot.serialNumber}`;
    expect((await scan(wedge)).data?.lotByUdi?.id).toBe(lot.id);
    expect((await scan(wedge.replace('<GS>', GS))).data?.lotByUdi?.id).toBe(lot.id);
  });
});

describe('lotByUdi refuses a label that contradicts the lot, naming the AI', () => {
  it.each([
    ['11', () => `(11)${yymmdd(daysFromToday(-11))}`],
    ['17', () => `(17)${yymmdd(daysFromToday(301))}`],
    ['21', () => '(21)SN-SOMEONE-ELSE'],
  ])('refuses a (%s) that differs from the lot record', async (ai, element) => {
    const lot = await labelledLot(`MISMATCH-${ai}`);
    const res = await scan(`(01)04012345678901${element()}(10)${lot.lotNumber}`);
    expect(res.data?.lotByUdi ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: ['udi', `(${ai})`] });
  });

  it('refuses a (21) serial or (11) date on a lot that records none', async () => {
    const lot = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'BARE', quantity: '1', locationId: setup.locationId });
    expect(lot.serialNumber).toBeNull();
    expect((await scan(`(01)04012345678901(10)${lot.lotNumber}(21)SN-1`)).errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: ['udi', '(21)'] });
    expect((await scan(`(01)04012345678901(11)${yymmdd(daysFromToday(-1))}(10)${lot.lotNumber}`)).errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: ['udi', '(11)'] });
    expect((await scan(`(01)04012345678901(10)${lot.lotNumber}`)).data?.lotByUdi?.id).toBe(lot.id);
  });

  it('accepts a label whose identifiers all match, whatever subset it carries', async () => {
    const lot = await labelledLot('MATCH');
    for (const udi of [
      `(01)04012345678901(10)${lot.lotNumber}`,
      `(01)04012345678901(17)${yymmdd(lot.expiresOn!)}(10)${lot.lotNumber}`,
      `(01)04012345678901(11)${yymmdd(lot.manufacturedOn!)}(10)${lot.lotNumber}(21)${lot.serialNumber}`,
    ])
      expect((await scan(udi)).data?.lotByUdi?.id).toBe(lot.id);
  });
});
