// Schema lint (`npm run lint:schema`, in .ci/run): the generated, committed schema/schema.graphql
// only; this project has no JS/TS lint. The rules are @graphql-eslint's schema-recommended and
// schema-relay sets, a few from schema-all that match the API contract (/work/shared/API.md), and
// every element described. Where a rule is relaxed or off, the reason is written next to it:
// names in the API contract are fixed and never renamed to satisfy a rule.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

/** Output types that are values, not records: they have no identity of their own to refetch. */
const VALUE_TYPES = [
  'ApiInfo', 'PageInfo', 'UserError', 'AffectedLot', 'AuditFieldChange', 'AuditVerification', 'SignatureVerification',
  'LotTrace', 'TraceNode', 'RecallImpact', 'RecallCustomer', 'RecallShipment', 'WebhookAttempt',
  'CapaMetrics', 'FirstPassYield', 'SupplierNonconformances', 'WebhookEventTypeDescription',
  // The batch record of a lot and its sections, computed on read by deviceHistoryRecord(lotId:).
  ...['Record', 'CalibrationState', 'Component', 'Consumption', 'EquipmentUse', 'Operator', 'Quantities', 'Reading', 'StatusChange']
    .map((part) => `DeviceHistory${part}`),
];

export default [
  {
    files: ['schema/schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,

      // Every type, field, argument, input field and enum value: the schema is the partners' documentation.
      '@graphql-eslint/require-description': ['error', {
        types: true, rootField: true, DirectiveDefinition: true,
        FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true,
      }],
      // Entities implement Node with `id: ID!`. Exempt: connections, edges and payloads (Relay and the
      // payload convention define their shape), subscription events (identified by `eventId`, which
      // is a resume position, not a record id), the batch record's sections (parts of one
      // DeviceHistoryRecord, reached only through it) and the computed value types above.
      '@graphql-eslint/strict-id-in-types': ['error', {
        acceptedIdNames: ['id'],
        acceptedIdTypes: ['ID'],
        exceptions: { types: VALUE_TYPES, suffixes: ['Connection', 'Edge', 'Payload', 'Event'] },
      }],
      // Off: `Lot.lotNumber` and `Shipment.shipmentNumber` are names fixed by the API contract
      // (`lotByNumber(materialCode:, lotNumber:)`, GS1 wording) and are what partners already use.
      '@graphql-eslint/no-typename-prefix': 'off',
      // Relay edges stay required for every connection (the rule's other checks: `XEdge` name, a
      // `cursor` and a `node` that implements Node). Relaxed: a list may wrap a non-edge type, because
      // small bounded lists (userErrors, signatures, order lines, plan characteristics) are plain lists
      // by the API's design, not connections.
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false }],

      // From schema-all, as the API contract says: a mutation takes one argument named `input` and
      // returns a payload type, never a scalar. The input type's name is not checked
      // (checkInputType: false): the steps of one lifecycle share one input type by design
      // (releaseLot, rejectLot, recallLot... all take LotTransitionInput).
      '@graphql-eslint/input-name': ['error', { checkInputType: false, checkMutations: true, checkQueries: false }],
      '@graphql-eslint/no-scalar-result-type-on-mutation': 'error',
      // Not taken from schema-all: `require-deprecation-date` (it wants a `deletionDate` argument
      // that the standard @deprecated has not; the contract keeps a deprecated name working, and its
      // reason says what replaces it), `alphabetize` (the printer sorts the schema already),
      // `no-root-type` (the API has mutations and subscriptions), and
      // `require-field-of-type-query-in-mutation-result` (payloads return the changed record and
      // userErrors; a client refetches through `node`).
    },
  },
];
