/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time, ISO 8601 in UTC, e.g. 2026-11-25T06:00:00.000Z. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** Public information about this Lotgraph server. */
export type ApiInfo = {
  __typename?: 'ApiInfo';
  /** Where the API contract is documented. */
  documentation: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Server version. */
  version: Scalars['String']['output'];
};

/** An append-only, hash-chained audit entry (21 CFR 11.10(e)). */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** CREATE, UPDATE, STATUS_CHANGE, QUALIFY, ... */
  action: Scalars['String']['output'];
  /** Token subject of the actor, or `system`. */
  actorId: Scalars['String']['output'];
  /** Printed name of the actor at the time. */
  actorName: Scalars['String']['output'];
  changes: Array<AuditFieldChange>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  /** sha256(prevHash || canonicalJson(entry)). */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Server UTC time. */
  occurredAt: Scalars['DateTime']['output'];
  prevHash: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  /** Position in the chain. */
  seq: Scalars['String']['output'];
};

/** A page of AuditEntry records. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** Count of all records matching the filter that the caller may read. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a AuditEntry connection. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** One field's change; the earlier value is never lost. */
export type AuditFieldChange = {
  __typename?: 'AuditFieldChange';
  field: Scalars['String']['output'];
  new?: Maybe<Scalars['JSON']['output']>;
  old?: Maybe<Scalars['JSON']['output']>;
};

export type AuditTrailFilter = {
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorId?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  occurredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  occurredTo?: InputMaybe<Scalars['DateTime']['input']>;
  requestId?: InputMaybe<Scalars['String']['input']>;
};

/** Result of recomputing the audit hash chain. */
export type AuditVerification = {
  __typename?: 'AuditVerification';
  checkedEntries: Scalars['Int']['output'];
  /** The first entry whose hash does not match. */
  firstBrokenEntry?: Maybe<AuditEntry>;
  /** HASH_MISMATCH or PREVIOUS_HASH_MISMATCH. */
  reason?: Maybe<Scalars['String']['output']>;
  /** True when every entry matched. */
  valid: Scalars['Boolean']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

export type CreateMaterialInput = {
  code: Scalars['String']['input'];
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  deviceClass?: InputMaybe<DeviceClass>;
  /** GTIN-8/12/13/14; stored as GTIN-14. */
  gtin?: InputMaybe<Scalars['String']['input']>;
  lotControlled?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  /** Why the record is created (kept in the audit trail). */
  reason?: InputMaybe<Scalars['String']['input']>;
  revision?: Scalars['String']['input'];
  serialControlled?: Scalars['Boolean']['input'];
  shelfLifeDays?: InputMaybe<Scalars['Int']['input']>;
  type: MaterialType;
  unit: Scalars['String']['input'];
};

export type CreateMaterialPayload = Payload & {
  __typename?: 'CreateMaterialPayload';
  material?: Maybe<Material>;
  /** Why the mutation changed nothing; empty on success. */
  userErrors: Array<UserError>;
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
  | 'DUPLICATE'
  | 'EQUIPMENT_NOT_CALIBRATED'
  | 'FORBIDDEN'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_TRANSITION'
  | 'LOT_EXPIRED'
  | 'LOT_NOT_RELEASED'
  | 'NOT_FOUND'
  | 'SIGNATURE_INVALID'
  | 'SIGNATURE_REQUIRED'
  | 'SUPPLIER_NOT_APPROVED'
  | 'VALIDATION_FAILED'
  | 'VERSION_CONFLICT';

/** An item master record: what is bought, made, stocked or sold. */
export type Material = Node & Versioned & {
  __typename?: 'Material';
  /** Unique material code (part number). */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Customer-defined fields. */
  customFields: Scalars['JSON']['output'];
  description?: Maybe<Scalars['String']['output']>;
  deviceClass?: Maybe<DeviceClass>;
  /** UDI device identifier: GS1 GTIN-14 with a valid check digit. */
  gtin?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Tracked by lot. */
  lotControlled: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Design revision. */
  revision: Scalars['String']['output'];
  /** Tracked by serial number. */
  serialControlled: Scalars['Boolean']['output'];
  /** Days from manufacture to expiry; null if it does not expire. */
  shelfLifeDays?: Maybe<Scalars['Int']['output']>;
  status: MaterialStatus;
  type: MaterialType;
  /** Unit of measure, e.g. EA, KG, M. */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type MaterialChangeKind =
  | 'CREATED'
  | 'STATUS_CHANGED'
  | 'UPDATED';

/** A committed change to a material. */
export type MaterialChangedEvent = {
  __typename?: 'MaterialChangedEvent';
  /** Fields whose values changed. */
  changedFields: Array<Scalars['String']['output']>;
  /** Outbox event id; increases with commit order within a transaction stream. */
  eventId: Scalars['ID']['output'];
  kind: MaterialChangeKind;
  /** The material as committed. */
  material: Material;
  occurredAt: Scalars['DateTime']['output'];
};

export type MaterialChangedFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<MaterialChangeKind>>;
};

/** A page of Material records. */
export type MaterialConnection = {
  __typename?: 'MaterialConnection';
  edges: Array<MaterialEdge>;
  pageInfo: PageInfo;
  /** Count of all records matching the filter that the caller may read. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Material connection. */
export type MaterialEdge = {
  __typename?: 'MaterialEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Material;
};

/** Filters combine with AND; list values match any. */
export type MaterialFilter = {
  /** Codes starting with this text. */
  codePrefix?: InputMaybe<Scalars['String']['input']>;
  deviceClass?: InputMaybe<Array<DeviceClass>>;
  gtin?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<MaterialStatus>>;
  type?: InputMaybe<Array<MaterialType>>;
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
};

export type MaterialOrder = {
  direction?: SortDirection;
  field: MaterialOrderField;
};

export type MaterialOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** DRAFT -> ACTIVE -> OBSOLETE (DRAFT may also go straight to OBSOLETE). */
export type MaterialStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'OBSOLETE';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a material in DRAFT. */
  createMaterial: CreateMaterialPayload;
  /** Moves a material along DRAFT -> ACTIVE -> OBSOLETE. */
  setMaterialStatus: SetMaterialStatusPayload;
  /** Changes a material; refused with VERSION_CONFLICT if expectedVersion is stale. */
  updateMaterial: UpdateMaterialPayload;
};


export type MutationCreateMaterialArgs = {
  input: CreateMaterialInput;
};


export type MutationSetMaterialStatusArgs = {
  input: SetMaterialStatusInput;
};


export type MutationUpdateMaterialArgs = {
  input: UpdateMaterialInput;
};

/** An object with a globally unique, opaque ID. */
export type Node = {
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** More items precede the first edge. */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Every mutation payload: the changed record (nullable) and userErrors. */
export type Payload = {
  /** Why the mutation changed nothing; empty on success. */
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** Public: readable without a token. */
  apiInfo: ApiInfo;
  /** The audit trail (ADMIN, AUDITOR, QA_MANAGER), in chain order. */
  auditTrail: AuditEntryConnection;
  /** Materials the caller may read, keyset-paginated. */
  materials: MaterialConnection;
  /** The caller. UNAUTHENTICATED without a token. */
  me: Viewer;
  /** The caller's CASL rules, packed (@casl/ability/extra packRules), so clients can hide what the server would refuse. */
  myAbility: Scalars['JSON']['output'];
  /** Any record by id; null if it does not exist or the caller may not read it. */
  node?: Maybe<Node>;
  /** Records by id, in the order asked; null where absent or not readable. */
  nodes: Array<Maybe<Node>>;
  /** Recomputes the hash chain and reports the first entry that does not match. */
  verifyAuditTrail: AuditVerification;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<AuditTrailFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaterialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MaterialOrder>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type SetMaterialStatusInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: MaterialStatus;
};

export type SetMaterialStatusPayload = Payload & {
  __typename?: 'SetMaterialStatusPayload';
  material?: Maybe<Material>;
  /** Why the mutation changed nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** Ordering direction. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Subscription = {
  __typename?: 'Subscription';
  /** Committed changes to materials the subscriber may read. */
  materialChanged: MaterialChangedEvent;
};


export type SubscriptionMaterialChangedArgs = {
  filter?: InputMaybe<MaterialChangedFilter>;
};

/** Only the fields given are changed. Status changes go through setMaterialStatus. */
export type UpdateMaterialInput = {
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  deviceClass?: InputMaybe<DeviceClass>;
  expectedVersion: Scalars['Int']['input'];
  gtin?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  lotControlled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Why the record changes (required on GMP records). */
  reason: Scalars['String']['input'];
  revision?: InputMaybe<Scalars['String']['input']>;
  serialControlled?: InputMaybe<Scalars['Boolean']['input']>;
  shelfLifeDays?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<MaterialType>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMaterialPayload = Payload & {
  __typename?: 'UpdateMaterialPayload';
  material?: Maybe<Material>;
  /** Why the mutation changed nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A business-rule or validation failure. The mutation changed nothing. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable code to branch on. */
  code: ErrorCode;
  /** Path to the input field at fault, e.g. ["input", "gtin"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** A record with a version, timestamps and customer-defined fields. */
export type Versioned = {
  createdAt: Scalars['DateTime']['output'];
  /** Customer-defined fields. */
  customFields: Scalars['JSON']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** The authenticated caller, as the token identifies them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The token subject (`sub`). */
  id: Scalars['ID']['output'];
  /** Printed name used in audit entries and signatures. */
  name: Scalars['String']['output'];
  roles: Array<Scalars['String']['output']>;
  siteIds: Array<Scalars['ID']['output']>;
  supplierId?: Maybe<Scalars['ID']['output']>;
};

export type AuditTrailFilter = {
  actions?: Array<string> | null | undefined;
  actorId?: string | null | undefined;
  entityId?: string | number | null | undefined;
  entityType?: string | null | undefined;
  occurredFrom?: string | null | undefined;
  occurredTo?: string | null | undefined;
  requestId?: string | null | undefined;
};

export type CreateMaterialInput = {
  code: string;
  customFields?: unknown;
  description?: string | null | undefined;
  deviceClass?: DeviceClass | null | undefined;
  /** GTIN-8/12/13/14; stored as GTIN-14. */
  gtin?: string | null | undefined;
  lotControlled?: boolean;
  name: string;
  /** Why the record is created (kept in the audit trail). */
  reason?: string | null | undefined;
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
  | 'DUPLICATE'
  | 'EQUIPMENT_NOT_CALIBRATED'
  | 'FORBIDDEN'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_TRANSITION'
  | 'LOT_EXPIRED'
  | 'LOT_NOT_RELEASED'
  | 'NOT_FOUND'
  | 'SIGNATURE_INVALID'
  | 'SIGNATURE_REQUIRED'
  | 'SUPPLIER_NOT_APPROVED'
  | 'VALIDATION_FAILED'
  | 'VERSION_CONFLICT';

/** Filters combine with AND; list values match any. */
export type MaterialFilter = {
  /** Codes starting with this text. */
  codePrefix?: string | null | undefined;
  deviceClass?: Array<DeviceClass> | null | undefined;
  gtin?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Case-insensitive substring of code or name. */
  search?: string | null | undefined;
  status?: Array<MaterialStatus> | null | undefined;
  type?: Array<MaterialType> | null | undefined;
  updatedAfter?: string | null | undefined;
};

export type MaterialOrder = {
  direction?: SortDirection;
  field: MaterialOrderField;
};

export type MaterialOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** DRAFT -> ACTIVE -> OBSOLETE (DRAFT may also go straight to OBSOLETE). */
export type MaterialStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'OBSOLETE';

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

export type SetMaterialStatusInput = {
  expectedVersion: number;
  id: string | number;
  reason: string;
  status: MaterialStatus;
};

/** Ordering direction. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Only the fields given are changed. Status changes go through setMaterialStatus. */
export type UpdateMaterialInput = {
  customFields?: unknown;
  description?: string | null | undefined;
  deviceClass?: DeviceClass | null | undefined;
  expectedVersion: number;
  gtin?: string | null | undefined;
  id: string | number;
  lotControlled?: boolean | null | undefined;
  name?: string | null | undefined;
  /** Why the record changes (required on GMP records). */
  reason: string;
  revision?: string | null | undefined;
  serialControlled?: boolean | null | undefined;
  shelfLifeDays?: number | null | undefined;
  type?: MaterialType | null | undefined;
  unit?: string | null | undefined;
};

export type MaterialFieldsFragment = { id: string, code: string, name: string, description: string | null, type: MaterialType, unit: string, lotControlled: boolean, serialControlled: boolean, shelfLifeDays: number | null, deviceClass: DeviceClass | null, gtin: string | null, revision: string, status: MaterialStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown };

export type MaterialsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: MaterialFilter | null | undefined;
  orderBy?: Array<MaterialOrder> | MaterialOrder | null | undefined;
}>;


export type MaterialsQuery = { materials: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, description: string | null, type: MaterialType, unit: string, lotControlled: boolean, serialControlled: boolean, shelfLifeDays: number | null, deviceClass: DeviceClass | null, gtin: string | null, revision: string, status: MaterialStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type MaterialCodesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: MaterialFilter | null | undefined;
  orderBy?: Array<MaterialOrder> | MaterialOrder | null | undefined;
}>;


export type MaterialCodesQuery = { materials: { edges: Array<{ node: { code: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type CreateMaterialMutationVariables = Exact<{
  input: CreateMaterialInput;
}>;


export type CreateMaterialMutation = { createMaterial: { material: { id: string, code: string, name: string, description: string | null, type: MaterialType, unit: string, lotControlled: boolean, serialControlled: boolean, shelfLifeDays: number | null, deviceClass: DeviceClass | null, gtin: string | null, revision: string, status: MaterialStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateMaterialMutationVariables = Exact<{
  input: UpdateMaterialInput;
}>;


export type UpdateMaterialMutation = { updateMaterial: { material: { id: string, code: string, name: string, description: string | null, type: MaterialType, unit: string, lotControlled: boolean, serialControlled: boolean, shelfLifeDays: number | null, deviceClass: DeviceClass | null, gtin: string | null, revision: string, status: MaterialStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SetMaterialStatusMutationVariables = Exact<{
  input: SetMaterialStatusInput;
}>;


export type SetMaterialStatusMutation = { setMaterialStatus: { material: { id: string, status: MaterialStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ApiInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiInfoQuery = { apiInfo: { name: string, version: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, roles: Array<string>, supplierId: string | null, siteIds: Array<string> } };

export type MyAbilityQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAbilityQuery = { myAbility: unknown };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Material', code: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Material', id: string }
   | null> };

export type AuditTrailQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
  direction?: SortDirection | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, seq: string, occurredAt: string, actorId: string, actorName: string, action: string, entityType: string, entityId: string, reason: string | null, requestId: string | null, prevHash: string, hash: string, changes: Array<{ field: string, old: unknown, new: unknown }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditTrailQuery = { verifyAuditTrail: { valid: boolean, checkedEntries: number, reason: string | null, firstBrokenEntry: { id: string, seq: string, entityId: string } | null } };

export const MaterialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}},{"kind":"Field","name":{"kind":"Name","value":"serialControlled"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviceClass"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<MaterialFieldsFragment, unknown>;
export const MaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Materials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}},{"kind":"Field","name":{"kind":"Name","value":"serialControlled"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviceClass"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<MaterialsQuery, MaterialsQueryVariables>;
export const MaterialCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialCodesQuery, MaterialCodesQueryVariables>;
export const CreateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}},{"kind":"Field","name":{"kind":"Name","value":"serialControlled"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviceClass"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<CreateMaterialMutation, CreateMaterialMutationVariables>;
export const UpdateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}},{"kind":"Field","name":{"kind":"Name","value":"serialControlled"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviceClass"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<UpdateMaterialMutation, UpdateMaterialMutationVariables>;
export const SetMaterialStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMaterialStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMaterialStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaterialStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetMaterialStatusMutation, SetMaterialStatusMutationVariables>;
export const ApiInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApiInfoQuery, ApiInfoQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteIds"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyAbilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAbility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAbility"}}]}}]} as unknown as DocumentNode<MyAbilityQuery, MyAbilityQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"old"}},{"kind":"Field","name":{"kind":"Name","value":"new"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const VerifyAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditTrailQuery, VerifyAuditTrailQueryVariables>;