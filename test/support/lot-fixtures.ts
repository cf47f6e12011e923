import type { Caller, TestServer } from './test-server';
import { approveSource, createMaterial, createSupplier } from './fixtures';
import {
  CreateLocationDocument,
  CreateSiteDocument,
  CreateUserDocument,
  LotsDocument,
  ReceiveLotDocument,
  UsersDocument,
  SetMaterialStatusDocument,
  SetSigningPasswordDocument,
  type ReceiveLotInput,
} from '../generated/graphql';
import type { Role } from '../../src/core/authz/role';

export const SIGNING_PASSWORD = 'Release-Batch-2026';

/** A provisioned user with a signing password, and the caller to act as them. */
export async function signerUser(t: TestServer, sub: string, roles: Role[]): Promise<Caller> {
  const created = await t.ok(CreateUserDocument, { input: { subject: sub, printedName: `Signer ${sub}`, roles } }, 'ADMIN');
  if (created.createUser.userErrors.length) throw new Error(JSON.stringify(created.createUser.userErrors));
  const caller: Caller = { roles, sub, name: `Signer ${sub}` };
  const set = await t.ok(SetSigningPasswordDocument, { input: { newPassword: SIGNING_PASSWORD } }, caller);
  if (set.setSigningPassword.userErrors.length) throw new Error(JSON.stringify(set.setSigningPassword.userErrors));
  return caller;
}

/** A provisioned user found by its token subject, as an administrator's client finds one (for its id, say). */
export async function userBySubject(t: TestServer, subject: string) {
  const res = await t.ok(UsersDocument, { first: 50, filter: { search: subject } }, 'ADMIN');
  const user = res.users!.edges.map((e) => e.node).find((u) => u.subject === subject);
  if (!user) throw new Error(`No user with subject ${subject}`);
  return user;
}

/** An ACTIVE material with a GTIN and shelf life, an approved qualified supplier, and a site. */
export async function receivingSetup(t: TestServer, code: string, gtin?: string) {
  const material = await createMaterial(t, code, { shelfLifeDays: 365, gtin, lotNumberPattern: `${code}-{SEQ:3}` });
  await t.ok(SetMaterialStatusDocument, { input: { id: material.id, expectedVersion: 1, status: 'ACTIVE', reason: 'Released design' } }, 'QA_MANAGER');
  const supplier = await createSupplier(t, `${code}-SUP`, 'APPROVED');
  await approveSource(t, material.id, supplier.id);
  const site = await t.ok(CreateSiteDocument, { input: { code: `${code}-SITE`, name: 'Plant', timezone: 'UTC' } }, 'ADMIN');
  const siteId = site.createSite.site!.id;
  const location = async (locationCode: string) => {
    const res = await t.ok(CreateLocationDocument, { input: { siteId, code: locationCode, name: locationCode, type: 'STORAGE' } }, 'ADMIN');
    return res.createLocation.location!.id;
  };
  return { material, supplier, siteId, locationId: await location('RCV'), otherLocationId: await location('RACK-1') };
}

export async function receive(t: TestServer, input: ReceiveLotInput, as: Caller | Role = 'WAREHOUSE') {
  const res = await t.ok(ReceiveLotDocument, { input }, as);
  if (res.receiveLot.userErrors.length) throw new Error(JSON.stringify(res.receiveLot.userErrors));
  return res.receiveLot.lot!;
}

/** A lot as a client reads it (status, version for `expectedVersion`, dates), through the API. */
export async function readLot(t: TestServer, id: string, as: Caller | Role = 'ADMIN') {
  const res = await t.ok(LotsDocument, { first: 1, filter: { ids: [id] } }, as);
  const lot = res.lots!.edges[0]?.node;
  if (!lot) throw new Error(`Lot ${id} not readable`);
  return lot;
}
