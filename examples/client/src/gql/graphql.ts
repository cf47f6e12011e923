/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The CAPA lifecycle (ISO 13485 8.5.2, 8.5.3). */
export type CapaStatus =
  /** Cancelled from an early state with a justification. */
  | 'CANCELLED'
  /** Closed: effectiveness criterion met, signed (CLOSED). */
  | 'CLOSED'
  /** Closed at triage with a signed justification that no action is needed. */
  | 'CLOSED_NO_ACTION'
  /** Opened, not yet triaged. */
  | 'DRAFT'
  /** Actions verified; checking the effectiveness criterion. */
  | 'EFFECTIVENESS_CHECK'
  /** Plan approved and signed by someone other than the owner; actions being done. */
  | 'IMPLEMENTATION'
  /** Owner, risk and containment set; root cause being investigated. */
  | 'INVESTIGATION'
  /** Root cause and affected scope recorded; plan awaiting approval. */
  | 'PLAN_APPROVAL'
  /** Being assessed: act or close with no action. */
  | 'TRIAGE'
  /** All actions done; being verified. */
  | 'VERIFICATION';

/** A new material (item master record) in DRAFT. */
export type CreateMaterialInput = {
  /** Unique item code, e.g. CVC-7F-20; used in lotByNumber and on labels. */
  code: string;
  /** Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record. */
  customFields?: unknown;
  /** Longer free-text description. */
  description?: string | null | undefined;
  /** Medical device risk class, for finished devices and device components. */
  deviceClass?: DeviceClass | null | undefined;
  /** GTIN-8/12/13/14; stored as GTIN-14. */
  gtin?: string | null | undefined;
  /** Tracked by lot: receipts and production create lots. */
  lotControlled?: boolean;
  /** Default {YY}{MM}{DD}-{SEQ:4}. */
  lotNumberPattern?: string | null | undefined;
  /** Human-readable name (Chinese or English). */
  name: string;
  /** Why the record is created (kept in the audit trail). */
  reason?: string | null | undefined;
  /** Released stock below this raises LOW_STOCK; null: not watched. */
  reorderPoint?: string | null | undefined;
  /** Revision of the item's specification (default A). */
  revision?: string;
  /** Tracked by serial number: each lot carries a serial. */
  serialControlled?: boolean;
  /** Days from manufacture to expiry; omit if the material does not expire. */
  shelfLifeDays?: number | null | undefined;
  /** What kind of item the material is. */
  type: MaterialType;
  /** Unit of measure of every quantity of this material, e.g. EA, KG, M. */
  unit: string;
};

/** Medical device risk class. */
export type DeviceClass =
  /** Class I: low risk. */
  | 'CLASS_I'
  /** Class IIa (EU MDR; class II in the FDA and NMPA schemes): medium risk. */
  | 'CLASS_IIA'
  /** Class IIb (EU MDR; class II in the FDA and NMPA schemes): medium-high risk. */
  | 'CLASS_IIB'
  /** Class III: high risk, e.g. a central venous catheter. */
  | 'CLASS_III'
  /** Not a medical device itself (e.g. packaging, a raw material). */
  | 'NOT_A_DEVICE';

/** Stable machine-readable codes for expected failures. */
export type ErrorCode =
  /** A conditionally released lot used outside its concession's quantity, customer or date. */
  | 'CONCESSION_EXCEEDED'
  /** A record with this unique value (code, number) already exists; `field` names it. */
  | 'DUPLICATE'
  /** The equipment is not in service or is past its calibration due date. */
  | 'EQUIPMENT_NOT_CALIBRATED'
  /** The caller's roles do not allow this action, or this record or field. */
  | 'FORBIDDEN'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Not enough stock of the lot at the location. */
  | 'INSUFFICIENT_STOCK'
  /** The record's status does not allow this step, or the caller may not take it. */
  | 'INVALID_TRANSITION'
  /** The lot is past its expiry date. */
  | 'LOT_EXPIRED'
  /** The lot is not RELEASED (nor CONDITIONAL_RELEASE within its concession). */
  | 'LOT_NOT_RELEASED'
  /** No record with this id exists that the caller may read. */
  | 'NOT_FOUND'
  /** A receipt beyond a purchase order line's quantity plus the over-delivery tolerance. */
  | 'OVER_RECEIPT'
  /** The signing password is wrong, or the signer is locked or may not sign this step. */
  | 'SIGNATURE_INVALID'
  /** This step requires an electronic signature and none was given. */
  | 'SIGNATURE_REQUIRED'
  /** The signing password is too old: its owner must set a new one (setSigningPassword) before signing. */
  | 'SIGNING_PASSWORD_EXPIRED'
  /** The supplier is not qualified, or not on the approved-supplier list for the material. */
  | 'SUPPLIER_NOT_APPROVED'
  /** An input value is malformed or out of range; `field` names it. */
  | 'VALIDATION_FAILED'
  /** The record changed since the expectedVersion you sent: read it again. */
  | 'VERSION_CONFLICT';

/** What kind of change a MaterialChangedEvent reports. */
export type MaterialChangeKind =
  /** The material was created. */
  | 'CREATED'
  /** Its status changed (setMaterialStatus). */
  | 'STATUS_CHANGED'
  /** Its master data changed (updateMaterial). */
  | 'UPDATED';

/** What kind of item the material is. */
export type MaterialType =
  /** A bought-in part built into a product. */
  | 'COMPONENT'
  /** Used up in production but not part of the product. */
  | 'CONSUMABLE'
  /** A finished medical device that is sold. */
  | 'FINISHED_DEVICE'
  /** A label or instructions for use. */
  | 'LABEL'
  /** Packaging material. */
  | 'PACKAGING'
  /** A raw material, e.g. resin or tubing stock. */
  | 'RAW_MATERIAL'
  /** A spare part for equipment maintenance. */
  | 'SPARE_PART'
  /** An intermediate product made in house. */
  | 'SUBASSEMBLY';

/** Opens a CAPA in DRAFT. */
export type OpenCapaInput = {
  /** The problem, as known. */
  description: string;
  /** Target date for closure. */
  dueOn: string;
  /** The nonconformances it is raised from. */
  nonconformanceIds?: Array<string> | null | undefined;
  /** Short title of the problem. */
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