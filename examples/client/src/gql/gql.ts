/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ClientMaterials($first: Int!) {\n    materials(first: $first) {\n      totalCount\n      edges {\n        node { id code name unit reorderPoint createdAt customFields }\n      }\n    }\n  }\n": typeof types.ClientMaterialsDocument,
    "\n  mutation ClientCreateMaterial($input: CreateMaterialInput!) {\n    createMaterial(input: $input) {\n      material { id code reorderPoint createdAt customFields }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ClientCreateMaterialDocument,
    "\n  mutation ClientOpenCapa($input: OpenCapaInput!) {\n    openCapa(input: $input) {\n      capa { id title status dueOn createdAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ClientOpenCapaDocument,
    "\n  subscription ClientMaterialChanged($after: ID) {\n    materialChanged(after: $after) {\n      eventId\n      kind\n      occurredAt\n      material { id code reorderPoint }\n    }\n  }\n": typeof types.ClientMaterialChangedDocument,
};
const documents: Documents = {
    "\n  query ClientMaterials($first: Int!) {\n    materials(first: $first) {\n      totalCount\n      edges {\n        node { id code name unit reorderPoint createdAt customFields }\n      }\n    }\n  }\n": types.ClientMaterialsDocument,
    "\n  mutation ClientCreateMaterial($input: CreateMaterialInput!) {\n    createMaterial(input: $input) {\n      material { id code reorderPoint createdAt customFields }\n      userErrors { code field message }\n    }\n  }\n": types.ClientCreateMaterialDocument,
    "\n  mutation ClientOpenCapa($input: OpenCapaInput!) {\n    openCapa(input: $input) {\n      capa { id title status dueOn createdAt }\n      userErrors { code field message }\n    }\n  }\n": types.ClientOpenCapaDocument,
    "\n  subscription ClientMaterialChanged($after: ID) {\n    materialChanged(after: $after) {\n      eventId\n      kind\n      occurredAt\n      material { id code reorderPoint }\n    }\n  }\n": types.ClientMaterialChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMaterials($first: Int!) {\n    materials(first: $first) {\n      totalCount\n      edges {\n        node { id code name unit reorderPoint createdAt customFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientMaterials($first: Int!) {\n    materials(first: $first) {\n      totalCount\n      edges {\n        node { id code name unit reorderPoint createdAt customFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientCreateMaterial($input: CreateMaterialInput!) {\n    createMaterial(input: $input) {\n      material { id code reorderPoint createdAt customFields }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientCreateMaterial($input: CreateMaterialInput!) {\n    createMaterial(input: $input) {\n      material { id code reorderPoint createdAt customFields }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientOpenCapa($input: OpenCapaInput!) {\n    openCapa(input: $input) {\n      capa { id title status dueOn createdAt }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientOpenCapa($input: OpenCapaInput!) {\n    openCapa(input: $input) {\n      capa { id title status dueOn createdAt }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientMaterialChanged($after: ID) {\n    materialChanged(after: $after) {\n      eventId\n      kind\n      occurredAt\n      material { id code reorderPoint }\n    }\n  }\n"): (typeof documents)["\n  subscription ClientMaterialChanged($after: ID) {\n    materialChanged(after: $after) {\n      eventId\n      kind\n      occurredAt\n      material { id code reorderPoint }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;