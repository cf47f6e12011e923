/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The CAPA lifecycle (ISO 13485 8.5.2, 8.5.3). */
export type CapaStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'CLOSED_NO_ACTION'
  | 'DRAFT'
  | 'EFFECTIVENESS_CHECK'
  | 'IMPLEMENTATION'
  | 'INVESTIGATION'
  | 'PLAN_APPROVAL'
  | 'TRIAGE'
  | 'VERIFICATION';

export type CreateMaterialInput = {
  code: string;
  /** Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record. */
  customFields?: unknown;
  description?: string | null | undefined;
  deviceClass?: DeviceClass | null | undefined;
  /** GTIN-8/12/13/14; stored as GTIN-14. */
  gtin?: string | null | undefined;
  lotControlled?: boolean;
  /** Default {YY}{MM}{DD}-{SEQ:4}. */
  lotNumberPattern?: string | null | undefined;
  name: string;
  /** Why the record is created (kept in the audit trail). */
  reason?: string | null | undefined;
  /** Released stock below this raises LOW_STOCK; null: not watched. */
  reorderPoint?: string | null | undefined;
  revision?: string;
  serialControlled?: boolean;
  shelfLifeDays?: number | null | undefined;
  type: MaterialType;
  unit: string;
};

/** Medical device risk class. */
export type DeviceClass =
  | 'CLASS_I'
  | 'CLASS_IIA'
  | 'CLASS_IIB'
  | 'CLASS_III'
  | 'NOT_A_DEVICE';

/** Stable machine-readable codes for expected failures. */
export type ErrorCode =
  | 'CONCESSION_EXCEEDED'
  | 'DUPLICATE'
  | 'EQUIPMENT_NOT_CALIBRATED'
  | 'FORBIDDEN'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_TRANSITION'
  | 'LOT_EXPIRED'
  | 'LOT_NOT_RELEASED'
  | 'NOT_FOUND'
  | 'OVER_RECEIPT'
  | 'SIGNATURE_INVALID'
  | 'SIGNATURE_REQUIRED'
  | 'SIGNING_PASSWORD_EXPIRED'
  | 'SUPPLIER_NOT_APPROVED'
  | 'VALIDATION_FAILED'
  | 'VERSION_CONFLICT';

export type MaterialChangeKind =
  | 'CREATED'
  | 'STATUS_CHANGED'
  | 'UPDATED';

/** What kind of item the material is. */
export type MaterialType =
  | 'COMPONENT'
  | 'CONSUMABLE'
  | 'FINISHED_DEVICE'
  | 'LABEL'
  | 'PACKAGING'
  | 'RAW_MATERIAL'
  | 'SPARE_PART'
  | 'SUBASSEMBLY';

/** Opens a CAPA in DRAFT. */
export type OpenCapaInput = {
  /** The problem, as known. */
  description: string;
  /** Target date for closure. */
  dueOn: string;
  /** The nonconformances it is raised from. */
  nonconformanceIds?: Array<string> | null | undefined;
  title: string;
};

export type ClientMaterialsQueryVariables = Exact<{
  first: number;
}>;


export type ClientMaterialsQuery = { materials: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, unit: string, reorderPoint: string | null, createdAt: string, customFields: unknown } }> } | null };

export type ClientCreateMaterialMutationVariables = Exact<{
  input: CreateMaterialInput;
}>;


export type ClientCreateMaterialMutation = { createMaterial: { material: { id: string, code: string, reorderPoint: string | null, createdAt: string, customFields: unknown } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ClientOpenCapaMutationVariables = Exact<{
  input: OpenCapaInput;
}>;


export type ClientOpenCapaMutation = { openCapa: { capa: { id: string, title: string, status: CapaStatus, dueOn: string, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ClientMaterialChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ClientMaterialChangedSubscription = { materialChanged: { eventId: string, kind: MaterialChangeKind, occurredAt: string, material: { id: string, code: string, reorderPoint: string | null } } };


export const ClientMaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientMaterialsQuery, ClientMaterialsQueryVariables>;
export const ClientCreateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientCreateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ClientCreateMaterialMutation, ClientCreateMaterialMutationVariables>;
export const ClientOpenCapaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientOpenCapa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCapaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCapa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ClientOpenCapaMutation, ClientOpenCapaMutationVariables>;
export const ClientMaterialChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClientMaterialChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materialChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}}]}}]}}]}}]} as unknown as DocumentNode<ClientMaterialChangedSubscription, ClientMaterialChangedSubscriptionVariables>;