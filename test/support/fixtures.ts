import type { TestServer } from './test-server';
import {
  ApproveMaterialSupplierDocument,
  CreateMaterialDocument,
  CreateSupplierDocument,
  SetSupplierQualificationDocument,
  type CreateMaterialInput,
  type QualificationStatus,
} from '../generated/graphql';

/** A date `days` from today, YYYY-MM-DD (UTC). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Creates records through the public API, as a partner would: fixtures never write SQL. */
export async function createMaterial(t: TestServer, code: string, extra: Partial<CreateMaterialInput> = {}) {
  const res = await t.ok(CreateMaterialDocument, { input: { code, name: `Material ${code}`, type: 'COMPONENT', unit: 'EA', ...extra } }, 'QA_MANAGER');
  if (res.createMaterial.userErrors.length) throw new Error(JSON.stringify(res.createMaterial.userErrors));
  return res.createMaterial.material!;
}

export async function createSupplier(t: TestServer, code: string, qualification?: QualificationStatus) {
  const res = await t.ok(
    CreateSupplierDocument,
    {
      input: { code, name: `Supplier ${code}`, country: 'DE', contactName: 'Ada Contact', contactEmail: `${code.toLowerCase()}@example.com` },
    },
    'PURCHASING',
  );
  if (res.createSupplier.userErrors.length) throw new Error(JSON.stringify(res.createSupplier.userErrors));
  let supplier = res.createSupplier.supplier!;
  if (qualification) {
    const q = await t.ok(
      SetSupplierQualificationDocument,
      {
        input: {
          id: supplier.id,
          expectedVersion: supplier.version,
          status: qualification,
          reason: 'Supplier audit passed',
          expiresOn: ['APPROVED', 'CONDITIONAL'].includes(qualification) ? daysFromToday(365) : null,
        },
      },
      'QA_MANAGER',
    );
    if (q.setSupplierQualification.userErrors.length) throw new Error(JSON.stringify(q.setSupplierQualification.userErrors));
    supplier = q.setSupplierQualification.supplier!;
  }
  return supplier;
}

export async function approveSource(t: TestServer, materialId: string, supplierId: string) {
  const res = await t.ok(ApproveMaterialSupplierDocument, { input: { materialId, supplierId, reason: 'First article inspection passed' } }, 'QA_MANAGER');
  if (res.approveMaterialSupplier.userErrors.length) throw new Error(JSON.stringify(res.approveMaterialSupplier.userErrors));
  return res.approveMaterialSupplier.materialSupplier!;
}
