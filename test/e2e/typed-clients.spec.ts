import type { Client as WsClient } from 'graphql-ws';
import { createTestServer, type TestServer } from '../support/test-server';
import { createUrqlClient } from '../../examples/client/src/urql-client';
import { createRequestClient } from '../../examples/client/src/graphql-request-client';
import { createSubscriptionClient, subscribeTo } from '../../examples/client/src/graphql-ws-client';
import { CreateMaterialMutation, MaterialChangedSubscription, MaterialsQuery, OpenCapaMutation } from '../../examples/client/src/documents';

/**
 * The example client of the README (examples/client): its documents typed by the client preset
 * (npm run codegen:client), driven through urql, graphql-request and graphql-ws as a partner's
 * front end would, against a real server. The custom scalars arrive as the codegen config maps
 * them: Decimal, DateTime and Date as strings, JSON as the value itself.
 */
let t: TestServer;
const sockets: WsClient[] = [];
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await t?.close();
});

describe('graphql-request with the generated typed documents', () => {
  it('creates a material with a Decimal and JSON custom fields, and reads them back as strings and JSON', async () => {
    const client = createRequestClient(t.url, t.token('QA_MANAGER'));
    const data = await client.request(CreateMaterialMutation, {
      input: { code: 'TC-REQ-1', name: 'Luer lock cap', type: 'COMPONENT', unit: 'EA', reorderPoint: '12.500', customFields: { colour: 'blue', sizes: [3, 5] } },
    });
    expect(data.createMaterial.userErrors).toEqual([]);
    const material = data.createMaterial.material;
    // Decimal is a string, canonical on output: "12.500" in, "12.5" out; never a float.
    const reorderPoint: string | null | undefined = material?.reorderPoint;
    expect(reorderPoint).toBe('12.5');
    expect(material?.customFields).toEqual({ colour: 'blue', sizes: [3, 5] });
    const createdAt: string | undefined = material?.createdAt;
    expect(createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('refuses a Decimal sent as a number before running the mutation', async () => {
    const client = createRequestClient(t.url, t.token('QA_MANAGER'));
    // The generated input type says string: a float gets past TypeScript only by casting.
    const input = { code: 'TC-REQ-2', name: 'Cap', type: 'COMPONENT' as const, unit: 'EA', reorderPoint: 12.5 as unknown as string };
    await expect(client.request(CreateMaterialMutation, { input })).rejects.toThrow(/Decimal must be a string/);
  });
});

describe('urql with the generated typed documents', () => {
  it('opens a CAPA with a Date due date and lists materials', async () => {
    const client = createUrqlClient(t.url, t.token('QA_MANAGER'));
    const opened = await client.mutation(OpenCapaMutation, { input: { title: 'Cap torque drift', description: 'Torque below spec on two lots', dueOn: '2027-03-31' } }).toPromise();
    expect(opened.error).toBeUndefined();
    expect(opened.data?.openCapa.userErrors).toEqual([]);
    const dueOn: string | undefined = opened.data?.openCapa.capa?.dueOn;
    expect(dueOn).toBe('2027-03-31');
    expect(opened.data?.openCapa.capa?.status).toBe('DRAFT');

    const listed = await client.query(MaterialsQuery, { first: 10 }).toPromise();
    expect(listed.error).toBeUndefined();
    const codes = listed.data?.materials?.edges.map((e) => e.node.code);
    expect(codes).toContain('TC-REQ-1');
    expect(listed.data?.materials?.edges.find((e) => e.node.code === 'TC-REQ-1')?.node.reorderPoint).toBe('12.5');
  });

  it('answers a role without the right with FORBIDDEN in the typed result', async () => {
    const client = createUrqlClient(t.url, t.token('SUPPLIER'));
    const refused = await client.mutation(OpenCapaMutation, { input: { title: 'x', description: 'y', dueOn: '2027-03-31' } }).toPromise();
    expect(refused.error?.graphQLErrors.map((e) => e.extensions.code)).toContain('FORBIDDEN');
  });
});

describe('graphql-ws with the generated typed documents', () => {
  it('delivers materialChanged events, typed, and resumes after the last eventId', async () => {
    const token = t.token('QA_MANAGER');
    const ws = createSubscriptionClient(t.url, token);
    sockets.push(ws);
    const writer = createRequestClient(t.url, token);
    const base = t.subscriberCount;
    const live = subscribeTo(ws, MaterialChangedSubscription, {});
    const received = (async () => {
      const events = [];
      for await (const result of live) {
        const event = result.data?.materialChanged;
        if (event?.material.code.startsWith('TC-WS-')) events.push(event);
        if (events.length === 2) break;
      }
      return events;
    })();
    await t.subscribers(base + 1);
    await writer.request(CreateMaterialMutation, { input: { code: 'TC-WS-1', name: 'Stopcock', type: 'COMPONENT', unit: 'EA', reorderPoint: '3' } });
    await writer.request(CreateMaterialMutation, { input: { code: 'TC-WS-2', name: 'Extension line', type: 'COMPONENT', unit: 'EA' } });
    const [one, two] = await received;
    expect([one.kind, one.material.code, one.material.reorderPoint]).toEqual(['CREATED', 'TC-WS-1', '3']);
    expect([two.kind, two.material.code]).toEqual(['CREATED', 'TC-WS-2']);
    const occurredAt: string = one.occurredAt;
    expect(Number.isNaN(Date.parse(occurredAt))).toBe(false);

    // A client that kept the first event's id gets the second again, and only from there on.
    const resumed = subscribeTo(ws, MaterialChangedSubscription, { after: one.eventId });
    const again = (await resumed.next()).value?.data?.materialChanged;
    await resumed.return?.();
    expect([again?.eventId, again?.material.code]).toEqual([two.eventId, 'TC-WS-2']);
  });
});
