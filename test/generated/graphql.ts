/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Adds an action to the plan during INVESTIGATION. */
export type AddCapaActionInput = {
  /** The CAPA (in INVESTIGATION) to add the action to. */
  capaId: string | number;
  /** What must be done, as the action owner will read it. */
  description: string;
  /** By the CAPA's own due date. */
  dueOn: string;
  /** The CAPA's version; adding an action moves it. */
  expectedVersion: number;
  /** The responsible user: active, with a role that completes the CAPA actions it owns. */
  ownerId: string | number;
};

/** A new shipping address (consignee) for a customer; shipments keep a copy of it as shipped. */
export type AddCustomerAddressInput = {
  /** City of the consignee. */
  city: string;
  /** Name of the receiving party printed on the shipment (the distribution record's consignee). */
  consigneeName: string;
  /** Country, as ISO 3166-1 alpha-2 code (e.g. CN, DE). */
  country: string;
  /** The customer the address belongs to. */
  customerId: string | number;
  /** Short name to pick the address by, e.g. "Main warehouse". */
  label: string;
  /** First street address line. */
  line1: string;
  /** Second street address line, if any. */
  line2?: string | null | undefined;
  /** Postal code, where the country uses one. */
  postalCode?: string | null | undefined;
  /** Province, state or region, where the country uses one. */
  region?: string | null | undefined;
};

/** Sets the counted quantity of a lot at a location; the difference is an ADJUST movement. */
export type AdjustStockInput = {
  /** The counted quantity (zero or more). */
  countedQuantity: string;
  /** Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so a refused request stays refused under its key. The same key with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database unavailable) changed nothing and kept no response, so it may be retried with the same key. */
  idempotencyKey?: string | null | undefined;
  /** The location whose count is recorded. */
  locationId: string | number;
  /** The lot counted. */
  lotId: string | number;
  /** Why: cycle count, damage found... */
  reason: string;
  /** Needed (meaning APPROVED, by QA who may dispose of lots) when the count lowers the stock of a lot that is on hold, rejected, recalled, expired, scrapped or returned. */
  signature?: SignatureInput | null | undefined;
};

/** One step of the CAPA lifecycle. Each step records its own fields: INVESTIGATION owner, risk and containment; PLAN_APPROVAL root cause and affected scope; EFFECTIVENESS_CHECK the criterion; CLOSED_NO_ACTION and CANCELLED a justification; back to INVESTIGATION from EFFECTIVENESS_CHECK the effectiveness result. IMPLEMENTATION (signed APPROVED, not by the owner), EFFECTIVENESS_CHECK (signed VERIFIED, by neither the owner nor an action owner) and CLOSED_NO_ACTION (signed) need a signature. The owner must hold a role that may update CAPAs. */
export type AdvanceCapaInput = {
  /** Entering PLAN_APPROVAL: which products, lots and processes the problem affects. */
  affectedScope?: string | null | undefined;
  /** Entering INVESTIGATION: immediate containment taken. */
  containment?: string | null | undefined;
  /** Entering EFFECTIVENESS_CHECK: the measurable criterion that will show the actions worked. */
  effectivenessCriterion?: string | null | undefined;
  /** Entering CLOSED or returning to INVESTIGATION: what the effectiveness check found. */
  effectivenessResult?: string | null | undefined;
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The CAPA to advance. */
  id: string | number;
  /** Entering CLOSED_NO_ACTION or CANCELLED: why no (further) action is taken. */
  justification?: string | null | undefined;
  /** Entering INVESTIGATION: the user (global id) who owns the CAPA. */
  ownerId?: string | number | null | undefined;
  /** Why the step is taken; kept in the audit trail. */
  reason: string;
  /** Entering INVESTIGATION: the assessed risk. */
  risk?: CapaRisk | null | undefined;
  /** Entering PLAN_APPROVAL: the root cause found by the investigation. */
  rootCause?: string | null | undefined;
  /** Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong. */
  signature?: SignatureInput | null | undefined;
  /** The status to move to; it must be a legal next step (INVALID_TRANSITION otherwise). */
  to: CapaStatus;
};

/** Calendar bucket of an analytics row, truncated in UTC (WEEK: ISO week starting Monday). */
export type AnalyticsPeriod =
  /** One UTC calendar day. */
  | 'DAY'
  /** One UTC calendar month. */
  | 'MONTH'
  /** One ISO week (Monday to Sunday, UTC). */
  | 'WEEK';

/** Adds a supplier for a material to the approved-supplier list (ISO 13485 7.4); the supplier must be qualified. */
export type ApproveMaterialSupplierInput = {
  /** The material the supplier is approved for. */
  materialId: string | number;
  /** Why the source is approved (evaluation, first-article inspection...). */
  reason: string;
  /** The supplier approved as a source. */
  supplierId: string | number;
  /** The supplier's own part number for this material, printed on purchase orders. */
  supplierPartNumber?: string | null | undefined;
};

/** DRAFT → APPROVED. Not by its creator; above the PURCHASE_APPROVAL_LIMIT of its currency (or in a currency without one) only by QA_MANAGER or ADMIN. */
export type ApprovePurchaseOrderInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The DRAFT purchase order to approve. */
  id: string | number;
  /** Why it is approved; kept in the audit trail. */
  reason?: string | null | undefined;
};

/** Criteria for listing approved supplier list entries: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter. */
export type ApprovedSupplierFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only records of one of these materials (global ids). */
  materialIds?: Array<string | number> | null | undefined;
  /** Only records in one of these statuses. */
  status?: Array<MaterialSupplierStatus> | null | undefined;
  /** Only records of one of these suppliers (global ids). */
  supplierIds?: Array<string | number> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** Criteria for listing audit entries: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter. */
export type AuditTrailFilter = {
  /** Only entries with one of these actions, e.g. CREATE, UPDATE, STATUS_CHANGE. */
  actions?: Array<string> | null | undefined;
  /** Only entries made by this user (the token subject). */
  actorId?: string | null | undefined;
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only entries about this record (global id). */
  entityId?: string | number | null | undefined;
  /** Only entries about records of this GraphQL type name, e.g. Lot. */
  entityType?: string | null | undefined;
  /** Only entries made at or after this time. */
  occurredFrom?: string | null | undefined;
  /** Only entries made before this time (exclusive). */
  occurredTo?: string | null | undefined;
  /** Only entries written by this request or operation. */
  requestId?: string | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One component line of a new BOM. */
export type BomLineInput = {
  /** The component material. */
  componentMaterialId: string | number;
  /** Quantity of the component per one unit of product, in the component's unit; greater than 0. */
  quantityPer: string;
  /** Materials approved as substitutes (替代料) for this component. */
  substituteMaterialIds?: Array<string | number> | null | undefined;
};

/** Outcome of a calibration. */
export type CalibrationResult =
  /** Out of tolerance: the equipment goes OUT_OF_CALIBRATION and what was measured with it since its last passing calibration gets a nonconformance. */
  | 'FAIL'
  /** Within tolerance: the due date moves and the equipment returns to service. */
  | 'PASS';

/** OPEN or IN_PROGRESS → CANCELLED. Equipment the order took out of service stays out of service: a person returns it with setEquipmentStatus. */
export type CancelMaintenanceOrderInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The maintenance order to cancel. */
  id: string | number;
  /** Why it is cancelled; kept in the audit trail. */
  reason: string;
};

/** DRAFT, APPROVED or SENT → CANCELLED while nothing was received. Repeating it on a CANCELLED order returns the order unchanged. */
export type CancelPurchaseOrderInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The purchase order to cancel. */
  id: string | number;
  /** Why the order is cancelled. */
  reason: string;
};

/** Status of a CAPA action. */
export type CapaActionStatus =
  /** Completed. */
  | 'DONE'
  /** Not yet completed. */
  | 'OPEN';

/** Narrows CAPAs; every given criterion must match. */
export type CapaFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Raised from any of these nonconformances. */
  nonconformanceIds?: Array<string | number> | null | undefined;
  /** Past its due date, or with an open action past its own (today, UTC). */
  overdue?: boolean | null | undefined;
  /** Only records in one of these statuses. */
  status?: Array<CapaStatus> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** Risk of the problem a CAPA addresses. */
export type CapaRisk =
  /** High risk. */
  | 'HIGH'
  /** Low risk. */
  | 'LOW'
  /** Medium risk. */
  | 'MEDIUM';

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

/** One characteristic of a new inspection plan. */
export type CharacteristicInput = {
  /** QUANTITATIVE (measured against limits) or QUALITATIVE (accept/reject). */
  kind: CharacteristicKind;
  /** QUANTITATIVE: lowest accepted value, inclusive, in `unit`. */
  lowerLimit?: string | null | undefined;
  /** Name of the characteristic, e.g. "Outer diameter". */
  name: string;
  /** QUANTITATIVE: target value, in `unit`. */
  nominal?: string | null | undefined;
  /** QUANTITATIVE: unit of the readings, e.g. mm. */
  unit?: string | null | undefined;
  /** QUANTITATIVE: highest accepted value, inclusive, in `unit`. */
  upperLimit?: string | null | undefined;
};

/** QUANTITATIVE: a value within limits, measured with calibrated equipment; QUALITATIVE: accept/reject. */
export type CharacteristicKind =
  /** Accept or reject by the inspector's judgement. */
  | 'QUALITATIVE'
  /** A measured value within limits. */
  | 'QUANTITATIVE';

/** EFFECTIVENESS_CHECK → CLOSED, signed CLOSED by neither the CAPA owner nor an action owner. */
export type CloseCapaInput = {
  /** Whether the effectiveness criterion was met; only then may the CAPA close. */
  criterionMet: boolean;
  /** What the effectiveness check found. */
  effectivenessResult: string;
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The CAPA to close. */
  id: string | number;
  /** Why it is closed (the effectiveness found); kept in the audit trail. */
  reason: string;
  /** Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong. */
  signature: SignatureInput;
};

/** DISPOSITIONED → CLOSED, signed (CLOSED); a rework must have been re-inspected. */
export type CloseNonconformanceInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The nonconformance to close. */
  id: string | number;
  /** Why it is closed; kept in the audit trail. */
  reason: string;
  /** Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong. */
  signature: SignatureInput;
};

/** RECEIVED or PARTIALLY_RECEIVED → CLOSED. Repeating it on a CLOSED order returns the order unchanged. */
export type ClosePurchaseOrderInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The purchase order to close. */
  id: string | number;
  /** Why the order is closed, e.g. the rest will not be delivered. */
  reason: string;
};

/** Marks an action done during IMPLEMENTATION (its owner, or QA). */
export type CompleteCapaActionInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The action to mark done. */
  id: string | number;
  /** Evidence that it was done. */
  note: string;
};

/** Completes an inspection: the server computes the verdict from the readings; a FAIL opens a nonconformance. */
export type CompleteInspectionInput = {
  /** The IN_PROGRESS inspection to complete. */
  inspectionId: string | number;
  /** Why it is completed; kept in the audit trail. */
  reason?: string | null | undefined;
};

/** The scope a USE_AS_IS concession permits; at least one limit. */
export type ConcessionScopeInput = {
  /** Only shipments to this customer. */
  customerId?: string | number | null | undefined;
  /** At most this quantity consumed, issued or shipped. */
  maxQuantity?: string | null | undefined;
  /** Until this day (UTC). */
  validUntil?: string | null | undefined;
};

/** Issues a released, unexpired lot of a BOM component (or an approved substitute) to a work order. */
export type ConsumeLotInput = {
  /** A location at the work order's site. */
  fromLocationId: string | number;
  /** Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so a refused request stays refused under its key. The same key with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database unavailable) changed nothing and kept no response, so it may be retried with the same key. */
  idempotencyKey?: string | null | undefined;
  /** The component lot to issue. */
  lotId: string | number;
  /** Quantity consumed, in the component's unit; at most what is in stock. */
  quantity: string;
  /** Why; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The RELEASED or IN_PROGRESS work order consuming it. */
  workOrderId: string | number;
};

/** A new BOM revision of a product. */
export type CreateBomInput = {
  /** The component lines, at least one. */
  lines: Array<BomLineInput>;
  /** The product material the BOM makes. */
  productMaterialId: string | number;
  /** Why the BOM is created; kept in the audit trail. */
  reason: string;
  /** Revision label, unique per product, e.g. A. */
  revision: string;
};

/** A new customer; it starts ACTIVE. */
export type CreateCustomerInput = {
  /** Unique code: letters, digits, '.', '_', '-' and '/', at most 64 characters. */
  code: string;
  /** Contact e-mail address. */
  contactEmail?: string | null | undefined;
  /** Contact person. */
  contactName?: string | null | undefined;
  /** Contact telephone number, at most 40 characters. */
  contactPhone?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code in capitals, e.g. CN. */
  country?: string | null | undefined;
  /** Customer-defined fields (a JSON object, at most 16 KiB). */
  customFields?: unknown;
  /** Legal or trading name. */
  name: string;
  /** Why the record is created (kept in the audit trail). */
  reason?: string | null | undefined;
};

/** A new plan version for a material and inspection type; it supersedes the active one. */
export type CreateInspectionPlanInput = {
  /** What is inspected, at least one characteristic. */
  characteristics: Array<CharacteristicInput>;
  /** The material inspected. */
  materialId: string | number;
  /** Why the plan version is created; kept in the audit trail. */
  reason: string;
  /** Number of samples read per characteristic, at least 1. */
  sampleSize: number;
  /** Which inspection the plan is for (incoming, in-process, final). */
  type: InspectionType;
};

/** A new location in an ACTIVE site; it starts ACTIVE. */
export type CreateLocationInput = {
  /** Code, unique within the site: letters, digits, ".", "_", "-", "/". */
  code: string;
  /** Customer-defined fields. */
  customFields?: unknown;
  /** Display name. */
  name: string;
  /** Why the record is created (kept in the audit trail). */
  reason?: string | null | undefined;
  /** The site; must exist, be ACTIVE and be one the caller may work in. */
  siteId: string | number;
  /** What the location is used for. */
  type: LocationType;
};

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

/** Creates a purchase order in DRAFT. */
export type CreatePurchaseOrderInput = {
  /** ISO 4217 currency code, e.g. EUR, CNY, USD. */
  currency: string;
  /** Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record. */
  customFields?: unknown;
  /** Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so a refused request stays refused under its key. The same key with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database unavailable) changed nothing and kept no response, so it may be retried with the same key. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 200 lines. */
  lines: Array<PurchaseOrderLineInput>;
  /** Why the order is created; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The supplier ordered from; each line's material must be approved for it. */
  supplierId: string | number;
};

/** A DRAFT sales order. */
export type CreateSalesOrderInput = {
  /** ISO 4217. */
  currency: string;
  /** The customer ordering. */
  customerId: string | number;
  /** The ordered materials, at least one. */
  lines: Array<SalesOrderLineInput>;
  /** Unique order number (from the sales system). */
  orderNumber: string;
  /** Why the order is created; kept in the audit trail. */
  reason?: string | null | undefined;
  /** One of the customer's addresses. */
  shipToAddressId: string | number;
};

/** A new site; it starts ACTIVE. */
export type CreateSiteInput = {
  /** Unique site code: letters, digits, ".", "_", "-", "/". */
  code: string;
  /** ISO 3166-1 alpha-2 country code, upper case. */
  country?: string | null | undefined;
  /** Customer-defined fields. */
  customFields?: unknown;
  /** Display name. */
  name: string;
  /** Why the record is created (kept in the audit trail). */
  reason?: string | null | undefined;
  /** IANA time zone, e.g. Asia/Shanghai. */
  timezone?: string;
};

/** A new supplier, PROSPECTIVE until qualified with setSupplierQualification. */
export type CreateSupplierInput = {
  /** Unique supplier code. */
  code: string;
  /** Email of the supplier's contact person. */
  contactEmail?: string | null | undefined;
  /** Name of the supplier's contact person. */
  contactName?: string | null | undefined;
  /** Phone of the supplier's contact person. */
  contactPhone?: string | null | undefined;
  /** Country, as ISO 3166-1 alpha-2 code (e.g. CN). */
  country?: string | null | undefined;
  /** Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record. */
  customFields?: unknown;
  /** Legal or trading name of the supplier. */
  name: string;
  /** Why the supplier is created; kept in the audit trail. */
  reason?: string | null | undefined;
};

/** A user to provision (ADMIN). */
export type CreateUserInput = {
  /** Customer-defined fields. */
  customFields?: unknown;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Printed name used in audit entries and e-signatures. */
  printedName: string;
  /** Why the user is provisioned (kept in the audit trail). */
  reason?: string | null | undefined;
  /** At least one role. */
  roles: Array<Role>;
  /** Sites the user works at; empty or omitted means no site restriction. */
  siteIds?: Array<string | number> | null | undefined;
  /** Identity-provider subject (the JWT `sub`); unique. */
  subject: string;
  /** Required with the SUPPLIER role, refused without it. */
  supplierId?: string | number | null | undefined;
};

/** A new webhook: a partner endpoint that receives the chosen events, signed with its secret. */
export type CreateWebhookInput = {
  /** The events to deliver (required unless the deprecated `events` is given). */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /**
   * Outbox event names (deprecated form of eventTypes).
   * @deprecated Use `eventTypes`. Accepts outbox names (LotStatusChanged) and enum names (LOT_STATUS_CHANGED).
   */
  events?: Array<string> | null | undefined;
  /** Shared HMAC key (16 to 256 characters); never returned. */
  secret: string;
  /** Where deliveries are POSTed (https; http outside production). */
  url: string;
};

/** A new work order in PLANNED for an ACTIVE BOM. */
export type CreateWorkOrderInput = {
  /** The BOM to build from; its product is the work order's product. */
  bomId: string | number;
  /** Work order number, unique (MES systems bring their own). */
  number: string;
  /** Quantity of product to make, in the product's unit. */
  quantity: string;
  /** Why the work order is created; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The site where the product is made. */
  siteId: string | number;
};

/** Filters combine with AND; list values match any. */
export type CustomerFilter = {
  /** Codes starting with this text (wildcards match literally). */
  codePrefix?: string | null | undefined;
  /** Exact contact e-mail, case-insensitive; FORBIDDEN for callers who may not read contactEmail. */
  contactEmail?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code (case-insensitive). */
  country?: string | null | undefined;
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only these customers. */
  ids?: Array<string | number> | null | undefined;
  /** Case-insensitive substring of code or name (wildcards match literally). */
  search?: string | null | undefined;
  /** Any of these states. */
  status?: Array<CustomerStatus> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One sort key of a customer list. */
export type CustomerOrder = {
  /** Ascending unless given. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: CustomerOrderField;
};

/** What customers can be sorted by; ties break on id. */
export type CustomerOrderField =
  /** By `code`. */
  | 'CODE'
  /** By `createdAt`. */
  | 'CREATED_AT'
  /** By `name`. */
  | 'NAME'
  /** By `updatedAt`. */
  | 'UPDATED_AT';

/** ACTIVE <-> INACTIVE. INACTIVE customers take no new orders; their records stay for recalls. */
export type CustomerStatus =
  /** May receive orders and shipments. */
  | 'ACTIVE'
  /** Deactivated with a reason; kept for distribution records and recalls. */
  | 'INACTIVE';

/** A window of time: from (inclusive) up to to (exclusive); either end may be left open. */
export type DateTimeWindow = {
  /** Earliest instant included. */
  from?: string | null | undefined;
  /** First instant no longer included. */
  to?: string | null | undefined;
};

/** Deactivates a user for good (ADMIN). */
export type DeactivateUserInput = {
  /** The version the change is based on; a stale one is VERSION_CONFLICT. */
  expectedVersion: number;
  /** The user to deactivate. */
  id: string | number;
  /** Why the user is deactivated (required; kept on the user and in the audit trail). */
  reason: string;
};

/** Deletes a webhook with its delivery log. */
export type DeleteWebhookInput = {
  /** The version read; VERSION_CONFLICT if it changed since. */
  expectedVersion: number;
  /** The webhook to delete. */
  id: string | number;
  /** Why (audited). */
  reason: string;
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

/** What is done with the nonconforming lots (ISO 13485 8.3.2). */
export type Disposition =
  /** Return the lots to their supplier. */
  | 'RETURN_TO_SUPPLIER'
  /** Rework the lots; they go back to QUARANTINE for re-inspection. */
  | 'REWORK'
  /** Scrap the lots. */
  | 'SCRAP'
  /** Use the lots as they are under a concession (让步接收) with justification and approval. */
  | 'USE_AS_IS';

/** UNDER_REVIEW → DISPOSITIONED, signed (APPROVED) by someone other than who opened it. */
export type DispositionNonconformanceInput = {
  /** Required for USE_AS_IS, refused otherwise. */
  concession?: ConcessionScopeInput | null | undefined;
  /** What is done with the nonconforming lots. */
  disposition: Disposition;
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The nonconformance UNDER_REVIEW. */
  id: string | number;
  /** Why this disposition (for USE_AS_IS, the concession's justification). */
  justification: string;
  /** Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong. */
  signature: SignatureInput;
};

/** Criteria for listing equipment: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter. */
export type EquipmentFilter = {
  /** Calibration due on or before this date. */
  calibrationDueBy?: string | null | undefined;
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only records with one of these global ids. */
  ids?: Array<string | number> | null | undefined;
  /** Only records of one of these sites (global ids). */
  siteIds?: Array<string | number> | null | undefined;
  /** By status as shown: OUT_OF_CALIBRATION includes equipment in service past its due date. */
  status?: Array<EquipmentStatus> | null | undefined;
  /** Only equipment of one of these types. */
  types?: Array<EquipmentType> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** Past its calibration due date, equipment counts as out of calibration whatever its status says. */
export type EquipmentStatus =
  /** Usable (if not past its calibration due date). */
  | 'IN_SERVICE'
  /** Past its due date or failed calibration: may not be used for measurements. */
  | 'OUT_OF_CALIBRATION'
  /** Taken out of use, e.g. for maintenance. */
  | 'OUT_OF_SERVICE'
  /** Permanently withdrawn; its records stay. */
  | 'RETIRED';

/** What kind of equipment it is (ISO 13485 7.6 applies to measuring instruments and fixtures). */
export type EquipmentType =
  /** Facility equipment, e.g. a clean room or climate chamber. */
  | 'FACILITY'
  /** An instrument used for measurements, e.g. a caliper or gauge. */
  | 'MEASURING_INSTRUMENT'
  /** A production machine, e.g. an extruder or sealer. */
  | 'PRODUCTION_ASSET'
  /** A fixture or jig used in testing. */
  | 'TEST_FIXTURE';

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

/** Which first inspections to aggregate into first-pass yield. */
export type FirstPassYieldFilter = {
  /** First day (UTC, inclusive) in which a lot's first inspection may have completed. */
  from: string;
  /** The inspection type whose first completed inspection per lot counts. */
  inspectionType: InspectionType;
  /** Only these materials (at most 500); all materials when absent. An answer over 10000 rows is refused (VALIDATION_FAILED). */
  materialIds?: Array<string | number> | null | undefined;
  /** Bucket rows by the UTC day, ISO week or month in which the first inspection completed. */
  period: AnalyticsPeriod;
  /** Day (UTC) at which the range ends, exclusive. At most 1098 days after from. */
  to: string;
};

/** Criteria for listing inspections: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter. */
export type InspectionFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only records of one of these lots (global ids). */
  lotIds?: Array<string | number> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
  /** Only completed inspections with one of these verdicts. */
  verdicts?: Array<InspectionVerdict> | null | undefined;
};

/** Which point of the process an inspection belongs to. */
export type InspectionType =
  /** Final inspection of a produced lot before release. */
  | 'FINAL'
  /** Incoming inspection of a received lot. */
  | 'INCOMING'
  /** In-process inspection during production. */
  | 'IN_PROCESS';

/** Computed by the server from the readings, never sent by the client. */
export type InspectionVerdict =
  /** At least one reading is out of limits or rejected. */
  | 'FAIL'
  /** Every reading is within limits or accepted. */
  | 'PASS';

/** Filters combine with AND; list values match any. */
export type LocationFilter = {
  /** Codes starting with this text (case-sensitive). */
  codePrefix?: string | null | undefined;
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only these locations. */
  ids?: Array<string | number> | null | undefined;
  /** Case-insensitive substring of code or name. */
  search?: string | null | undefined;
  /** Only locations of these sites. */
  siteIds?: Array<string | number> | null | undefined;
  /** Only locations in these statuses. */
  status?: Array<LocationStatus> | null | undefined;
  /** Only locations of these types. */
  types?: Array<LocationType> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One ordering key; the id breaks ties. */
export type LocationOrder = {
  /** Direction; ASC by default. */
  direction?: SortDirection;
  /** Field to order by. */
  field: LocationOrderField;
};

/** Fields locations can be ordered by. */
export type LocationOrderField =
  /** By `code`. */
  | 'CODE'
  /** By `createdAt`. */
  | 'CREATED_AT'
  /** By `name`. */
  | 'NAME'
  /** By `updatedAt`. */
  | 'UPDATED_AT';

/** An INACTIVE location takes no new stock; its records stay. */
export type LocationStatus =
  /** In use. */
  | 'ACTIVE'
  /** Takes no new stock; its records stay. */
  | 'INACTIVE';

/** What a location is used for. */
export type LocationType =
  /** QC laboratory; retained samples. */
  | 'LABORATORY'
  /** Line-side or work-in-progress area. */
  | 'PRODUCTION'
  /** Stock awaiting inspection or release, kept apart. */
  | 'QUARANTINE'
  /** Inbound dock. */
  | 'RECEIVING'
  /** Rejected or nonconforming material (MRB area). */
  | 'REJECT'
  /** Outbound staging. */
  | 'SHIPPING'
  /** General storage of released stock. */
  | 'STORAGE';

/** Filters combine with AND; list values match any. */
export type LotFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Expiring on or after this date. */
  expiresFrom?: string | null | undefined;
  /** Expiring on or before this date. */
  expiresTo?: string | null | undefined;
  /** Only records with one of these global ids. */
  ids?: Array<string | number> | null | undefined;
  /** Only records of one of these materials (global ids). */
  materialIds?: Array<string | number> | null | undefined;
  /** Only records of one of these sites (global ids). */
  siteIds?: Array<string | number> | null | undefined;
  /** Only records in one of these statuses. */
  status?: Array<LotStatus> | null | undefined;
  /** Only records of one of these suppliers (global ids). */
  supplierIds?: Array<string | number> | null | undefined;
  /** Only lots with exactly this supplier lot number. */
  supplierLotNumber?: string | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One sort key for lots; in orderBy, earlier keys take precedence and the id breaks remaining ties. */
export type LotOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: LotOrderField;
};

/** Lots without an expiry date sort last by EXPIRES_ON. */
export type LotOrderField =
  /** By `createdAt`. */
  | 'CREATED_AT'
  /** By `expiresOn`. */
  | 'EXPIRES_ON'
  /** By `lotNumber`. */
  | 'LOT_NUMBER';

/** Where the lot came from. */
export type LotOrigin =
  /** Received from a supplier (receiveLot). */
  | 'RECEIPT'
  /** Produced by a work order (produceLot). */
  | 'WORK_ORDER';

/** Lot status (ISO 13485 7.5.8): only RELEASED, or CONDITIONAL_RELEASE within its concession, may be used. */
export type LotStatus =
  /** Usable only within its concession's quantity, customer or date. */
  | 'CONDITIONAL_RELEASE'
  /** Past its expiry date; not usable. */
  | 'EXPIRED'
  /** Held by QA (or a failed calibration, complaint or recall investigation); not usable until released again or rejected. */
  | 'ON_HOLD'
  /** Just received or produced, or sent back for rework; awaiting inspection. */
  | 'QUARANTINE'
  /** Recalled; see recallImpact for its downstream lots and customers. */
  | 'RECALLED'
  /** Failed inspection or rejected by QA; to be scrapped, returned or reworked. */
  | 'REJECTED'
  /** Released by QA with a RELEASED signature: usable and shippable. */
  | 'RELEASED'
  /** Returned to its supplier. */
  | 'RETURNED'
  /** Scrapped. */
  | 'SCRAPPED'
  /** An inspection has started. */
  | 'UNDER_TEST';

/** Narrows the `lotStatusChanged` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent. */
export type LotStatusChangedFilter = {
  /** Only records of one of these lots (global ids). */
  lotIds?: Array<string | number> | null | undefined;
  /** Only records of one of these materials (global ids). */
  materialIds?: Array<string | number> | null | undefined;
  /** New statuses to hear about. */
  statuses?: Array<LotStatus> | null | undefined;
};

/** A lot lifecycle step. Release, reject, hold release, scrap, return and recall need a signature. */
export type LotTransitionInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The lot to transition. */
  id: string | number;
  /** Why the step is taken; kept in the audit trail and on the lot as statusReason. */
  reason: string;
  /** Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong. */
  signature?: SignatureInput | null | undefined;
};

/** CORRECTIVE work on equipment that needs calibration leaves it OUT_OF_CALIBRATION until a PASS (ISO 13485 7.6). */
export type MaintenanceKind =
  /** Repair after a fault. */
  | 'CORRECTIVE'
  /** Planned, periodic upkeep. */
  | 'PREVENTIVE';

/** OPEN → IN_PROGRESS (the equipment is taken out of service) → DONE; OPEN → DONE; OPEN or IN_PROGRESS → CANCELLED with a reason. Work recorded after the fact is DONE at once. */
export type MaintenanceOrderStatus =
  /** Cancelled before completion. */
  | 'CANCELLED'
  /** Completed and recorded. */
  | 'DONE'
  /** Work under way; the equipment is out of service. */
  | 'IN_PROGRESS'
  /** Planned; the equipment is still in use. */
  | 'OPEN';

/** What kind of change a MaterialChangedEvent reports. */
export type MaterialChangeKind =
  /** The material was created. */
  | 'CREATED'
  /** Its status changed (setMaterialStatus). */
  | 'STATUS_CHANGED'
  /** Its master data changed (updateMaterial). */
  | 'UPDATED';

/** Narrows the `materialChanged` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent. */
export type MaterialChangedFilter = {
  /** Only records with one of these global ids. */
  ids?: Array<string | number> | null | undefined;
  /** Only changes of these kinds. */
  kinds?: Array<MaterialChangeKind> | null | undefined;
};

/** Filters combine with AND; list values match any. */
export type MaterialFilter = {
  /** Codes starting with this text. */
  codePrefix?: string | null | undefined;
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only materials of one of these device classes. */
  deviceClass?: Array<DeviceClass> | null | undefined;
  /** Only the material with this GTIN (GTIN-8/12/13/14; compared as GTIN-14). */
  gtin?: string | null | undefined;
  /** Only records with one of these global ids. */
  ids?: Array<string | number> | null | undefined;
  /** Case-insensitive substring of code or name. */
  search?: string | null | undefined;
  /** Only records in one of these statuses. */
  status?: Array<MaterialStatus> | null | undefined;
  /** Only materials of one of these types. */
  type?: Array<MaterialType> | null | undefined;
  /**
   * Only materials changed after this time (exclusive), for incremental pulls.
   * @deprecated Use updatedAt: { from } (inclusive), which every list filter has.
   */
  updatedAfter?: string | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One sort key for materials; in orderBy, earlier keys take precedence and the id breaks remaining ties. */
export type MaterialOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: MaterialOrderField;
};

/** Fields materials can be sorted by. */
export type MaterialOrderField =
  /** By `code`. */
  | 'CODE'
  /** By `createdAt`. */
  | 'CREATED_AT'
  /** By `name`. */
  | 'NAME'
  /** By `updatedAt`. */
  | 'UPDATED_AT';

/** DRAFT -> ACTIVE -> OBSOLETE (DRAFT may also go straight to OBSOLETE). */
export type MaterialStatus =
  /** In use: may be ordered, received, produced and sold. */
  | 'ACTIVE'
  /** Being defined; not yet usable. */
  | 'DRAFT'
  /** No longer used; its records stay. */
  | 'OBSOLETE';

/** Only APPROVED entries allow purchase orders and receipts of the material from the supplier. */
export type MaterialSupplierStatus =
  /** The supplier may supply the material. */
  | 'APPROVED'
  /** Approval withdrawn; QA may approve the entry again. */
  | 'REVOKED'
  /** Approval paused; QA may approve or revoke the entry. */
  | 'SUSPENDED';

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

/** Moves stock of a lot. TRANSFER needs both locations; ISSUE, SHIP, SCRAP and SAMPLE take from one. */
export type MoveStockInput = {
  /** The location the stock leaves; it must hold enough of the lot. */
  fromLocationId: string | number;
  /** Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so a refused request stays refused under its key. The same key with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database unavailable) changed nothing and kept no response, so it may be retried with the same key. */
  idempotencyKey?: string | null | undefined;
  /** The lot moved. */
  lotId: string | number;
  /** Quantity moved, in the material's unit; greater than 0. */
  quantity: string;
  /** Why; kept in the audit trail and on the movement. */
  reason?: string | null | undefined;
  /** External reference kept on the movement, e.g. a WMS task number. */
  reference?: string | null | undefined;
  /** The receiving location; required for TRANSFER, omitted otherwise. */
  toLocationId?: string | number | null | undefined;
  /** What kind of movement it is. */
  type?: MovementType;
};

/** Kinds of stock movement; SAMPLE takes retained samples. SCRAP and RETURN of a lot that is not released come only from QA dispositions. */
export type MovementType =
  /** A stock count correction (adjustStock). */
  | 'ADJUST'
  /** Issued out of stock, e.g. to a work order or maintenance. */
  | 'ISSUE'
  /** Stock of a lot produced by a work order. */
  | 'PRODUCE'
  /** Stock of a lot received from a supplier. */
  | 'RECEIVE'
  /** Returned to the supplier. */
  | 'RETURN'
  /** Taken as a retained sample (留样). */
  | 'SAMPLE'
  /** Scrapped. */
  | 'SCRAP'
  /** Shipped to a customer. */
  | 'SHIP'
  /** Moved between two locations. */
  | 'TRANSFER';

/** Narrows nonconformances; every given criterion must match. */
export type NonconformanceFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only nonconformances dispositioned one of these ways. */
  dispositions?: Array<Disposition> | null | undefined;
  /** Listing any of these lots. */
  lotIds?: Array<string | number> | null | undefined;
  /** Only nonconformances raised by one of these sources. */
  sources?: Array<NonconformanceSource> | null | undefined;
  /** Only records in one of these statuses. */
  status?: Array<NonconformanceStatus> | null | undefined;
  /** Raised against any of these suppliers. */
  supplierIds?: Array<string | number> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** What raised a nonconformance. */
export type NonconformanceSource =
  /** A failed calibration of equipment used to measure the lots. */
  | 'CALIBRATION'
  /** A customer complaint. */
  | 'COMPLAINT'
  /** A failed inspection. */
  | 'INSPECTION'
  /** Anything else, e.g. found in production. */
  | 'OTHER';

/** The nonconformance lifecycle (ISO 13485 8.3). */
export type NonconformanceStatus =
  /** Closed, signed (CLOSED). */
  | 'CLOSED'
  /** A disposition was decided and signed (APPROVED). */
  | 'DISPOSITIONED'
  /** Raised, not yet reviewed. */
  | 'OPEN'
  /** Being reviewed. */
  | 'UNDER_REVIEW';

/** Opens a CAPA in DRAFT. */
export type OpenCapaInput = {
  /** The problem, as known. */
  description: string;
  /** Target date for closure. */
  dueOn: string;
  /** The nonconformances it is raised from. */
  nonconformanceIds?: Array<string | number> | null | undefined;
  /** Short title of the problem. */
  title: string;
};

/** Plans maintenance: the order is OPEN and the equipment stays in use until the work starts. */
export type OpenMaintenanceOrderInput = {
  /** The work to be done. */
  description: string;
  /** The equipment to maintain. */
  equipmentId: string | number;
  /** PREVENTIVE or CORRECTIVE. */
  kind: MaintenanceKind;
  /** The day the work is planned for. */
  plannedFor?: string | null | undefined;
};

/** Raises a nonconformance on lots (a complaint or an observation). */
export type OpenNonconformanceInput = {
  /** What is wrong. */
  description: string;
  /** The nonconforming lots (at most 500). */
  lotIds: Array<string | number>;
  /** COMPLAINT or OTHER; inspections and calibrations raise their own. */
  source: NonconformanceSource;
  /** Raise it against this supplier; every lot must come from it. */
  supplierId?: string | number | null | undefined;
};

/** What an operator did: a stock movement of the lot (RECEIVED, PRODUCED, TRANSFERRED, ISSUED, SHIPPED, ADJUSTED, SCRAPPED, SAMPLED, RETURNED), or CONSUMED_COMPONENT: issued a component lot into the work order that made it. */
export type OperatorActivity =
  /** Corrected the counted stock of the lot. */
  | 'ADJUSTED'
  /** Issued a component lot into the work order that made this lot. */
  | 'CONSUMED_COMPONENT'
  /** Issued stock of the lot. */
  | 'ISSUED'
  /** Produced the lot. */
  | 'PRODUCED'
  /** Received the lot. */
  | 'RECEIVED'
  /** Returned stock of the lot. */
  | 'RETURNED'
  /** Took a retained sample of the lot. */
  | 'SAMPLED'
  /** Scrapped stock of the lot. */
  | 'SCRAPPED'
  /** Shipped stock of the lot. */
  | 'SHIPPED'
  /** Moved stock of the lot between locations. */
  | 'TRANSFERRED';

/** Places a released lot on hold; with propagateForward, every released lot made from it too. */
export type PlaceLotOnHoldInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The lot to transition. */
  id: string | number;
  /** Also hold every released downstream lot along the genealogy, in the same transaction. */
  propagateForward?: boolean;
  /** Why the step is taken; kept in the audit trail and on the lot as statusReason. */
  reason: string;
  /** Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong. */
  signature?: SignatureInput | null | undefined;
};

/** Produces an output lot in QUARANTINE, with genealogy edges from every lot the work order consumed. */
export type ProduceLotInput = {
  /** Expiry date; omit to derive it from the product's shelf life. */
  expiresOn?: string | null | undefined;
  /** Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so a refused request stays refused under its key. The same key with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database unavailable) changed nothing and kept no response, so it may be retried with the same key. */
  idempotencyKey?: string | null | undefined;
  /** The location the produced lot is put in. */
  locationId: string | number;
  /** Manufacture date; omit for today (UTC). */
  manufacturedOn?: string | null | undefined;
  /** Quantity produced, in the product's unit; greater than 0. */
  quantity: string;
  /** Why; kept in the audit trail. */
  reason?: string | null | undefined;
  /** Serial number, for serial-controlled products. */
  serialNumber?: string | null | undefined;
  /** The IN_PROGRESS work order producing the lot. */
  workOrderId: string | number;
};

/** Narrows purchase orders; every given criterion must match. */
export type PurchaseOrderFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Orders with a line of any of these materials. */
  materialIds?: Array<string | number> | null | undefined;
  /** Only the order with exactly this number. */
  orderNumber?: string | null | undefined;
  /** Only records in one of these statuses. */
  status?: Array<PurchaseOrderStatus> | null | undefined;
  /** Only records of one of these suppliers (global ids). */
  supplierIds?: Array<string | number> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One line of a new purchase order. */
export type PurchaseOrderLineInput = {
  /** Delivery due date; not in the past. */
  dueOn: string;
  /** The supplier must be an APPROVED source of it (SUPPLIER_NOT_APPROVED otherwise). */
  materialId: string | number;
  /** Greater than zero, in the material's unit, at most 6 decimal places. */
  quantity: string;
  /** Price per unit in the order's currency, zero or more, at most 6 decimal places. */
  unitPrice: string;
};

/** DRAFT → APPROVED → SENT → PARTIALLY_RECEIVED → RECEIVED → CLOSED; DRAFT, APPROVED or SENT (nothing received) → CANCELLED; PARTIALLY_RECEIVED → CLOSED when the rest will not come. Receipts move SENT and PARTIALLY_RECEIVED orders on. */
export type PurchaseOrderStatus =
  /** Approved; not yet sent. */
  | 'APPROVED'
  /** Cancelled while nothing was received. */
  | 'CANCELLED'
  /** Closed; no more receipts. */
  | 'CLOSED'
  /** Being prepared. */
  | 'DRAFT'
  /** Some but not all of the ordered quantity received. */
  | 'PARTIALLY_RECEIVED'
  /** Every line received in full. */
  | 'RECEIVED'
  /** Sent to the supplier; receipts may be made against it. */
  | 'SENT';

/** PROSPECTIVE -> APPROVED | CONDITIONAL | DISQUALIFIED; APPROVED and CONDITIONAL expire on qualificationExpiresOn. */
export type QualificationStatus =
  /** Qualified without restriction until its qualification expires. */
  | 'APPROVED'
  /** Qualified with conditions (e.g. pending an audit) until its qualification expires. */
  | 'CONDITIONAL'
  /** Not allowed to supply. */
  | 'DISQUALIFIED'
  /** Not yet qualified: no purchase orders or receipts. */
  | 'PROSPECTIVE';

/** One reading of one sample for one characteristic. */
export type ReadingInput = {
  /** For QUALITATIVE characteristics. */
  accepted?: boolean | null | undefined;
  /** The plan characteristic read (from Inspection.plan.characteristics). */
  characteristicId: string | number;
  /** Required for QUANTITATIVE readings; must be in calibration. */
  equipmentId?: string | number | null | undefined;
  /** Sample number, from 1 to the plan's sampleSize. */
  sampleNo: number;
  /** For QUANTITATIVE characteristics. */
  value?: string | null | undefined;
};

/** Receives a lot from a supplier into QUARANTINE. */
export type ReceiveLotInput = {
  /** Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record. */
  customFields?: unknown;
  /** Default: manufacture (or receipt) date plus the material's shelf life. */
  expiresOn?: string | null | undefined;
  /** Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so a refused request stays refused under its key. The same key with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database unavailable) changed nothing and kept no response, so it may be retried with the same key. */
  idempotencyKey?: string | null | undefined;
  /** The receiving location; the lot belongs to its site and its stock starts there. */
  locationId: string | number;
  /** Manufacture date from the supplier's label, if given. */
  manufacturedOn?: string | null | undefined;
  /** The material received; it must be ACTIVE and the supplier approved for it. */
  materialId: string | number;
  /** The purchase order line delivered: a line of a SENT or PARTIALLY_RECEIVED order of the same supplier and material, received at most up to its quantity plus the over-delivery tolerance (OVER_RECEIPT otherwise). */
  purchaseOrderLineId?: string | number | null | undefined;
  /** Quantity received, in the material's unit; greater than 0. */
  quantity: string;
  /** Why; kept in the audit trail. */
  reason?: string | null | undefined;
  /** Serial number, for serial-controlled material. */
  serialNumber?: string | null | undefined;
  /** Must be an approved source of the material and qualified today. */
  supplierId: string | number;
  /** The supplier's lot number from the certificate or label. */
  supplierLotNumber: string;
  /** Must equal the material's unit when given. */
  unit?: string | null | undefined;
};

/** PASS moves the due date and returns the equipment to service; FAIL takes it out of calibration. */
export type RecordCalibrationInput = {
  /** Condition or readings before adjustment. */
  asFound: string;
  /** Condition or readings after adjustment. */
  asLeft: string;
  /** Reference of the calibration certificate, if any. */
  certificateRef?: string | null | undefined;
  /** The equipment calibrated. */
  equipmentId: string | number;
  /** Who calibrated it: a person or an external laboratory. */
  performedBy: string;
  /** Date the calibration was performed; not in the future. */
  performedOn: string;
  /** Why; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The reference standard used, for traceability to national standards. */
  referenceStandard: string;
  /** PASS or FAIL. */
  result: CalibrationResult;
};

/** Readings for an IN_PROGRESS inspection; each QUANTITATIVE reading names the equipment used, which must be in calibration. */
export type RecordInspectionResultsInput = {
  /** Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so a refused request stays refused under its key. The same key with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database unavailable) changed nothing and kept no response, so it may be retried with the same key. */
  idempotencyKey?: string | null | undefined;
  /** The IN_PROGRESS inspection. */
  inspectionId: string | number;
  /** The readings, at least one. */
  readings: Array<ReadingInput>;
};

/** Records completed maintenance; spare parts are issued from stock in the same transaction. With maintenanceOrderId it completes an OPEN or IN_PROGRESS order (DONE) and returns the equipment the order took out of service; without, it records unplanned work after the fact as a new DONE order. CORRECTIVE work on equipment that needs calibration leaves it OUT_OF_CALIBRATION until a PASS. */
export type RecordMaintenanceInput = {
  /** What was done. Required for unplanned work; when completing an order, optional and kept as its completionNotes. */
  description?: string | null | undefined;
  /** Minutes the equipment was unavailable (default 0). */
  downtimeMinutes?: number;
  /** Required for unplanned work; when completing an order, if given, must be its equipment. */
  equipmentId?: string | number | null | undefined;
  /** The order's version; required with maintenanceOrderId. */
  expectedVersion?: number | null | undefined;
  /** Required for unplanned work; when completing an order, if given, must be its kind. */
  kind?: MaintenanceKind | null | undefined;
  /** The order to complete; omit for unplanned work. */
  maintenanceOrderId?: string | number | null | undefined;
  /** Spare-part lots used, issued from stock in the same transaction. */
  spareParts?: Array<SparePartInput> | null | undefined;
};

/** Sends a FAILED delivery again. */
export type RedeliverWebhookInput = {
  /** The delivery to send again. */
  deliveryId: string | number;
};

/** A new piece of equipment, IN_SERVICE. */
export type RegisterEquipmentInput = {
  /** Unique asset tag, e.g. CAL-0042. */
  assetTag: string;
  /** Days between calibrations; omit for equipment that needs none. Needs a first calibration before use. */
  calibrationIntervalDays?: number | null | undefined;
  /** Where it stands, if known. */
  locationId?: string | number | null | undefined;
  /** Human-readable name. */
  name: string;
  /** Why; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The site it belongs to. */
  siteId: string | number;
  /** What kind of equipment it is. */
  type: EquipmentType;
};

/** Clears a user's signing password, failed attempts and lock (ADMIN). */
export type ResetSigningPasswordInput = {
  /** The user whose signing password is cleared. */
  id: string | number;
  /** Why (required; kept in the audit trail), e.g. identity re-verified. */
  reason: string;
};

/** OPEN → UNDER_REVIEW. */
export type ReviewNonconformanceInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The OPEN nonconformance. */
  id: string | number;
  /** What the review found (investigation, extent, risk). */
  summary: string;
};

/** A role carried in the JWT `roles` claim. */
export type Role =
  /** Administers the system: users, master data, configuration. */
  | 'ADMIN'
  /** Reads everything including the audit trail; writes nothing. */
  | 'AUDITOR'
  /** Reads records and aggregates with prices and personal data masked. */
  | 'BI_READER'
  /** A service account for MES, LIMS or WMS. */
  | 'INTEGRATION'
  /** Equipment, calibration and maintenance. */
  | 'MAINTENANCE'
  /** Runs work orders: consumes and produces lots. */
  | 'PRODUCTION'
  /** Suppliers and purchase orders. */
  | 'PURCHASING'
  /** Performs inspections and records results. */
  | 'QA_INSPECTOR'
  /** Quality management: releases, dispositions, CAPA, audit trail. */
  | 'QA_MANAGER'
  /** Customers and sales orders. */
  | 'SALES'
  /** A supplier portal account: only its own supplier, lots and their quality records. */
  | 'SUPPLIER'
  /** Receives, moves and ships stock. */
  | 'WAREHOUSE';

/** One line of a new sales order. */
export type SalesOrderLineInput = {
  /** The material ordered. */
  materialId: string | number;
  /** Quantity ordered, in the material's unit; greater than 0. */
  quantity: string;
  /** Price per unit in the order's currency. */
  unitPrice: string;
};

/** The sales order lifecycle. */
export type SalesOrderStatus =
  /** Stock reserved (FEFO) for every line. */
  | 'ALLOCATED'
  /** Cancelled; its allocations were released. */
  | 'CANCELLED'
  /** Closed after shipping. */
  | 'CLOSED'
  /** Confirmed with the customer. */
  | 'CONFIRMED'
  /** Being prepared. */
  | 'DRAFT'
  /** Shipped. */
  | 'SHIPPED';

/** One step of a sales order (confirm, allocate, cancel, close); cancel and close need a reason. */
export type SalesOrderTransitionInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The sales order. */
  id: string | number;
  /** Why; required to cancel or close, kept in the audit trail. */
  reason?: string | null | undefined;
};

/** APPROVED → SENT to the supplier. Repeating it on a SENT order returns the order unchanged. */
export type SendPurchaseOrderInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The APPROVED purchase order. */
  id: string | number;
  /** Why; kept in the audit trail. */
  reason?: string | null | undefined;
};

/** Deactivates or reactivates a customer. */
export type SetCustomerStatusInput = {
  /** The version the change is based on; a stale one is VERSION_CONFLICT. */
  expectedVersion: number;
  /** The customer to change. */
  id: string | number;
  /** Why the status changes (required; kept in the audit trail). */
  reason: string;
  /** The target state. */
  status: CustomerStatus;
};

/** Changes an equipment's status, e.g. takes it out of service or retires it. */
export type SetEquipmentStatusInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The equipment. */
  id: string | number;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The new status. */
  status: EquipmentStatus;
};

/** Moves a material along DRAFT → ACTIVE → OBSOLETE. */
export type SetMaterialStatusInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The material. */
  id: string | number;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The new status. */
  status: MaterialStatus;
};

/** Approves, suspends or revokes an approved-supplier-list entry. */
export type SetMaterialSupplierStatusInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The approved-supplier-list entry. */
  id: string | number;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The new status. */
  status: MaterialSupplierStatus;
};

/** Sets the caller's own e-signature password. */
export type SetSigningPasswordInput = {
  /** Required when a signing password is already set, even an expired one; a wrong one counts as a failed signing attempt. */
  currentPassword?: string | null | undefined;
  /** At least 12 characters mixing three of: lower case, upper case, digits, symbols; none of the last SIGNING_PASSWORD_HISTORY passwords. */
  newPassword: string;
};

/** Records a supplier qualification decision. */
export type SetSupplierQualificationInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** Required for APPROVED and CONDITIONAL; must be after today. */
  expiresOn?: string | null | undefined;
  /** The supplier. */
  id: string | number;
  /** Why: audit finding, certificate, evaluation record... */
  reason: string;
  /** The new qualification status. */
  status: QualificationStatus;
};

/** Enables or disables a webhook. */
export type SetWebhookStatusInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The webhook. */
  id: string | number;
  /** Why; kept in the audit trail. */
  reason: string;
  /** ACTIVE or DISABLED. */
  status: WebhookStatus;
};

/** Ships an ALLOCATED sales order: its allocations leave stock and a shipment records lots, serials and UDIs. */
export type ShipSalesOrderInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The sales order. */
  id: string | number;
  /** Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so a refused request stays refused under its key. The same key with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database unavailable) changed nothing and kept no response, so it may be retried with the same key. */
  idempotencyKey?: string | null | undefined;
  /** Why; required to cancel or close, kept in the audit trail. */
  reason?: string | null | undefined;
  /** Default: the order number with -S1. */
  shipmentNumber?: string | null | undefined;
};

/** An electronic signature: the token identifies the signer, the signing password re-authenticates them. */
export type SignatureInput = {
  /** What the signature means; must be the meaning the step requires. */
  meaning: SignatureMeaning;
  /** The signer's signing password (never stored or logged). */
  password: string;
  /** Why the signer signs. */
  reason: string;
};

/** The meaning of an electronic signature. */
export type SignatureMeaning =
  /** Approved (e.g. a disposition or a CAPA plan). */
  | 'APPROVED'
  /** Authored the record. */
  | 'AUTHORED'
  /** Closed the record (e.g. a nonconformance or CAPA). */
  | 'CLOSED'
  /** Released the lot (QA release). */
  | 'RELEASED'
  /** Reviewed the record. */
  | 'REVIEWED'
  /** Verified the record (e.g. a CAPA's effectiveness). */
  | 'VERIFIED';

/** Filters combine with AND; list values match any. */
export type SiteFilter = {
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only these sites. */
  ids?: Array<string | number> | null | undefined;
  /** Case-insensitive substring of code or name. */
  search?: string | null | undefined;
  /** Only sites in these statuses. */
  status?: Array<SiteStatus> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One ordering key; the id breaks ties. */
export type SiteOrder = {
  /** Direction; ASC by default. */
  direction?: SortDirection;
  /** Field to order by. */
  field: SiteOrderField;
};

/** Fields sites can be ordered by. */
export type SiteOrderField =
  /** By `code`. */
  | 'CODE'
  /** By `createdAt`. */
  | 'CREATED_AT'
  /** By `name`. */
  | 'NAME'
  /** By `updatedAt`. */
  | 'UPDATED_AT';

/** An INACTIVE site takes no new locations or stock; its records stay. */
export type SiteStatus =
  /** In use. */
  | 'ACTIVE'
  /** Takes no new locations or stock; its records stay. */
  | 'INACTIVE';

/** Ordering direction. */
export type SortDirection =
  /** Ascending: smallest, earliest or A first. */
  | 'ASC'
  /** Descending: largest, latest or Z first. */
  | 'DESC';

/** A spare-part lot used by the maintenance, issued from stock. */
export type SparePartInput = {
  /** The location it is issued from. */
  fromLocationId: string | number;
  /** The spare-part lot used. */
  lotId: string | number;
  /** Quantity used, in the material's unit. */
  quantity: string;
};

/** Starts an inspection of a lot against the active plan; a quarantined lot goes UNDER_TEST. */
export type StartInspectionInput = {
  /** The lot to inspect. */
  lotId: string | number;
  /** Which inspection; the material's ACTIVE plan of this type is used. */
  type: InspectionType;
};

/** OPEN → IN_PROGRESS: the equipment is taken out of service unless it already is. */
export type StartMaintenanceInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The OPEN maintenance order. */
  id: string | number;
};

/** Criteria for listing stock balances: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter. */
export type StockBalanceFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only records of one of these locations (global ids). */
  locationIds?: Array<string | number> | null | undefined;
  /** Only records of one of these lots (global ids). */
  lotIds?: Array<string | number> | null | undefined;
  /** Only records of one of these materials (global ids). */
  materialIds?: Array<string | number> | null | undefined;
  /** Leave out empty balances. */
  positiveOnly?: boolean;
  /** Only records of one of these sites (global ids). */
  siteIds?: Array<string | number> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** Criteria for listing stock movements: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter. */
export type StockMovementFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only records of one of these lots (global ids). */
  lotIds?: Array<string | number> | null | undefined;
  /** Only movements at or after this time. */
  occurredFrom?: string | null | undefined;
  /** Only movements before this time (exclusive). */
  occurredTo?: string | null | undefined;
  /** Only records of one of these sites (global ids). */
  siteIds?: Array<string | number> | null | undefined;
  /** Only movements of one of these types. */
  types?: Array<MovementType> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** Filters combine with AND; list values match any. */
export type SupplierFilter = {
  /** Codes starting with this text. */
  codePrefix?: string | null | undefined;
  /** Exact contact e-mail (case-insensitive); refused for callers who may not read it. */
  contactEmail?: string | null | undefined;
  /** Only suppliers in this country (ISO 3166-1 alpha-2). */
  country?: string | null | undefined;
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Only records with one of these global ids. */
  ids?: Array<string | number> | null | undefined;
  /** Qualification expiring on or before this date. */
  qualificationExpiresBy?: string | null | undefined;
  /** Only suppliers in one of these qualification states. */
  qualificationStatus?: Array<QualificationStatus> | null | undefined;
  /** Case-insensitive substring of code or name. */
  search?: string | null | undefined;
  /** Only records in one of these statuses. */
  status?: Array<SupplierStatus> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One sort key for suppliers; in orderBy, earlier keys take precedence and the id breaks remaining ties. */
export type SupplierOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: SupplierOrderField;
};

/** Fields suppliers can be sorted by. */
export type SupplierOrderField =
  /** By `code`. */
  | 'CODE'
  /** By `createdAt`. */
  | 'CREATED_AT'
  /** By `name`. */
  | 'NAME'
  /** By `qualificationExpiresOn`. */
  | 'QUALIFICATION_EXPIRES_ON'
  /** By `updatedAt`. */
  | 'UPDATED_AT';

/** Narrows the `supplierQualificationChanged` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent. */
export type SupplierQualificationChangedFilter = {
  /** Only records of one of these suppliers (global ids). */
  supplierIds?: Array<string | number> | null | undefined;
};

/** Whether the supplier is in use. */
export type SupplierStatus =
  /** In use. */
  | 'ACTIVE'
  /** No longer used; its records stay. */
  | 'INACTIVE';

/** BACKWARD: where from (components down to suppliers); FORWARD: where used. */
export type TraceDirection =
  /** Where from: components, down to received lots. */
  | 'BACKWARD'
  /** Both directions. */
  | 'BOTH'
  /** Where used: downstream lots. */
  | 'FORWARD';

/** Only the fields given are changed; a null clears an optional field. Status goes through setCustomerStatus. */
export type UpdateCustomerInput = {
  /** New contact e-mail address. */
  contactEmail?: string | null | undefined;
  /** New contact person. */
  contactName?: string | null | undefined;
  /** New contact telephone number. */
  contactPhone?: string | null | undefined;
  /** New ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** Replaces the customer-defined fields. */
  customFields?: unknown;
  /** The version the change is based on; a stale one is VERSION_CONFLICT. */
  expectedVersion: number;
  /** The customer to change. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** Why the record changes (kept in the audit trail). */
  reason: string;
};

/** Only the fields given are changed. A location cannot move to another site. */
export type UpdateLocationInput = {
  /** Replaces the customer-defined fields. */
  customFields?: unknown;
  /** The version read; a stale one is VERSION_CONFLICT. */
  expectedVersion: number;
  /** The location to change. */
  id: string | number;
  /** New display name. */
  name?: string | null | undefined;
  /** Why the record changes (kept in the audit trail). */
  reason: string;
  /** ACTIVE or INACTIVE. */
  status?: LocationStatus | null | undefined;
  /** New use of the location. */
  type?: LocationType | null | undefined;
};

/** Only the fields given are changed. Status changes go through setMaterialStatus. */
export type UpdateMaterialInput = {
  /** Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record. */
  customFields?: unknown;
  /** New description. */
  description?: string | null | undefined;
  /** New device risk class. */
  deviceClass?: DeviceClass | null | undefined;
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** New GTIN (GTIN-8/12/13/14, check digit verified; stored as GTIN-14). */
  gtin?: string | null | undefined;
  /** The material to change. */
  id: string | number;
  /** Whether it is tracked by lot. */
  lotControlled?: boolean | null | undefined;
  /** New pattern for generated lot numbers, e.g. {YY}{MM}{DD}-{SEQ:4}. */
  lotNumberPattern?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** Why the record changes (required on GMP records). */
  reason: string;
  /** Released stock below this raises LOW_STOCK; null: not watched. */
  reorderPoint?: string | null | undefined;
  /** New specification revision. */
  revision?: string | null | undefined;
  /** Whether it is tracked by serial number. */
  serialControlled?: boolean | null | undefined;
  /** New shelf life in days from manufacture. */
  shelfLifeDays?: number | null | undefined;
  /** New material type. */
  type?: MaterialType | null | undefined;
  /** New unit of measure. */
  unit?: string | null | undefined;
};

/** Only the fields given are changed. */
export type UpdateSiteInput = {
  /** New country code; null clears it. */
  country?: string | null | undefined;
  /** Replaces the customer-defined fields. */
  customFields?: unknown;
  /** The version read; a stale one is VERSION_CONFLICT. */
  expectedVersion: number;
  /** The site to change. */
  id: string | number;
  /** New display name. */
  name?: string | null | undefined;
  /** Why the record changes (kept in the audit trail). */
  reason: string;
  /** ACTIVE or INACTIVE. */
  status?: SiteStatus | null | undefined;
  /** New IANA time zone. */
  timezone?: string | null | undefined;
};

/** Master data only; qualification changes go through setSupplierQualification. */
export type UpdateSupplierInput = {
  /** New contact email. */
  contactEmail?: string | null | undefined;
  /** New contact person. */
  contactName?: string | null | undefined;
  /** New contact phone. */
  contactPhone?: string | null | undefined;
  /** New country (ISO 3166-1 alpha-2). */
  country?: string | null | undefined;
  /** Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record. */
  customFields?: unknown;
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The supplier to change. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** ACTIVE or INACTIVE. */
  status?: SupplierStatus | null | undefined;
};

/** Only the fields given are changed. */
export type UpdateUserInput = {
  /** Replaces the customer-defined fields. */
  customFields?: unknown;
  /** New e-mail address; null clears it. */
  email?: string | null | undefined;
  /** The version the change is based on; a stale one is VERSION_CONFLICT. */
  expectedVersion: number;
  /** The user to change. */
  id: string | number;
  /** New printed name. */
  printedName?: string | null | undefined;
  /** Why the user changes (kept in the audit trail). */
  reason: string;
  /** Replaces the roles; at least one. */
  roles?: Array<Role> | null | undefined;
  /** Replaces the sites. */
  siteIds?: Array<string | number> | null | undefined;
  /** New supplier (SUPPLIER accounts only); null clears it. */
  supplierId?: string | number | null | undefined;
};

/** Changes a webhook; omitted fields keep their value. */
export type UpdateWebhookInput = {
  /** The events to deliver from now on. */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** The version read; VERSION_CONFLICT if it changed since. */
  expectedVersion: number;
  /** The webhook to change. */
  id: string | number;
  /** Why (audited). */
  reason: string;
  /** A new HMAC key (16 to 256 characters): the next attempt is signed with it. */
  secret?: string | null | undefined;
  /** A new endpoint (same rules as at creation). */
  url?: string | null | undefined;
};

/** Filters combine with AND; list values match any. */
export type UserFilter = {
  /** Only records created in this window. */
  createdAt?: DateTimeWindow | null | undefined;
  /** Exact e-mail (case-insensitive); refused for callers who may not read it. */
  email?: string | null | undefined;
  /** Users with these ids. */
  ids?: Array<string | number> | null | undefined;
  /** Users holding any of these roles. */
  roles?: Array<Role> | null | undefined;
  /** Case-insensitive substring of printed name or subject. */
  search?: string | null | undefined;
  /** Users in any of these states. */
  status?: Array<UserStatus> | null | undefined;
  /** Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from. */
  updatedAt?: DateTimeWindow | null | undefined;
};

/** One sort key of the users list. */
export type UserOrder = {
  /** Ascending unless told otherwise. */
  direction?: SortDirection;
  /** The field to sort by; ties are broken by id. */
  field: UserOrderField;
};

/** Ordering by a field the caller may not read (EMAIL for BI_READER) is refused. */
export type UserOrderField =
  /** By `createdAt`. */
  | 'CREATED_AT'
  /** By `email`. */
  | 'EMAIL'
  /** By `printedName`. */
  | 'PRINTED_NAME'
  /** By `subject`. */
  | 'SUBJECT';

/** Users are deactivated, never deleted. */
export type UserStatus =
  /** May sign in and sign records. */
  | 'ACTIVE'
  /** Tokens are refused; the record stays for the audit trail and past signatures. */
  | 'DEACTIVATED';

/** What came of one attempt. An attempt is logged before its request goes out, so a crash mid-send leaves it UNKNOWN rather than unlogged. */
export type WebhookAttemptOutcome =
  /** No answer in time, a network error or a non-2xx answer. */
  | 'FAILED'
  /** The request went out and its answer is awaited. */
  | 'SENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED'
  /** The request went out, but the process sending it stopped before an answer was recorded: the endpoint may have received it. The delivery is sent again (same lotgraph-delivery-id). */
  | 'UNKNOWN';

/** FAILED: still failing 24 hours after the event; redeliverWebhook retries it. */
export type WebhookDeliveryStatus =
  /** Still failing when retries stopped. */
  | 'FAILED'
  /** Not yet accepted; retries continue. */
  | 'PENDING'
  /** Accepted by the endpoint (2xx). */
  | 'SUCCEEDED';

/** An event a webhook may receive. A delivery body is `{ data: { <field>: event }, extensions: { eventId, eventType, occurredAt } }`; `webhookEventTypes` names each type's `<field>`: the subscription that carries it, whose GraphQL type the event has. */
export type WebhookEventType =
  /** The outbox event `AlertRaised`. */
  | 'ALERT_RAISED'
  /** The outbox event `CapaActionChanged`. */
  | 'CAPA_ACTION_CHANGED'
  /** The outbox event `CapaStatusChanged`. */
  | 'CAPA_STATUS_CHANGED'
  /** The outbox event `CustomerChanged`. */
  | 'CUSTOMER_CHANGED'
  /** The outbox event `EquipmentStatusChanged`. */
  | 'EQUIPMENT_STATUS_CHANGED'
  /** The outbox event `InspectionCompleted`. */
  | 'INSPECTION_COMPLETED'
  /** The outbox event `LocationChanged`. */
  | 'LOCATION_CHANGED'
  /** The outbox event `LotStatusChanged`. */
  | 'LOT_STATUS_CHANGED'
  /** The outbox event `MaintenanceOrderChanged`. */
  | 'MAINTENANCE_ORDER_CHANGED'
  /** The outbox event `MaterialChanged`. */
  | 'MATERIAL_CHANGED'
  /** The outbox event `MaterialSupplierChanged`. */
  | 'MATERIAL_SUPPLIER_CHANGED'
  /** The outbox event `NonconformanceOpened`. */
  | 'NONCONFORMANCE_OPENED'
  /** The outbox event `NonconformanceStatusChanged`. */
  | 'NONCONFORMANCE_STATUS_CHANGED'
  /** The outbox event `OrderStatusChanged`. */
  | 'ORDER_STATUS_CHANGED'
  /** The outbox event `SiteChanged`. */
  | 'SITE_CHANGED'
  /** The outbox event `StockMoved`. */
  | 'STOCK_MOVED'
  /** The outbox event `SupplierChanged`. */
  | 'SUPPLIER_CHANGED'
  /** The outbox event `SupplierQualificationChanged`. */
  | 'SUPPLIER_QUALIFICATION_CHANGED';

/** DISABLED: no new deliveries are created and none are sent. */
export type WebhookStatus =
  /** Receives deliveries. */
  | 'ACTIVE'
  /** Receives nothing. */
  | 'DISABLED';

/** PLANNED -> RELEASED -> IN_PROGRESS (first consumption) -> COMPLETED -> CLOSED; CANCELLED before any consumption. */
export type WorkOrderStatus =
  /** Cancelled before completion. */
  | 'CANCELLED'
  /** Closed; no more changes. */
  | 'CLOSED'
  /** Production finished. */
  | 'COMPLETED'
  /** The first component was consumed. */
  | 'IN_PROGRESS'
  /** Planned; not yet released to the floor. */
  | 'PLANNED'
  /** Released to production; components may be consumed. */
  | 'RELEASED';

/** One step of a work order (release, complete, close, cancel). */
export type WorkOrderTransitionInput = {
  /** The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** The work order. */
  id: string | number;
  /** Why; kept in the audit trail and on the work order as statusReason. */
  reason: string;
};

export type ApproveMaterialSupplierMutationVariables = Exact<{
  input: ApproveMaterialSupplierInput;
}>;


export type ApproveMaterialSupplierMutation = { approveMaterialSupplier: { materialSupplier: { id: string, status: MaterialSupplierStatus, version: number, supplierPartNumber: string | null, approvedBy: string | null, material: { code: string } | null, supplier: { code: string } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SetMaterialSupplierStatusMutationVariables = Exact<{
  input: SetMaterialSupplierStatusInput;
}>;


export type SetMaterialSupplierStatusMutation = { setMaterialSupplierStatus: { materialSupplier: { id: string, status: MaterialSupplierStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovedSuppliersQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ApprovedSupplierFilter | null | undefined;
}>;


export type ApprovedSuppliersQuery = { approvedSuppliers: { totalCount: number, edges: Array<{ node: { id: string, status: MaterialSupplierStatus, supplierId: string, materialId: string, supplier: { code: string } | null, material: { code: string } | null } }> } | null };

export type MaterialsWithSuppliersQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: MaterialFilter | null | undefined;
}>;


export type MaterialsWithSuppliersQuery = { materials: { edges: Array<{ node: { code: string, approvedSuppliers: Array<{ status: MaterialSupplierStatus, supplier: { code: string, name: string, qualified: boolean } | null }> | null } }> } | null };

export type MaterialChangedSubscriptionVariables = Exact<{
  filter?: MaterialChangedFilter | null | undefined;
}>;


export type MaterialChangedSubscription = { materialChanged: { eventId: string, kind: MaterialChangeKind, changedFields: Array<string>, material: { id: string, code: string, name: string, status: MaterialStatus } } };

export type CapaFieldsFragment = { id: string, status: CapaStatus, version: number, title: string, dueOn: string, ownerId: string | null, risk: CapaRisk | null, containment: string | null, rootCause: string | null, affectedScope: string | null, effectivenessCriterion: string | null, effectivenessResult: string | null, justification: string | null, closedAt: string | null, nonconformanceIds: Array<string> };

export type OpenCapaMutationVariables = Exact<{
  input: OpenCapaInput;
}>;


export type OpenCapaMutation = { openCapa: { capa: { id: string, status: CapaStatus, version: number, title: string, dueOn: string, ownerId: string | null, risk: CapaRisk | null, containment: string | null, rootCause: string | null, affectedScope: string | null, effectivenessCriterion: string | null, effectivenessResult: string | null, justification: string | null, closedAt: string | null, nonconformanceIds: Array<string> } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type AdvanceCapaMutationVariables = Exact<{
  input: AdvanceCapaInput;
}>;


export type AdvanceCapaMutation = { advanceCapa: { capa: { id: string, status: CapaStatus, version: number, title: string, dueOn: string, ownerId: string | null, risk: CapaRisk | null, containment: string | null, rootCause: string | null, affectedScope: string | null, effectivenessCriterion: string | null, effectivenessResult: string | null, justification: string | null, closedAt: string | null, nonconformanceIds: Array<string> } | null, signature: { id: string, meaning: SignatureMeaning, printedName: string, recordType: string, recordVersion: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CloseCapaMutationVariables = Exact<{
  input: CloseCapaInput;
}>;


export type CloseCapaMutation = { closeCapa: { capa: { id: string, status: CapaStatus, version: number, title: string, dueOn: string, ownerId: string | null, risk: CapaRisk | null, containment: string | null, rootCause: string | null, affectedScope: string | null, effectivenessCriterion: string | null, effectivenessResult: string | null, justification: string | null, closedAt: string | null, nonconformanceIds: Array<string> } | null, signature: { id: string, meaning: SignatureMeaning, printedName: string } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type AddCapaActionMutationVariables = Exact<{
  input: AddCapaActionInput;
}>;


export type AddCapaActionMutation = { addCapaAction: { capa: { id: string, version: number } | null, action: { id: string, seq: number, status: CapaActionStatus, ownerId: string, dueOn: string, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CompleteCapaActionMutationVariables = Exact<{
  input: CompleteCapaActionInput;
}>;


export type CompleteCapaActionMutation = { completeCapaAction: { action: { id: string, status: CapaActionStatus, completedBy: string | null, completionNote: string | null, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CapasQueryVariables = Exact<{
  filter?: CapaFilter | null | undefined;
}>;


export type CapasQuery = { capas: { totalCount: number, edges: Array<{ node: { id: string, status: CapaStatus, version: number, title: string, dueOn: string, ownerId: string | null, risk: CapaRisk | null, containment: string | null, rootCause: string | null, affectedScope: string | null, effectivenessCriterion: string | null, effectivenessResult: string | null, justification: string | null, closedAt: string | null, nonconformanceIds: Array<string>, actions: Array<{ seq: number, status: CapaActionStatus }> | null, signatures: Array<{ meaning: SignatureMeaning, printedName: string }> | null } }> } | null };

export type CustomerFieldsFragment = { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, status: CustomerStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown };

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  orderBy?: Array<CustomerOrder> | CustomerOrder | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, status: CustomerStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type CustomerNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerNodeQuery = { node:
    | { __typename: 'Allocation', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Bom', id: string }
    | { __typename: 'BomLine', id: string }
    | { __typename: 'CalibrationRecord', id: string }
    | { __typename: 'Capa', id: string }
    | { __typename: 'CapaAction', id: string }
    | { __typename: 'Concession', id: string }
    | { __typename: 'Consumption', id: string }
    | { __typename: 'Customer', id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, status: CustomerStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown }
    | { __typename: 'CustomerAddress', id: string }
    | { __typename: 'ElectronicSignature', id: string }
    | { __typename: 'Equipment', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'InspectionCharacteristic', id: string }
    | { __typename: 'InspectionPlan', id: string }
    | { __typename: 'InspectionReading', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'MaintenanceOrder', id: string }
    | { __typename: 'Material', id: string }
    | { __typename: 'MaterialSupplier', id: string }
    | { __typename: 'Nonconformance', id: string }
    | { __typename: 'PurchaseOrder', id: string }
    | { __typename: 'PurchaseOrderLine', id: string }
    | { __typename: 'SalesOrder', id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'StockBalance', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WorkOrder', id: string }
   | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { customer: { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, status: CustomerStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { customer: { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, status: CustomerStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SetCustomerStatusMutationVariables = Exact<{
  input: SetCustomerStatusInput;
}>;


export type SetCustomerStatusMutation = { setCustomerStatus: { customer: { id: string, status: CustomerStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type EquipmentFieldsFragment = { id: string, assetTag: string, status: EquipmentStatus, calibrationIntervalDays: number | null, lastCalibratedOn: string | null, calibrationDueOn: string | null, inCalibration: boolean, version: number };

export type EquipmentListQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: EquipmentFilter | null | undefined;
}>;


export type EquipmentListQuery = { equipment: { totalCount: number, edges: Array<{ node: { id: string, assetTag: string, status: EquipmentStatus, calibrationIntervalDays: number | null, lastCalibratedOn: string | null, calibrationDueOn: string | null, inCalibration: boolean, version: number } }> } | null };

export type RegisterEquipmentMutationVariables = Exact<{
  input: RegisterEquipmentInput;
}>;


export type RegisterEquipmentMutation = { registerEquipment: { equipment: { id: string, assetTag: string, status: EquipmentStatus, calibrationIntervalDays: number | null, lastCalibratedOn: string | null, calibrationDueOn: string | null, inCalibration: boolean, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type RecordCalibrationMutationVariables = Exact<{
  input: RecordCalibrationInput;
}>;


export type RecordCalibrationMutation = { recordCalibration: { calibrationRecord: { id: string, result: CalibrationResult, nextDueOn: string | null, recordedBy: string } | null, equipment: { id: string, assetTag: string, status: EquipmentStatus, calibrationIntervalDays: number | null, lastCalibratedOn: string | null, calibrationDueOn: string | null, inCalibration: boolean, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SetEquipmentStatusMutationVariables = Exact<{
  input: SetEquipmentStatusInput;
}>;


export type SetEquipmentStatusMutation = { setEquipmentStatus: { equipment: { id: string, assetTag: string, status: EquipmentStatus, calibrationIntervalDays: number | null, lastCalibratedOn: string | null, calibrationDueOn: string | null, inCalibration: boolean, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CalibrationRecordsQueryVariables = Exact<{
  equipmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CalibrationRecordsQuery = { calibrationRecords: { totalCount: number, edges: Array<{ node: { result: CalibrationResult, performedOn: string } }> } | null };

export type LimsCharacteristicFragment = { id: string, planId: string, seq: number, name: string, kind: CharacteristicKind, unit: string | null, nominal: string | null, lowerLimit: string | null, upperLimit: string | null, sampleCount: number, requiresCalibratedInstrument: boolean };

export type LimsLotQueryVariables = Exact<{
  materialCode: string;
  lotNumber: string;
}>;


export type LimsLotQuery = { lotByNumber: { id: string, lotNumber: string, status: LotStatus, siteId: string } | null };

export type LimsInspectionsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: InspectionFilter | null | undefined;
}>;


export type LimsInspectionsQuery = { inspections: { edges: Array<{ node: { id: string, lotId: string, status: string, verdict: InspectionVerdict | null, inspectorName: string | null, plan: { id: string, type: InspectionType, planVersion: number, sampleSize: number, characteristics: Array<{ id: string, planId: string, seq: number, name: string, kind: CharacteristicKind, unit: string | null, nominal: string | null, lowerLimit: string | null, upperLimit: string | null, sampleCount: number, requiresCalibratedInstrument: boolean }> | null } | null, readings: Array<{ characteristicId: string, sampleNo: number, value: string | null, accepted: boolean | null, equipmentId: string | null }> } }> } | null };

export type LimsInstrumentsQueryVariables = Exact<{
  siteIds?: Array<string | number> | string | number | null | undefined;
}>;


export type LimsInstrumentsQuery = { equipment: { edges: Array<{ node: { id: string, assetTag: string, inCalibration: boolean, calibrationDueOn: string | null } }> } | null };

export type LimsCharacteristicNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type LimsCharacteristicNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, planId: string, seq: number, name: string, kind: CharacteristicKind, unit: string | null, nominal: string | null, lowerLimit: string | null, upperLimit: string | null, sampleCount: number, requiresCalibratedInstrument: boolean }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LimsRecordResultsMutationVariables = Exact<{
  input: RecordInspectionResultsInput;
}>;


export type LimsRecordResultsMutation = { recordInspectionResults: { inspection: { id: string, inspectorName: string | null } | null, readings: Array<{ id: string, characteristicId: string, sampleNo: number }> | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type LimsCompleteInspectionMutationVariables = Exact<{
  input: CompleteInspectionInput;
}>;


export type LimsCompleteInspectionMutation = { completeInspection: { inspection: { id: string, status: string, verdict: InspectionVerdict | null, completedBy: string | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type LotFieldsFragment = { id: string, lotNumber: string, supplierLotNumber: string | null, materialId: string, supplierId: string | null, siteId: string, quantity: string, unit: string, manufacturedOn: string | null, expiresOn: string | null, serialNumber: string | null, status: LotStatus, statusReason: string | null, releasedBy: string | null, createdByName: string, version: number, udi: string | null };

export type LotsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LotFilter | null | undefined;
  orderBy?: Array<LotOrder> | LotOrder | null | undefined;
}>;


export type LotsQuery = { lots: { totalCount: number, edges: Array<{ node: { id: string, lotNumber: string, supplierLotNumber: string | null, materialId: string, supplierId: string | null, siteId: string, quantity: string, unit: string, manufacturedOn: string | null, expiresOn: string | null, serialNumber: string | null, status: LotStatus, statusReason: string | null, releasedBy: string | null, createdByName: string, version: number, udi: string | null, material: { code: string } | null, supplier: { code: string } | null } }> } | null };

export type LotByNumberQueryVariables = Exact<{
  materialCode: string;
  lotNumber: string;
}>;


export type LotByNumberQuery = { lotByNumber: { id: string, lotNumber: string, supplierLotNumber: string | null, materialId: string, supplierId: string | null, siteId: string, quantity: string, unit: string, manufacturedOn: string | null, expiresOn: string | null, serialNumber: string | null, status: LotStatus, statusReason: string | null, releasedBy: string | null, createdByName: string, version: number, udi: string | null } | null };

export type LotByUdiQueryVariables = Exact<{
  udi: string;
}>;


export type LotByUdiQuery = { lotByUdi: { id: string, lotNumber: string, supplierLotNumber: string | null, materialId: string, supplierId: string | null, siteId: string, quantity: string, unit: string, manufacturedOn: string | null, expiresOn: string | null, serialNumber: string | null, status: LotStatus, statusReason: string | null, releasedBy: string | null, createdByName: string, version: number, udi: string | null } | null };

export type LotSignaturesQueryVariables = Exact<{
  filter?: LotFilter | null | undefined;
}>;


export type LotSignaturesQuery = { lots: { edges: Array<{ node: { id: string, signatures: Array<{ id: string, meaning: SignatureMeaning, reason: string, printedName: string, recordVersion: number, contentHash: string, signedAt: string }> | null } }> } | null };

export type VerifySignatureQueryVariables = Exact<{
  id: string | number;
}>;


export type VerifySignatureQuery = { verifySignature: { valid: boolean, contentHashMatches: boolean, auditTrailMatches: boolean, recordMatches: boolean | null, signature: { id: string, printedName: string } } | null };

export type ReceiveLotMutationVariables = Exact<{
  input: ReceiveLotInput;
}>;


export type ReceiveLotMutation = { receiveLot: { lot: { id: string, lotNumber: string, supplierLotNumber: string | null, materialId: string, supplierId: string | null, siteId: string, quantity: string, unit: string, manufacturedOn: string | null, expiresOn: string | null, serialNumber: string | null, status: LotStatus, statusReason: string | null, releasedBy: string | null, createdByName: string, version: number, udi: string | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type StartLotTestingMutationVariables = Exact<{
  input: LotTransitionInput;
}>;


export type StartLotTestingMutation = { startLotTesting: { lot: { id: string, status: LotStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ReleaseLotMutationVariables = Exact<{
  input: LotTransitionInput;
}>;


export type ReleaseLotMutation = { releaseLot: { lot: { id: string, status: LotStatus, version: number, releasedBy: string | null } | null, signature: { id: string, meaning: SignatureMeaning, printedName: string, recordVersion: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type RejectLotMutationVariables = Exact<{
  input: LotTransitionInput;
}>;


export type RejectLotMutation = { rejectLot: { lot: { id: string, status: LotStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type PlaceLotOnHoldMutationVariables = Exact<{
  input: PlaceLotOnHoldInput;
}>;


export type PlaceLotOnHoldMutation = { placeLotOnHold: { lot: { id: string, status: LotStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ReleaseLotHoldMutationVariables = Exact<{
  input: LotTransitionInput;
}>;


export type ReleaseLotHoldMutation = { releaseLotHold: { lot: { id: string, status: LotStatus, version: number } | null, signature: { meaning: SignatureMeaning } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type LotStatusChangedSubscriptionVariables = Exact<{
  filter?: LotStatusChangedFilter | null | undefined;
}>;


export type LotStatusChangedSubscription = { lotStatusChanged: { previousStatus: LotStatus | null, status: LotStatus, lot: { id: string, lotNumber: string } } };

export type ScrapLotMutationVariables = Exact<{
  input: LotTransitionInput;
}>;


export type ScrapLotMutation = { scrapLot: { lot: { status: LotStatus, version: number } | null, signature: { id: string, meaning: SignatureMeaning, printedName: string, recordType: string, recordVersion: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ReturnLotMutationVariables = Exact<{
  input: LotTransitionInput;
}>;


export type ReturnLotMutation = { returnLot: { lot: { status: LotStatus, version: number } | null, signature: { meaning: SignatureMeaning, printedName: string, recordType: string, recordVersion: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ReworkLotMutationVariables = Exact<{
  input: LotTransitionInput;
}>;


export type ReworkLotMutation = { reworkLot: { lot: { status: LotStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string }> } };

export type MaintenanceOrderFieldsFragment = { id: string, equipmentId: string, kind: MaintenanceKind, status: MaintenanceOrderStatus, description: string, plannedFor: string | null, downtimeMinutes: number, startedAt: string | null, startedBy: string | null, tookEquipmentOutOfService: boolean, completedAt: string | null, completedBy: string | null, completionNotes: string | null, cancelledAt: string | null, cancelledBy: string | null, cancelReason: string | null, version: number };

export type MaintenanceOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  equipmentIds?: Array<string | number> | string | number | null | undefined;
  status?: Array<MaintenanceOrderStatus> | MaintenanceOrderStatus | null | undefined;
}>;


export type MaintenanceOrdersQuery = { maintenanceOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, equipmentId: string, kind: MaintenanceKind, status: MaintenanceOrderStatus, description: string, plannedFor: string | null, downtimeMinutes: number, startedAt: string | null, startedBy: string | null, tookEquipmentOutOfService: boolean, completedAt: string | null, completedBy: string | null, completionNotes: string | null, cancelledAt: string | null, cancelledBy: string | null, cancelReason: string | null, version: number } }> } | null };

export type OpenMaintenanceOrderMutationVariables = Exact<{
  input: OpenMaintenanceOrderInput;
}>;


export type OpenMaintenanceOrderMutation = { openMaintenanceOrder: { maintenanceOrder: { id: string, equipmentId: string, kind: MaintenanceKind, status: MaintenanceOrderStatus, description: string, plannedFor: string | null, downtimeMinutes: number, startedAt: string | null, startedBy: string | null, tookEquipmentOutOfService: boolean, completedAt: string | null, completedBy: string | null, completionNotes: string | null, cancelledAt: string | null, cancelledBy: string | null, cancelReason: string | null, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type StartMaintenanceMutationVariables = Exact<{
  input: StartMaintenanceInput;
}>;


export type StartMaintenanceMutation = { startMaintenance: { maintenanceOrder: { id: string, equipmentId: string, kind: MaintenanceKind, status: MaintenanceOrderStatus, description: string, plannedFor: string | null, downtimeMinutes: number, startedAt: string | null, startedBy: string | null, tookEquipmentOutOfService: boolean, completedAt: string | null, completedBy: string | null, completionNotes: string | null, cancelledAt: string | null, cancelledBy: string | null, cancelReason: string | null, version: number } | null, equipment: { id: string, assetTag: string, status: EquipmentStatus, calibrationIntervalDays: number | null, lastCalibratedOn: string | null, calibrationDueOn: string | null, inCalibration: boolean, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type RecordMaintenanceMutationVariables = Exact<{
  input: RecordMaintenanceInput;
}>;


export type RecordMaintenanceMutation = { recordMaintenance: { maintenanceOrder: { id: string, equipmentId: string, kind: MaintenanceKind, status: MaintenanceOrderStatus, description: string, plannedFor: string | null, downtimeMinutes: number, startedAt: string | null, startedBy: string | null, tookEquipmentOutOfService: boolean, completedAt: string | null, completedBy: string | null, completionNotes: string | null, cancelledAt: string | null, cancelledBy: string | null, cancelReason: string | null, version: number } | null, equipment: { id: string, assetTag: string, status: EquipmentStatus, calibrationIntervalDays: number | null, lastCalibratedOn: string | null, calibrationDueOn: string | null, inCalibration: boolean, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CancelMaintenanceOrderMutationVariables = Exact<{
  input: CancelMaintenanceOrderInput;
}>;


export type CancelMaintenanceOrderMutation = { cancelMaintenanceOrder: { maintenanceOrder: { id: string, equipmentId: string, kind: MaintenanceKind, status: MaintenanceOrderStatus, description: string, plannedFor: string | null, downtimeMinutes: number, startedAt: string | null, startedBy: string | null, tookEquipmentOutOfService: boolean, completedAt: string | null, completedBy: string | null, completionNotes: string | null, cancelledAt: string | null, cancelledBy: string | null, cancelReason: string | null, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type MaterialFieldsFragment = { id: string, code: string, name: string, description: string | null, type: MaterialType, unit: string, lotControlled: boolean, serialControlled: boolean, shelfLifeDays: number | null, deviceClass: DeviceClass | null, gtin: string | null, revision: string, status: MaterialStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown };

export type MaterialsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: MaterialFilter | null | undefined;
  orderBy?: Array<MaterialOrder> | MaterialOrder | null | undefined;
}>;


export type MaterialsQuery = { materials: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, description: string | null, type: MaterialType, unit: string, lotControlled: boolean, serialControlled: boolean, shelfLifeDays: number | null, deviceClass: DeviceClass | null, gtin: string | null, revision: string, status: MaterialStatus, version: number, createdAt: string, updatedAt: string, customFields: unknown } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type MaterialCodesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: MaterialFilter | null | undefined;
  orderBy?: Array<MaterialOrder> | MaterialOrder | null | undefined;
}>;


export type MaterialCodesQuery = { materials: { edges: Array<{ node: { code: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

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

export type NonconformanceFieldsFragment = { id: string, status: NonconformanceStatus, version: number, source: NonconformanceSource, description: string, lotIds: Array<string>, supplierId: string | null, openedBy: string, reviewSummary: string | null, reviewedBy: string | null, disposition: Disposition | null, dispositionJustification: string | null, dispositionedBy: string | null, concessionId: string | null, closedBy: string | null, closedAt: string | null };

export type OpenNonconformanceMutationVariables = Exact<{
  input: OpenNonconformanceInput;
}>;


export type OpenNonconformanceMutation = { openNonconformance: { nonconformance: { id: string, status: NonconformanceStatus, version: number, source: NonconformanceSource, description: string, lotIds: Array<string>, supplierId: string | null, openedBy: string, reviewSummary: string | null, reviewedBy: string | null, disposition: Disposition | null, dispositionJustification: string | null, dispositionedBy: string | null, concessionId: string | null, closedBy: string | null, closedAt: string | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ReviewNonconformanceMutationVariables = Exact<{
  input: ReviewNonconformanceInput;
}>;


export type ReviewNonconformanceMutation = { reviewNonconformance: { nonconformance: { id: string, status: NonconformanceStatus, version: number, source: NonconformanceSource, description: string, lotIds: Array<string>, supplierId: string | null, openedBy: string, reviewSummary: string | null, reviewedBy: string | null, disposition: Disposition | null, dispositionJustification: string | null, dispositionedBy: string | null, concessionId: string | null, closedBy: string | null, closedAt: string | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type DispositionNonconformanceMutationVariables = Exact<{
  input: DispositionNonconformanceInput;
}>;


export type DispositionNonconformanceMutation = { dispositionNonconformance: { nonconformance: { id: string, status: NonconformanceStatus, version: number, source: NonconformanceSource, description: string, lotIds: Array<string>, supplierId: string | null, openedBy: string, reviewSummary: string | null, reviewedBy: string | null, disposition: Disposition | null, dispositionJustification: string | null, dispositionedBy: string | null, concessionId: string | null, closedBy: string | null, closedAt: string | null } | null, concession: { id: string, customerId: string | null, maxQuantity: string | null, usedQuantity: string, validUntil: string | null, approvedBy: string, justification: string } | null, signature: { id: string, meaning: SignatureMeaning, printedName: string, recordType: string, recordVersion: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CloseNonconformanceMutationVariables = Exact<{
  input: CloseNonconformanceInput;
}>;


export type CloseNonconformanceMutation = { closeNonconformance: { nonconformance: { id: string, status: NonconformanceStatus, version: number, source: NonconformanceSource, description: string, lotIds: Array<string>, supplierId: string | null, openedBy: string, reviewSummary: string | null, reviewedBy: string | null, disposition: Disposition | null, dispositionJustification: string | null, dispositionedBy: string | null, concessionId: string | null, closedBy: string | null, closedAt: string | null } | null, signature: { id: string, meaning: SignatureMeaning, printedName: string } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type NonconformanceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type NonconformanceDetailQuery = { node:
    | { id: string, status: NonconformanceStatus, version: number, source: NonconformanceSource, description: string, lotIds: Array<string>, supplierId: string | null, openedBy: string, reviewSummary: string | null, reviewedBy: string | null, disposition: Disposition | null, dispositionJustification: string | null, dispositionedBy: string | null, concessionId: string | null, closedBy: string | null, closedAt: string | null, lots: Array<{ id: string, lotNumber: string, status: LotStatus, concession: { id: string, usedQuantity: string, maxQuantity: string | null } | null } | null> | null, supplier: { id: string, name: string } | null, concession: { id: string, usedQuantity: string } | null, signatures: Array<{ meaning: SignatureMeaning, printedName: string }> | null }
    | Record<PropertyKey, never>
   | null };

export type ApiInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiInfoQuery = { apiInfo: { name: string, version: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, roles: Array<string>, supplierId: string | null, siteIds: Array<string> } | null };

export type MyAbilityQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAbilityQuery = { myAbility: unknown };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Allocation', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Bom', id: string }
    | { __typename: 'BomLine', id: string }
    | { __typename: 'CalibrationRecord', id: string }
    | { __typename: 'Capa', id: string }
    | { __typename: 'CapaAction', id: string }
    | { __typename: 'Concession', id: string }
    | { __typename: 'Consumption', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'CustomerAddress', id: string }
    | { __typename: 'ElectronicSignature', id: string }
    | { __typename: 'Equipment', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'InspectionCharacteristic', id: string }
    | { __typename: 'InspectionPlan', id: string }
    | { __typename: 'InspectionReading', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'MaintenanceOrder', id: string }
    | { __typename: 'Material', code: string, id: string }
    | { __typename: 'MaterialSupplier', id: string }
    | { __typename: 'Nonconformance', id: string }
    | { __typename: 'PurchaseOrder', id: string }
    | { __typename: 'PurchaseOrderLine', id: string }
    | { __typename: 'SalesOrder', id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'StockBalance', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WorkOrder', id: string }
   | null };

export type AuditEntryNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditEntryNodeQuery = { node:
    | { __typename: 'Allocation', id: string }
    | { __typename: 'AuditEntry', seq: string, action: string, entityType: string, entityId: string, actorId: string, hash: string, id: string }
    | { __typename: 'Bom', id: string }
    | { __typename: 'BomLine', id: string }
    | { __typename: 'CalibrationRecord', id: string }
    | { __typename: 'Capa', id: string }
    | { __typename: 'CapaAction', id: string }
    | { __typename: 'Concession', id: string }
    | { __typename: 'Consumption', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'CustomerAddress', id: string }
    | { __typename: 'ElectronicSignature', id: string }
    | { __typename: 'Equipment', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'InspectionCharacteristic', id: string }
    | { __typename: 'InspectionPlan', id: string }
    | { __typename: 'InspectionReading', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'MaintenanceOrder', id: string }
    | { __typename: 'Material', id: string }
    | { __typename: 'MaterialSupplier', id: string }
    | { __typename: 'Nonconformance', id: string }
    | { __typename: 'PurchaseOrder', id: string }
    | { __typename: 'PurchaseOrderLine', id: string }
    | { __typename: 'SalesOrder', id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'StockBalance', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WorkOrder', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Allocation', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Bom', id: string }
    | { __typename: 'BomLine', id: string }
    | { __typename: 'CalibrationRecord', id: string }
    | { __typename: 'Capa', id: string }
    | { __typename: 'CapaAction', id: string }
    | { __typename: 'Concession', id: string }
    | { __typename: 'Consumption', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'CustomerAddress', id: string }
    | { __typename: 'ElectronicSignature', id: string }
    | { __typename: 'Equipment', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'InspectionCharacteristic', id: string }
    | { __typename: 'InspectionPlan', id: string }
    | { __typename: 'InspectionReading', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'MaintenanceOrder', id: string }
    | { __typename: 'Material', id: string }
    | { __typename: 'MaterialSupplier', id: string }
    | { __typename: 'Nonconformance', id: string }
    | { __typename: 'PurchaseOrder', id: string }
    | { __typename: 'PurchaseOrderLine', id: string }
    | { __typename: 'SalesOrder', id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'StockBalance', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WorkOrder', id: string }
   | null> };

export type AuditTrailQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
  direction?: SortDirection | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, seq: string, occurredAt: string, actorId: string, actorName: string, action: string, entityType: string, entityId: string, reason: string | null, requestId: string | null, prevHash: string, hash: string, changes: Array<{ field: string, old: unknown, new: unknown }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type VerifyAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditTrailQuery = { verifyAuditTrail: { valid: boolean, checkedEntries: number, reason: string | null, firstBrokenEntry: { id: string, seq: string, entityId: string } | null } | null };

export type CreateBomMutationVariables = Exact<{
  input: CreateBomInput;
}>;


export type CreateBomMutation = { createBom: { bom: { id: string, revision: string, lines: Array<{ lineNo: number, componentMaterialId: string, quantityPer: string, substituteMaterialIds: Array<string> }> } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CreateWorkOrderMutationVariables = Exact<{
  input: CreateWorkOrderInput;
}>;


export type CreateWorkOrderMutation = { createWorkOrder: { workOrder: { id: string, number: string, status: WorkOrderStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ReleaseWorkOrderMutationVariables = Exact<{
  input: WorkOrderTransitionInput;
}>;


export type ReleaseWorkOrderMutation = { releaseWorkOrder: { workOrder: { id: string, status: WorkOrderStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ConsumeLotMutationVariables = Exact<{
  input: ConsumeLotInput;
}>;


export type ConsumeLotMutation = { consumeLot: { consumption: { id: string, bomLineId: string, lotId: string, quantity: string, substitute: boolean } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ProduceLotMutationVariables = Exact<{
  input: ProduceLotInput;
}>;


export type ProduceLotMutation = { produceLot: { lot: { id: string, lotNumber: string, status: LotStatus, quantity: string, expiresOn: string | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type TraceLotQueryVariables = Exact<{
  id: string | number;
  direction: TraceDirection;
  maxDepth: number;
}>;


export type TraceLotQuery = { traceLot: { root: { id: string }, nodes: Array<{ direction: TraceDirection, lotId: string, fromLotId: string, depth: number, quantity: string, lot: { lotNumber: string, supplier: { name: string } | null } | null }> } | null };

export type RecallImpactQueryVariables = Exact<{
  lotId: string | number;
}>;


export type RecallImpactQuery = { recallImpact: { affectedLotCount: number, affectedLots: Array<{ lotId: string, depth: number, quantityOnHand: string | null }> } | null };

export type PurchaseOrderFieldsFragment = { id: string, orderNumber: string, supplierId: string, currency: string, status: PurchaseOrderStatus, totalAmount: string | null, statusReason: string | null, createdByName: string, approvedBy: string | null, approvedAt: string | null, version: number, lines: Array<{ id: string, lineNo: number, materialId: string, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string }> | null };

export type CreatePurchaseOrderMutationVariables = Exact<{
  input: CreatePurchaseOrderInput;
}>;


export type CreatePurchaseOrderMutation = { createPurchaseOrder: { purchaseOrder: { id: string, orderNumber: string, supplierId: string, currency: string, status: PurchaseOrderStatus, totalAmount: string | null, statusReason: string | null, createdByName: string, approvedBy: string | null, approvedAt: string | null, version: number, lines: Array<{ id: string, lineNo: number, materialId: string, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string }> | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovePurchaseOrderMutationVariables = Exact<{
  input: ApprovePurchaseOrderInput;
}>;


export type ApprovePurchaseOrderMutation = { approvePurchaseOrder: { purchaseOrder: { id: string, orderNumber: string, supplierId: string, currency: string, status: PurchaseOrderStatus, totalAmount: string | null, statusReason: string | null, createdByName: string, approvedBy: string | null, approvedAt: string | null, version: number, lines: Array<{ id: string, lineNo: number, materialId: string, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string }> | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SendPurchaseOrderMutationVariables = Exact<{
  input: SendPurchaseOrderInput;
}>;


export type SendPurchaseOrderMutation = { sendPurchaseOrder: { purchaseOrder: { id: string, orderNumber: string, supplierId: string, currency: string, status: PurchaseOrderStatus, totalAmount: string | null, statusReason: string | null, createdByName: string, approvedBy: string | null, approvedAt: string | null, version: number, lines: Array<{ id: string, lineNo: number, materialId: string, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string }> | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CancelPurchaseOrderMutationVariables = Exact<{
  input: CancelPurchaseOrderInput;
}>;


export type CancelPurchaseOrderMutation = { cancelPurchaseOrder: { purchaseOrder: { id: string, orderNumber: string, supplierId: string, currency: string, status: PurchaseOrderStatus, totalAmount: string | null, statusReason: string | null, createdByName: string, approvedBy: string | null, approvedAt: string | null, version: number, lines: Array<{ id: string, lineNo: number, materialId: string, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string }> | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ClosePurchaseOrderMutationVariables = Exact<{
  input: ClosePurchaseOrderInput;
}>;


export type ClosePurchaseOrderMutation = { closePurchaseOrder: { purchaseOrder: { id: string, orderNumber: string, supplierId: string, currency: string, status: PurchaseOrderStatus, totalAmount: string | null, statusReason: string | null, createdByName: string, approvedBy: string | null, approvedAt: string | null, version: number, lines: Array<{ id: string, lineNo: number, materialId: string, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string }> | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PurchaseOrderFilter | null | undefined;
}>;


export type PurchaseOrdersQuery = { purchaseOrders: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, orderNumber: string, supplierId: string, currency: string, status: PurchaseOrderStatus, totalAmount: string | null, statusReason: string | null, createdByName: string, approvedBy: string | null, approvedAt: string | null, version: number, lines: Array<{ id: string, lineNo: number, materialId: string, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PurchaseOrderNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseOrderNodeQuery = { node:
    | { id: string, orderNumber: string, supplierId: string, currency: string, status: PurchaseOrderStatus, totalAmount: string | null, statusReason: string | null, createdByName: string, approvedBy: string | null, approvedAt: string | null, version: number, lines: Array<{ id: string, lineNo: number, materialId: string, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string }> | null }
    | { id: string, orderId: string, quantity: string, receivedQuantity: string }
    | Record<PropertyKey, never>
   | null };

export type ReceiveAgainstOrderMutationVariables = Exact<{
  input: ReceiveLotInput;
}>;


export type ReceiveAgainstOrderMutation = { receiveLot: { lot: { id: string, lotNumber: string, status: LotStatus, quantity: string, purchaseOrderLineId: string | null, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type FirstPassYieldQueryVariables = Exact<{
  filter: FirstPassYieldFilter;
}>;


export type FirstPassYieldQuery = { firstPassYield: Array<{ materialId: string, periodStart: string, lotsInspected: number, lotsPassedFirstTime: number, yield: string, material: { id: string, code: string } | null }> | null };

export type NonconformancesBySupplierQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NonconformancesBySupplierQuery = { nonconformancesBySupplier: Array<{ supplierId: string, opened: number, notClosed: number, awaitingDisposition: number, useAsIs: number, rework: number, scrap: number, returnToSupplier: number, supplier: { id: string, code: string } | null }> | null };

export type CapaMetricsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CapaMetricsQuery = { capaMetrics: { closedCount: number, closedNoActionCount: number, cancelledCount: number, meanCycleDays: string | null, medianCycleDays: string | null, openCount: number, overdueCount: number } | null };

export type CreateInspectionPlanMutationVariables = Exact<{
  input: CreateInspectionPlanInput;
}>;


export type CreateInspectionPlanMutation = { createInspectionPlan: { inspectionPlan: { id: string, planVersion: number, status: string, characteristics: Array<{ id: string, seq: number, name: string, kind: CharacteristicKind }> | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type StartInspectionMutationVariables = Exact<{
  input: StartInspectionInput;
}>;


export type StartInspectionMutation = { startInspection: { inspection: { id: string, status: string, planId: string } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type RecordInspectionResultsMutationVariables = Exact<{
  input: RecordInspectionResultsInput;
}>;


export type RecordInspectionResultsMutation = { recordInspectionResults: { readings: Array<{ id: string, sampleNo: number }> | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CompleteInspectionMutationVariables = Exact<{
  input: CompleteInspectionInput;
}>;


export type CompleteInspectionMutation = { completeInspection: { inspection: { id: string, status: string, verdict: InspectionVerdict | null, inspectorName: string | null, completedBy: string | null } | null, nonconformance: { id: string, source: NonconformanceSource, status: NonconformanceStatus, lotIds: Array<string> } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type NonconformancesQueryVariables = Exact<{
  filter?: NonconformanceFilter | null | undefined;
}>;


export type NonconformancesQuery = { nonconformances: { totalCount: number, edges: Array<{ node: { id: string, source: NonconformanceSource, lotIds: Array<string>, equipmentId: string | null, description: string } }> } | null };

export type InspectionsQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type InspectionsQuery = { inspections: { totalCount: number, edges: Array<{ node: { id: string, lotId: string, status: string, verdict: InspectionVerdict | null, inspectorName: string | null, completedBy: string | null, readings: Array<{ id: string, characteristicId: string, sampleNo: number, value: string | null, accepted: boolean | null, recordedBy: string }> } }> } | null };

export type CalibrationStateFieldsFragment = { assetTag: string, calibrationRecordId: string | null, calibratedOn: string | null, calibrationResult: CalibrationResult | null, calibrationDueOn: string | null, inCalibration: boolean };

export type DeviceHistoryRecordQueryVariables = Exact<{
  lotId: string | number;
}>;


export type DeviceHistoryRecordQuery = { deviceHistoryRecord: { generatedAt: string, companyName: string | null, lot: { id: string, lotNumber: string, supplierLotNumber: string | null, materialCode: string, materialName: string, materialRevision: string, materialCurrentRevision: string, bomId: string | null, bomRevision: string | null, siteCode: string, siteName: string, siteTimeZone: string, version: number, udi: string | null, status: LotStatus, origin: LotOrigin, supplierCode: string | null, supplierName: string | null, workOrderId: string | null, workOrderNumber: string | null, manufacturedOn: string | null, expiresOn: string | null, releasedAt: string | null, releasedBy: string | null, createdBy: string }, statusHistory: Array<{ from: LotStatus | null, to: LotStatus, changedAt: string, changedBy: string, changedById: string, action: string, reason: string | null }>, quantities: { unit: string, made: string, released: string | null, consumed: string, shipped: string, scrapped: string, sampled: string, returned: string, adjustedIn: string, adjustedOut: string, onHand: string }, components: Array<{ lotId: string, lotNumber: string, materialCode: string, quantity: string, unit: string, consumptions: Array<{ quantity: string, substitute: boolean, consumedBy: string }> }>, operators: Array<{ name: string, subject: string, activity: OperatorActivity, occurrences: number }>, equipment: Array<{ readings: number, equipment: { assetTag: string, calibrationRecordId: string | null, calibratedOn: string | null, calibrationResult: CalibrationResult | null, calibrationDueOn: string | null, inCalibration: boolean } }>, inspections: Array<{ id: string, type: InspectionType, planVersion: number, status: string, verdict: InspectionVerdict | null, inspectorName: string | null, completedBy: string | null, readings: Array<{ characteristic: string, kind: CharacteristicKind, sampleNo: number, value: string | null, accepted: boolean | null, lowerLimit: string | null, upperLimit: string | null, unit: string | null, conforms: boolean, recordedBy: string, equipment: { assetTag: string, calibrationRecordId: string | null, calibratedOn: string | null, calibrationResult: CalibrationResult | null, calibrationDueOn: string | null, inCalibration: boolean } | null }> }>, nonconformances: Array<{ id: string, status: NonconformanceStatus, source: NonconformanceSource, description: string, disposition: Disposition | null, stockWrittenOff: string | null, openedBy: string }>, signatures: Array<{ recordType: string, recordId: string, recordVersion: number, printedName: string, meaning: SignatureMeaning, reason: string, signedAt: string }> | null } | null };

export type AddCustomerAddressMutationVariables = Exact<{
  input: AddCustomerAddressInput;
}>;


export type AddCustomerAddressMutation = { addCustomerAddress: { address: { id: string, label: string, consigneeName: string, city: string, country: string } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CreateSalesOrderMutationVariables = Exact<{
  input: CreateSalesOrderInput;
}>;


export type CreateSalesOrderMutation = { createSalesOrder: { salesOrder: { id: string, orderNumber: string, status: SalesOrderStatus, version: number, totalAmount: string | null, currency: string, lines: Array<{ id: string, lineNo: number }> | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ConfirmSalesOrderMutationVariables = Exact<{
  input: SalesOrderTransitionInput;
}>;


export type ConfirmSalesOrderMutation = { confirmSalesOrder: { salesOrder: { id: string, status: SalesOrderStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type AllocateSalesOrderMutationVariables = Exact<{
  input: SalesOrderTransitionInput;
}>;


export type AllocateSalesOrderMutation = { allocateSalesOrder: { salesOrder: { id: string, status: SalesOrderStatus, version: number } | null, allocations: Array<{ id: string, orderLineId: string, lotId: string, locationId: string, quantity: string, concessionId: string | null }> | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ShipSalesOrderMutationVariables = Exact<{
  input: ShipSalesOrderInput;
}>;


export type ShipSalesOrderMutation = { shipSalesOrder: { salesOrder: { id: string, status: SalesOrderStatus, version: number } | null, shipment: { id: string, shipmentNumber: string, consigneeName: string | null, consigneeAddress: string | null, lines: Array<{ id: string, lotId: string, lotNumber: string, serialNumber: string | null, udi: string | null, quantity: string }> } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CancelSalesOrderMutationVariables = Exact<{
  input: SalesOrderTransitionInput;
}>;


export type CancelSalesOrderMutation = { cancelSalesOrder: { salesOrder: { id: string, status: SalesOrderStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type RecallLotMutationVariables = Exact<{
  input: LotTransitionInput;
}>;


export type RecallLotMutation = { recallLot: { recalledLotIds: Array<string> | null, lot: { id: string, status: LotStatus } | null, signature: { meaning: SignatureMeaning, printedName: string } | null, customers: Array<{ customerId: string, quantity: string, shipmentCount: number, customer: { code: string } | null }> | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type RecallImpactWithShipmentsQueryVariables = Exact<{
  lotId: string | number;
}>;


export type RecallImpactWithShipmentsQuery = { recallImpact: { affectedLotCount: number, shipments: Array<{ shipmentNumber: string, customerId: string, consigneeName: string | null, consigneeAddress: string | null, lotNumber: string, udi: string | null, quantity: string }> | null, customers: Array<{ customerId: string, quantity: string, shipmentCount: number }> | null } | null };

export type SiteFieldsFragment = { id: string, code: string, name: string, country: string | null, timezone: string, status: SiteStatus, version: number, customFields: unknown };

export type LocationFieldsFragment = { id: string, siteId: string, code: string, name: string, type: LocationType, status: LocationStatus, version: number };

export type SitesPageInfoFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type SitesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: SiteFilter | null | undefined;
  orderBy?: Array<SiteOrder> | SiteOrder | null | undefined;
}>;


export type SitesQuery = { sites: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, country: string | null, timezone: string, status: SiteStatus, version: number, customFields: unknown } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type SitesWithLocationsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: SiteFilter | null | undefined;
  locFirst?: number | null | undefined;
  locAfter?: string | null | undefined;
  locLast?: number | null | undefined;
  locBefore?: string | null | undefined;
  locFilter?: LocationFilter | null | undefined;
  locOrderBy?: Array<LocationOrder> | LocationOrder | null | undefined;
}>;


export type SitesWithLocationsQuery = { sites: { edges: Array<{ node: { code: string, locations: { totalCount: number, edges: Array<{ node: { code: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null } }> } | null };

export type LocationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: LocationFilter | null | undefined;
  orderBy?: Array<LocationOrder> | LocationOrder | null | undefined;
}>;


export type LocationsQuery = { locations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, siteId: string, code: string, name: string, type: LocationType, status: LocationStatus, version: number, site: { id: string, code: string, timezone: string } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type CreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type CreateSiteMutation = { createSite: { site: { id: string, code: string, name: string, country: string | null, timezone: string, status: SiteStatus, version: number, customFields: unknown } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateSiteMutationVariables = Exact<{
  input: UpdateSiteInput;
}>;


export type UpdateSiteMutation = { updateSite: { site: { id: string, code: string, name: string, country: string | null, timezone: string, status: SiteStatus, version: number, customFields: unknown } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CreateLocationMutationVariables = Exact<{
  input: CreateLocationInput;
}>;


export type CreateLocationMutation = { createLocation: { location: { id: string, siteId: string, code: string, name: string, type: LocationType, status: LocationStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateLocationMutationVariables = Exact<{
  input: UpdateLocationInput;
}>;


export type UpdateLocationMutation = { updateLocation: { location: { id: string, siteId: string, code: string, name: string, type: LocationType, status: LocationStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type StockBalancesQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: StockBalanceFilter | null | undefined;
}>;


export type StockBalancesQuery = { stockBalances: { totalCount: number, edges: Array<{ node: { id: string, lotId: string, locationId: string, siteId: string, quantity: string } }> } | null };

export type StockMovementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StockMovementFilter | null | undefined;
}>;


export type StockMovementsQuery = { stockMovements: { totalCount: number, edges: Array<{ node: { id: string, type: MovementType, lotId: string, fromLocationId: string | null, toLocationId: string | null, quantity: string, actorName: string, reason: string | null, reference: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type MoveStockMutationVariables = Exact<{
  input: MoveStockInput;
}>;


export type MoveStockMutation = { moveStock: { movement: { id: string, type: MovementType, quantity: string, fromLocationId: string | null, toLocationId: string | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { adjustStock: { movement: { id: string, type: MovementType, quantity: string, fromLocationId: string | null, toLocationId: string | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type AdjustStockSignedMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockSignedMutation = { adjustStock: { movement: { id: string, type: MovementType, quantity: string, fromLocationId: string | null, toLocationId: string | null } | null, signature: { meaning: SignatureMeaning, printedName: string, recordType: string, recordVersion: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierPortalQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SupplierPortalQuery = { me: { id: string, roles: Array<string>, supplierId: string | null } | null, lots: { totalCount: number, edges: Array<{ node: { id: string, lotNumber: string, supplierLotNumber: string | null, status: LotStatus, quantity: string, unit: string, purchaseOrderLineId: string | null, material: { id: string, code: string, name: string, unit: string, gtin: string | null } | null } }> } | null, approvedSuppliers: { edges: Array<{ node: { id: string, status: MaterialSupplierStatus, supplierPartNumber: string | null, material: { id: string, code: string, name: string, description: string | null, unit: string, gtin: string | null, revision: string, shelfLifeDays: number | null, lotControlled: boolean } | null } }> } | null, purchaseOrders: { edges: Array<{ node: { id: string, orderNumber: string, status: PurchaseOrderStatus, currency: string, totalAmount: string | null, lines: Array<{ id: string, lineNo: number, quantity: string, unitPrice: string | null, dueOn: string, receivedQuantity: string, material: { id: string, code: string, name: string } | null, receipts: Array<{ id: string, lotNumber: string, supplierLotNumber: string | null, quantity: string, status: LotStatus }> | null }> | null } }> } | null };

export type SupplierPortalWithInternalFieldsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SupplierPortalWithInternalFieldsQuery = { me: { id: string, supplierId: string | null } | null, materials: { edges: Array<{ node: { id: string, code: string, name: string, gtin: string | null, reorderPoint: string | null, lotNumberPattern: string | null, customFields: unknown } }> } | null, capas: { totalCount: number } | null };

export type SupplierFieldsFragment = { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, qualificationStatus: QualificationStatus, qualificationExpiresOn: string | null, qualificationReason: string | null, qualifiedAt: string | null, qualifiedBy: string | null, qualified: boolean, status: SupplierStatus, version: number };

export type SuppliersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: SupplierFilter | null | undefined;
  orderBy?: Array<SupplierOrder> | SupplierOrder | null | undefined;
}>;


export type SuppliersQuery = { suppliers: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, qualificationStatus: QualificationStatus, qualificationExpiresOn: string | null, qualificationReason: string | null, qualifiedAt: string | null, qualifiedBy: string | null, qualified: boolean, status: SupplierStatus, version: number } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type SupplierCodesQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: SupplierFilter | null | undefined;
  orderBy?: Array<SupplierOrder> | SupplierOrder | null | undefined;
}>;


export type SupplierCodesQuery = { suppliers: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string } }> } | null };

export type SupplierNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierNodeQuery = { node:
    | { __typename: 'Allocation', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Bom', id: string }
    | { __typename: 'BomLine', id: string }
    | { __typename: 'CalibrationRecord', id: string }
    | { __typename: 'Capa', id: string }
    | { __typename: 'CapaAction', id: string }
    | { __typename: 'Concession', id: string }
    | { __typename: 'Consumption', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'CustomerAddress', id: string }
    | { __typename: 'ElectronicSignature', id: string }
    | { __typename: 'Equipment', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'InspectionCharacteristic', id: string }
    | { __typename: 'InspectionPlan', id: string }
    | { __typename: 'InspectionReading', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'MaintenanceOrder', id: string }
    | { __typename: 'Material', id: string }
    | { __typename: 'MaterialSupplier', id: string }
    | { __typename: 'Nonconformance', id: string }
    | { __typename: 'PurchaseOrder', id: string }
    | { __typename: 'PurchaseOrderLine', id: string }
    | { __typename: 'SalesOrder', id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'StockBalance', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'Supplier', code: string, id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WorkOrder', id: string }
   | null };

export type CreateSupplierMutationVariables = Exact<{
  input: CreateSupplierInput;
}>;


export type CreateSupplierMutation = { createSupplier: { supplier: { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, qualificationStatus: QualificationStatus, qualificationExpiresOn: string | null, qualificationReason: string | null, qualifiedAt: string | null, qualifiedBy: string | null, qualified: boolean, status: SupplierStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateSupplierMutationVariables = Exact<{
  input: UpdateSupplierInput;
}>;


export type UpdateSupplierMutation = { updateSupplier: { supplier: { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, qualificationStatus: QualificationStatus, qualificationExpiresOn: string | null, qualificationReason: string | null, qualifiedAt: string | null, qualifiedBy: string | null, qualified: boolean, status: SupplierStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SetSupplierQualificationMutationVariables = Exact<{
  input: SetSupplierQualificationInput;
}>;


export type SetSupplierQualificationMutation = { setSupplierQualification: { supplier: { id: string, code: string, name: string, country: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, qualificationStatus: QualificationStatus, qualificationExpiresOn: string | null, qualificationReason: string | null, qualifiedAt: string | null, qualifiedBy: string | null, qualified: boolean, status: SupplierStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierQualificationChangedSubscriptionVariables = Exact<{
  filter?: SupplierQualificationChangedFilter | null | undefined;
}>;


export type SupplierQualificationChangedSubscription = { supplierQualificationChanged: { eventId: string, previousStatus: QualificationStatus, status: QualificationStatus, expiresOn: string | null, reason: string, supplier: { id: string, code: string, qualified: boolean } } };

export type UserFieldsFragment = { id: string, subject: string, printedName: string, email: string | null, roles: Array<Role>, supplierId: string | null, siteIds: Array<string>, status: UserStatus, deactivatedAt: string | null, deactivationReason: string | null, hasSigningPassword: boolean, signingPasswordSetAt: string | null, signingLocked: boolean, version: number };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
  orderBy?: Array<UserOrder> | UserOrder | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, subject: string, printedName: string, email: string | null, roles: Array<Role>, supplierId: string | null, siteIds: Array<string>, status: UserStatus, deactivatedAt: string | null, deactivationReason: string | null, hasSigningPassword: boolean, signingPasswordSetAt: string | null, signingLocked: boolean, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type MeWithUserQueryVariables = Exact<{ [key: string]: never; }>;


export type MeWithUserQuery = { me: { id: string, user: { printedName: string, hasSigningPassword: boolean, signingPasswordSetAt: string | null, signingPasswordExpiresAt: string | null } | null } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, subject: string, printedName: string, email: string | null, roles: Array<Role>, supplierId: string | null, siteIds: Array<string>, status: UserStatus, deactivatedAt: string | null, deactivationReason: string | null, hasSigningPassword: boolean, signingPasswordSetAt: string | null, signingLocked: boolean, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string, subject: string, printedName: string, email: string | null, roles: Array<Role>, supplierId: string | null, siteIds: Array<string>, status: UserStatus, deactivatedAt: string | null, deactivationReason: string | null, hasSigningPassword: boolean, signingPasswordSetAt: string | null, signingLocked: boolean, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type DeactivateUserMutation = { deactivateUser: { user: { id: string, subject: string, printedName: string, email: string | null, roles: Array<Role>, supplierId: string | null, siteIds: Array<string>, status: UserStatus, deactivatedAt: string | null, deactivationReason: string | null, hasSigningPassword: boolean, signingPasswordSetAt: string | null, signingLocked: boolean, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type SetSigningPasswordMutationVariables = Exact<{
  input: SetSigningPasswordInput;
}>;


export type SetSigningPasswordMutation = { setSigningPassword: { user: { hasSigningPassword: boolean, signingLocked: boolean } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type ResetSigningPasswordMutationVariables = Exact<{
  input: ResetSigningPasswordInput;
}>;


export type ResetSigningPasswordMutation = { resetSigningPassword: { user: { hasSigningPassword: boolean, signingLocked: boolean } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { webhook: { id: string, url: string, eventTypes: Array<WebhookEventType>, events: Array<string>, status: WebhookStatus, ownerName: string, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { webhook: { id: string, url: string, eventTypes: Array<WebhookEventType>, status: WebhookStatus, ownerName: string, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type DeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type DeleteWebhookMutation = { deleteWebhook: { deletedWebhookId: string | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: { edges: Array<{ node: { id: string, url: string, eventTypes: Array<WebhookEventType>, ownerName: string } }> } | null };

export type WebhookEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEventTypesQuery = { webhookEventTypes: Array<{ type: WebhookEventType, subscription: string | null, document: string | null }> | null };

export type RedeliverWebhookMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { delivery: { id: string, status: WebhookDeliveryStatus, attempts: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  status?: Array<WebhookDeliveryStatus> | WebhookDeliveryStatus | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, type: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, body: unknown, log: Array<{ attempt: number, statusCode: number | null, error: string | null, outcome: WebhookAttemptOutcome | null }> } }> } | null };

export type SetWebhookStatusMutationVariables = Exact<{
  input: SetWebhookStatusInput;
}>;


export type SetWebhookStatusMutation = { setWebhookStatus: { webhook: { id: string, status: WebhookStatus, version: number } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null }> } };

export const CapaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capa"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"containment"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"affectedScope"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessResult"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nonconformanceIds"}}]}}]} as unknown as DocumentNode<CapaFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<CustomerFieldsFragment, unknown>;
export const EquipmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EquipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Equipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EquipmentFieldsFragment, unknown>;
export const LimsCharacteristicFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimsCharacteristic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCharacteristic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"nominal"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"sampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCalibratedInstrument"}}]}}]} as unknown as DocumentNode<LimsCharacteristicFragment, unknown>;
export const LotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"udi"}}]}}]} as unknown as DocumentNode<LotFieldsFragment, unknown>;
export const MaintenanceOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tookEquipmentOutOfService"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MaintenanceOrderFieldsFragment, unknown>;
export const MaterialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}},{"kind":"Field","name":{"kind":"Name","value":"serialControlled"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviceClass"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<MaterialFieldsFragment, unknown>;
export const NonconformanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonconformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nonconformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lotIds"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionJustification"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concessionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<NonconformanceFieldsFragment, unknown>;
export const PurchaseOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]} as unknown as DocumentNode<PurchaseOrderFieldsFragment, unknown>;
export const CalibrationStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceHistoryCalibrationState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"calibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationResult"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}}]}}]} as unknown as DocumentNode<CalibrationStateFieldsFragment, unknown>;
export const SiteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<SiteFieldsFragment, unknown>;
export const LocationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LocationFieldsFragment, unknown>;
export const SitesPageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SitesPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SitesPageInfoFragment, unknown>;
export const SupplierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationReason"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SupplierFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationReason"}},{"kind":"Field","name":{"kind":"Name","value":"hasSigningPassword"}},{"kind":"Field","name":{"kind":"Name","value":"signingPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"signingLocked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const ApproveMaterialSupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMaterialSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMaterialSupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMaterialSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materialSupplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supplierPartNumber"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveMaterialSupplierMutation, ApproveMaterialSupplierMutationVariables>;
export const SetMaterialSupplierStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMaterialSupplierStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMaterialSupplierStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaterialSupplierStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materialSupplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetMaterialSupplierStatusMutation, SetMaterialSupplierStatusMutationVariables>;
export const ApprovedSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovedSuppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovedSupplierFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedSuppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovedSuppliersQuery, ApprovedSuppliersQueryVariables>;
export const MaterialsWithSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialsWithSuppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"approvedSuppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MaterialsWithSuppliersQuery, MaterialsWithSuppliersQueryVariables>;
export const MaterialChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MaterialChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialChangedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materialChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialChangedSubscription, MaterialChangedSubscriptionVariables>;
export const OpenCapaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCapa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCapaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCapa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capa"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"containment"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"affectedScope"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessResult"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nonconformanceIds"}}]}}]} as unknown as DocumentNode<OpenCapaMutation, OpenCapaMutationVariables>;
export const AdvanceCapaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceCapa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceCapaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceCapa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capa"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"containment"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"affectedScope"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessResult"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nonconformanceIds"}}]}}]} as unknown as DocumentNode<AdvanceCapaMutation, AdvanceCapaMutationVariables>;
export const CloseCapaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCapa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCapaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCapa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capa"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"containment"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"affectedScope"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessResult"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nonconformanceIds"}}]}}]} as unknown as DocumentNode<CloseCapaMutation, CloseCapaMutationVariables>;
export const AddCapaActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCapaAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCapaActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCapaAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddCapaActionMutation, AddCapaActionMutationVariables>;
export const CompleteCapaActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCapaAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCapaActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCapaAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteCapaActionMutation, CompleteCapaActionMutationVariables>;
export const CapasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Capas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CapaFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapaFields"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capa"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"containment"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"affectedScope"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessResult"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nonconformanceIds"}}]}}]} as unknown as DocumentNode<CapasQuery, CapasQueryVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const CustomerNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<CustomerNodeQuery, CustomerNodeQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const SetCustomerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCustomerStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetCustomerStatusMutation, SetCustomerStatusMutationVariables>;
export const EquipmentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquipmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EquipmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EquipmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EquipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Equipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EquipmentListQuery, EquipmentListQueryVariables>;
export const RegisterEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEquipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEquipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EquipmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EquipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Equipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterEquipmentMutation, RegisterEquipmentMutationVariables>;
export const RecordCalibrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCalibration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCalibrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCalibration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calibrationRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EquipmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EquipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Equipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordCalibrationMutation, RecordCalibrationMutationVariables>;
export const SetEquipmentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEquipmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEquipmentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEquipmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EquipmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EquipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Equipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetEquipmentStatusMutation, SetEquipmentStatusMutationVariables>;
export const CalibrationRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalibrationRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"equipmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calibrationRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"equipmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"equipmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"performedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalibrationRecordsQuery, CalibrationRecordsQueryVariables>;
export const LimsLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimsLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materialCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"materialCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materialCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<LimsLotQuery, LimsLotQueryVariables>;
export const LimsInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimsInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorName"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"characteristics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimsCharacteristic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"characteristicId"}},{"kind":"Field","name":{"kind":"Name","value":"sampleNo"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimsCharacteristic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCharacteristic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"nominal"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"sampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCalibratedInstrument"}}]}}]} as unknown as DocumentNode<LimsInspectionsQuery, LimsInspectionsQueryVariables>;
export const LimsInstrumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimsInstruments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"siteIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURING_INSTRUMENT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimsInstrumentsQuery, LimsInstrumentsQueryVariables>;
export const LimsCharacteristicNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimsCharacteristicNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCharacteristic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimsCharacteristic"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimsCharacteristic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCharacteristic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"nominal"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"sampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCalibratedInstrument"}}]}}]} as unknown as DocumentNode<LimsCharacteristicNodeQuery, LimsCharacteristicNodeQueryVariables>;
export const LimsRecordResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LimsRecordResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"characteristicId"}},{"kind":"Field","name":{"kind":"Name","value":"sampleNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LimsRecordResultsMutation, LimsRecordResultsMutationVariables>;
export const LimsCompleteInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LimsCompleteInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LimsCompleteInspectionMutation, LimsCompleteInspectionMutationVariables>;
export const LotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LotFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotFields"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"udi"}}]}}]} as unknown as DocumentNode<LotsQuery, LotsQueryVariables>;
export const LotByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materialCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"materialCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materialCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"udi"}}]}}]} as unknown as DocumentNode<LotByNumberQuery, LotByNumberQueryVariables>;
export const LotByUdiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotByUdi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"udi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotByUdi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"udi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"udi"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"udi"}}]}}]} as unknown as DocumentNode<LotByUdiQuery, LotByUdiQueryVariables>;
export const LotSignaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotSignatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LotFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotSignaturesQuery, LotSignaturesQueryVariables>;
export const VerifySignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifySignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"contentHashMatches"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrailMatches"}},{"kind":"Field","name":{"kind":"Name","value":"recordMatches"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}}]}}]}}]}}]} as unknown as DocumentNode<VerifySignatureQuery, VerifySignatureQueryVariables>;
export const ReceiveLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"udi"}}]}}]} as unknown as DocumentNode<ReceiveLotMutation, ReceiveLotMutationVariables>;
export const StartLotTestingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLotTesting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLotTesting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StartLotTestingMutation, StartLotTestingMutationVariables>;
export const ReleaseLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseLotMutation, ReleaseLotMutationVariables>;
export const RejectLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RejectLotMutation, RejectLotMutationVariables>;
export const PlaceLotOnHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceLotOnHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceLotOnHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeLotOnHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceLotOnHoldMutation, PlaceLotOnHoldMutationVariables>;
export const ReleaseLotHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseLotHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseLotHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meaning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseLotHoldMutation, ReleaseLotHoldMutationVariables>;
export const LotStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LotStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LotStatusChangedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}}]} as unknown as DocumentNode<LotStatusChangedSubscription, LotStatusChangedSubscriptionVariables>;
export const ScrapLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScrapLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scrapLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScrapLotMutation, ScrapLotMutationVariables>;
export const ReturnLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnLotMutation, ReturnLotMutationVariables>;
export const ReworkLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReworkLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reworkLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReworkLotMutation, ReworkLotMutationVariables>;
export const MaintenanceOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenanceOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"equipmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceOrderStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"equipmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"equipmentIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceOrderFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tookEquipmentOutOfService"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MaintenanceOrdersQuery, MaintenanceOrdersQueryVariables>;
export const OpenMaintenanceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMaintenanceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenMaintenanceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMaintenanceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tookEquipmentOutOfService"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpenMaintenanceOrderMutation, OpenMaintenanceOrderMutationVariables>;
export const StartMaintenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMaintenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMaintenanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMaintenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EquipmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tookEquipmentOutOfService"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EquipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Equipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<StartMaintenanceMutation, StartMaintenanceMutationVariables>;
export const RecordMaintenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMaintenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMaintenanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMaintenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EquipmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tookEquipmentOutOfService"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EquipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Equipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordMaintenanceMutation, RecordMaintenanceMutationVariables>;
export const CancelMaintenanceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMaintenanceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMaintenanceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMaintenanceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tookEquipmentOutOfService"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CancelMaintenanceOrderMutation, CancelMaintenanceOrderMutationVariables>;
export const MaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Materials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}},{"kind":"Field","name":{"kind":"Name","value":"serialControlled"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviceClass"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<MaterialsQuery, MaterialsQueryVariables>;
export const MaterialCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialCodesQuery, MaterialCodesQueryVariables>;
export const CreateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}},{"kind":"Field","name":{"kind":"Name","value":"serialControlled"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviceClass"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<CreateMaterialMutation, CreateMaterialMutationVariables>;
export const UpdateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}},{"kind":"Field","name":{"kind":"Name","value":"serialControlled"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviceClass"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<UpdateMaterialMutation, UpdateMaterialMutationVariables>;
export const SetMaterialStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMaterialStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMaterialStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaterialStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetMaterialStatusMutation, SetMaterialStatusMutationVariables>;
export const OpenNonconformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenNonconformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenNonconformanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNonconformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonconformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NonconformanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonconformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nonconformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lotIds"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionJustification"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concessionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<OpenNonconformanceMutation, OpenNonconformanceMutationVariables>;
export const ReviewNonconformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewNonconformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewNonconformanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewNonconformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonconformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NonconformanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonconformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nonconformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lotIds"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionJustification"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concessionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<ReviewNonconformanceMutation, ReviewNonconformanceMutationVariables>;
export const DispositionNonconformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispositionNonconformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispositionNonconformanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispositionNonconformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonconformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NonconformanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"usedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonconformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nonconformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lotIds"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionJustification"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concessionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<DispositionNonconformanceMutation, DispositionNonconformanceMutationVariables>;
export const CloseNonconformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseNonconformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseNonconformanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeNonconformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonconformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NonconformanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonconformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nonconformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lotIds"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionJustification"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concessionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<CloseNonconformanceMutation, CloseNonconformanceMutationVariables>;
export const NonconformanceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NonconformanceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nonconformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NonconformanceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"concession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NonconformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nonconformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lotIds"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionJustification"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concessionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<NonconformanceDetailQuery, NonconformanceDetailQueryVariables>;
export const ApiInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApiInfoQuery, ApiInfoQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteIds"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyAbilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAbility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAbility"}}]}}]} as unknown as DocumentNode<MyAbilityQuery, MyAbilityQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const AuditEntryNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntryNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntryNodeQuery, AuditEntryNodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"old"}},{"kind":"Field","name":{"kind":"Name","value":"new"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const VerifyAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditTrailQuery, VerifyAuditTrailQueryVariables>;
export const CreateBomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"componentMaterialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPer"}},{"kind":"Field","name":{"kind":"Name","value":"substituteMaterialIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBomMutation, CreateBomMutationVariables>;
export const CreateWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorkOrderMutation, CreateWorkOrderMutationVariables>;
export const ReleaseWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseWorkOrderMutation, ReleaseWorkOrderMutationVariables>;
export const ConsumeLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsumeLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsumeLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumeLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bomLineId"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ConsumeLotMutation, ConsumeLotMutationVariables>;
export const ProduceLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProduceLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProduceLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"produceLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProduceLotMutation, ProduceLotMutationVariables>;
export const TraceLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TraceLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"fromLotId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TraceLotQuery, TraceLotQueryVariables>;
export const RecallImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedLotCount"}},{"kind":"Field","name":{"kind":"Name","value":"affectedLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOnHand"}}]}}]}}]}}]} as unknown as DocumentNode<RecallImpactQuery, RecallImpactQueryVariables>;
export const CreatePurchaseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]} as unknown as DocumentNode<CreatePurchaseOrderMutation, CreatePurchaseOrderMutationVariables>;
export const ApprovePurchaseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovePurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]} as unknown as DocumentNode<ApprovePurchaseOrderMutation, ApprovePurchaseOrderMutationVariables>;
export const SendPurchaseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendPurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]} as unknown as DocumentNode<SendPurchaseOrderMutation, SendPurchaseOrderMutationVariables>;
export const CancelPurchaseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelPurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]} as unknown as DocumentNode<CancelPurchaseOrderMutation, CancelPurchaseOrderMutationVariables>;
export const ClosePurchaseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]} as unknown as DocumentNode<ClosePurchaseOrderMutation, ClosePurchaseOrderMutationVariables>;
export const PurchaseOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]} as unknown as DocumentNode<PurchaseOrdersQuery, PurchaseOrdersQueryVariables>;
export const PurchaseOrderNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseOrderNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}}]}}]}}]} as unknown as DocumentNode<PurchaseOrderNodeQuery, PurchaseOrderNodeQueryVariables>;
export const ReceiveAgainstOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveAgainstOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiveAgainstOrderMutation, ReceiveAgainstOrderMutationVariables>;
export const FirstPassYieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstPassYield"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FirstPassYieldFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstPassYield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materialId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"lotsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"lotsPassedFirstTime"}},{"kind":"Field","name":{"kind":"Name","value":"yield"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FirstPassYieldQuery, FirstPassYieldQueryVariables>;
export const NonconformancesBySupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NonconformancesBySupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonconformancesBySupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"notClosed"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"useAsIs"}},{"kind":"Field","name":{"kind":"Name","value":"rework"}},{"kind":"Field","name":{"kind":"Name","value":"scrap"}},{"kind":"Field","name":{"kind":"Name","value":"returnToSupplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NonconformancesBySupplierQuery, NonconformancesBySupplierQueryVariables>;
export const CapaMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapaMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capaMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedNoActionCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledCount"}},{"kind":"Field","name":{"kind":"Name","value":"meanCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"medianCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}}]}}]}}]} as unknown as DocumentNode<CapaMetricsQuery, CapaMetricsQueryVariables>;
export const CreateInspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"characteristics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInspectionPlanMutation, CreateInspectionPlanMutationVariables>;
export const StartInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StartInspectionMutation, StartInspectionMutationVariables>;
export const RecordInspectionResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspectionResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sampleNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectionResultsMutation, RecordInspectionResultsMutationVariables>;
export const CompleteInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorName"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonconformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lotIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteInspectionMutation, CompleteInspectionMutationVariables>;
export const NonconformancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nonconformances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NonconformanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonconformances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lotIds"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NonconformancesQuery, NonconformancesQueryVariables>;
export const InspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorName"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"characteristicId"}},{"kind":"Field","name":{"kind":"Name","value":"sampleNo"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionsQuery, InspectionsQueryVariables>;
export const DeviceHistoryRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceHistoryRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceHistoryRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"materialCode"}},{"kind":"Field","name":{"kind":"Name","value":"materialName"}},{"kind":"Field","name":{"kind":"Name","value":"materialRevision"}},{"kind":"Field","name":{"kind":"Name","value":"materialCurrentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"bomId"}},{"kind":"Field","name":{"kind":"Name","value":"bomRevision"}},{"kind":"Field","name":{"kind":"Name","value":"siteCode"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"siteTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"udi"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCode"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedById"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"made"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"consumed"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"scrapped"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedIn"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedOut"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"materialCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"consumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"}},{"kind":"Field","name":{"kind":"Name","value":"consumedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorName"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"characteristic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sampleNo"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"conforms"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationStateFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonconformances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"stockWrittenOff"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceHistoryCalibrationState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetTag"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"calibratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationResult"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"inCalibration"}}]}}]} as unknown as DocumentNode<DeviceHistoryRecordQuery, DeviceHistoryRecordQueryVariables>;
export const AddCustomerAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCustomerAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCustomerAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCustomerAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"consigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddCustomerAddressMutation, AddCustomerAddressMutationVariables>;
export const CreateSalesOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSalesOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSalesOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSalesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSalesOrderMutation, CreateSalesOrderMutationVariables>;
export const ConfirmSalesOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSalesOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSalesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmSalesOrderMutation, ConfirmSalesOrderMutationVariables>;
export const AllocateSalesOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateSalesOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateSalesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"concessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateSalesOrderMutation, AllocateSalesOrderMutationVariables>;
export const ShipSalesOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipSalesOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipSalesOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipSalesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"consigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"consigneeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"udi"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ShipSalesOrderMutation, ShipSalesOrderMutationVariables>;
export const CancelSalesOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSalesOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSalesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CancelSalesOrderMutation, CancelSalesOrderMutationVariables>;
export const RecallLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recalledLotIds"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecallLotMutation, RecallLotMutationVariables>;
export const RecallImpactWithShipmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallImpactWithShipments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedLotCount"}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"consigneeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"udi"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentCount"}}]}}]}}]}}]} as unknown as DocumentNode<RecallImpactWithShipmentsQuery, RecallImpactWithShipmentsQueryVariables>;
export const SitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SitesPageInfo"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SitesPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SitesQuery, SitesQueryVariables>;
export const SitesWithLocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitesWithLocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locLast"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locOrderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locAfter"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locLast"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locOrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SitesPageInfo"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SitesPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SitesWithLocationsQuery, SitesWithLocationsQueryVariables>;
export const LocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Locations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocationFields"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SitesPageInfo"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SitesPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<LocationsQuery, LocationsQueryVariables>;
export const CreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<CreateSiteMutation, CreateSiteMutationVariables>;
export const UpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<UpdateSiteMutation, UpdateSiteMutationVariables>;
export const CreateLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateLocationMutation, CreateLocationMutationVariables>;
export const UpdateLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateLocationMutation, UpdateLocationMutationVariables>;
export const StockBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockBalanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockBalancesQuery, StockBalancesQueryVariables>;
export const StockMovementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StockMovementsQuery, StockMovementsQueryVariables>;
export const MoveStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MoveStockMutation, MoveStockMutationVariables>;
export const AdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const AdjustStockSignedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStockSigned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockSignedMutation, AdjustStockSignedMutationVariables>;
export const SupplierPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierPortal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedSuppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplierPartNumber"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lotControlled"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplierPortalQuery, SupplierPortalQueryVariables>;
export const SupplierPortalWithInternalFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierPortalWithInternalFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumberPattern"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SupplierPortalWithInternalFieldsQuery, SupplierPortalWithInternalFieldsQueryVariables>;
export const SuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationReason"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SuppliersQuery, SuppliersQueryVariables>;
export const SupplierCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplierCodesQuery, SupplierCodesQueryVariables>;
export const SupplierNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SupplierNodeQuery, SupplierNodeQueryVariables>;
export const CreateSupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationReason"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateSupplierMutation, CreateSupplierMutationVariables>;
export const UpdateSupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationReason"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateSupplierMutation, UpdateSupplierMutationVariables>;
export const SetSupplierQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSupplierQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSupplierQualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSupplierQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationReason"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetSupplierQualificationMutation, SetSupplierQualificationMutationVariables>;
export const SupplierQualificationChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SupplierQualificationChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierQualificationChangedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierQualificationChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}}]}}]}}]}}]} as unknown as DocumentNode<SupplierQualificationChangedSubscription, SupplierQualificationChangedSubscriptionVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationReason"}},{"kind":"Field","name":{"kind":"Name","value":"hasSigningPassword"}},{"kind":"Field","name":{"kind":"Name","value":"signingPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"signingLocked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const MeWithUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeWithUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"hasSigningPassword"}},{"kind":"Field","name":{"kind":"Name","value":"signingPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"signingPasswordExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<MeWithUserQuery, MeWithUserQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationReason"}},{"kind":"Field","name":{"kind":"Name","value":"hasSigningPassword"}},{"kind":"Field","name":{"kind":"Name","value":"signingPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"signingLocked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationReason"}},{"kind":"Field","name":{"kind":"Name","value":"hasSigningPassword"}},{"kind":"Field","name":{"kind":"Name","value":"signingPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"signingLocked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"siteIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationReason"}},{"kind":"Field","name":{"kind":"Name","value":"hasSigningPassword"}},{"kind":"Field","name":{"kind":"Name","value":"signingPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"signingLocked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const SetSigningPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSigningPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSigningPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSigningPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasSigningPassword"}},{"kind":"Field","name":{"kind":"Name","value":"signingLocked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetSigningPasswordMutation, SetSigningPasswordMutationVariables>;
export const ResetSigningPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetSigningPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetSigningPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetSigningPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasSigningPassword"}},{"kind":"Field","name":{"kind":"Name","value":"signingLocked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResetSigningPasswordMutation, ResetSigningPasswordMutationVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookEventTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]} as unknown as DocumentNode<WebhookEventTypesQuery, WebhookEventTypesQueryVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const SetWebhookStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWebhookStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWebhookStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWebhookStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetWebhookStatusMutation, SetWebhookStatusMutationVariables>;