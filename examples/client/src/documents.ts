import { graphql } from './gql';

/** The operations of this example client; `npm run codegen:client` types them from the schema. */

export const MaterialsQuery = graphql(`
  query ClientMaterials($first: Int!) {
    materials(first: $first) {
      totalCount
      edges {
        node { id code name unit reorderPoint createdAt customFields }
      }
    }
  }
`);

export const CreateMaterialMutation = graphql(`
  mutation ClientCreateMaterial($input: CreateMaterialInput!) {
    createMaterial(input: $input) {
      material { id code reorderPoint createdAt customFields }
      userErrors { code field message }
    }
  }
`);

export const OpenCapaMutation = graphql(`
  mutation ClientOpenCapa($input: OpenCapaInput!) {
    openCapa(input: $input) {
      capa { id title status dueOn createdAt }
      userErrors { code field message }
    }
  }
`);

export const MaterialChangedSubscription = graphql(`
  subscription ClientMaterialChanged($after: ID) {
    materialChanged(after: $after) {
      eventId
      kind
      occurredAt
      material { id code reorderPoint }
    }
  }
`);
