/** The three servers of the compare scenario, in the order each round runs them. */
export const SERVERS = ['Lotgraph', 'PostGraphile', 'hand SQL'] as const;
export type ServerName = (typeof SERVERS)[number];

/** Response shapes differ per server: normalisers read them loosely. */
type Normalize = (data: any) => unknown[];

/**
 * One read, written for each server with the same fields, and per server a normaliser to a
 * common form (codes, names, statuses; not ids, which PostGraphile encodes as its own node ids)
 * so the bench can refuse to time servers that do not return the same data.
 */
export interface CompareQuery {
  name: string;
  requests: Record<ServerName, { query: string; variables?: Record<string, unknown> }>;
  normalize: Record<ServerName, Normalize>;
  /** What the normalised result holds, e.g. "50 materials, 150 approved suppliers". */
  describe: (rows: unknown[]) => string;
}

const materialsLotgraph: Normalize = (d) => d.materials.edges.map((e: any) => [e.node.code, e.node.name, e.node.approvedSuppliers.map((a: any) => [a.status, a.supplier.code, a.supplier.name])]);
const lotsLotgraph: Normalize = (d) => d.lots.edges.map((e: any) => [e.node.lotNumber, e.node.material.code, e.node.material.name, e.node.supplier?.code, e.node.supplier?.name]);
const lotLotgraph: Normalize = (d) => (d.node ? [[d.node.lotNumber, d.node.status, d.node.material.code, d.node.material.name]] : []);

export function compareQueries(lotId: string): CompareQuery[] {
  return [
    {
      name: 'materials(first: 50) + approved suppliers + supplier',
      requests: {
        Lotgraph: { query: '{ materials(first: 50) { edges { node { id code name approvedSuppliers { status supplier { code name } } } } } }' },
        PostGraphile: {
          query:
            '{ allMaterials(first: 50, orderBy: [CODE_ASC]) { nodes { id code name materialSuppliersByMaterialId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { nodes { status supplierBySupplierId { code name } } } } } }',
        },
        'hand SQL': { query: 'materials', variables: { first: 50 } },
      },
      normalize: {
        Lotgraph: materialsLotgraph,
        PostGraphile: (d) =>
          d.allMaterials.nodes.map((n: any) => [n.code, n.name, n.materialSuppliersByMaterialId.nodes.map((a: any) => [a.status, a.supplierBySupplierId.code, a.supplierBySupplierId.name])]),
        'hand SQL': materialsLotgraph,
      },
      describe: (rows) => `${rows.length} materials, ${(rows as [string, string, unknown[]][]).reduce((n, r) => n + r[2].length, 0)} approved suppliers`,
    },
    {
      name: 'lots(first: 100) + material + supplier',
      requests: {
        Lotgraph: { query: '{ lots(first: 100) { edges { node { id lotNumber material { code name } supplier { code name } } } } }' },
        PostGraphile: { query: '{ allLots(first: 100, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { nodes { id lotNumber materialByMaterialId { code name } supplierBySupplierId { code name } } } }' },
        'hand SQL': { query: 'lots', variables: { first: 100 } },
      },
      normalize: {
        Lotgraph: lotsLotgraph,
        PostGraphile: (d) => d.allLots.nodes.map((n: any) => [n.lotNumber, n.materialByMaterialId.code, n.materialByMaterialId.name, n.supplierBySupplierId?.code, n.supplierBySupplierId?.name]),
        'hand SQL': lotsLotgraph,
      },
      describe: (rows) => `${rows.length} lots, ${(rows as unknown[][]).filter((r) => r[3] !== undefined).length} with a supplier`,
    },
    {
      name: 'one lot by id + material',
      requests: {
        Lotgraph: { query: 'query Lot($id: ID!) { node(id: $id) { ... on Lot { id lotNumber status material { code name } } } }', variables: { id: lotId } },
        PostGraphile: { query: 'query Lot($id: String!) { lotByRowId(rowId: $id) { id lotNumber status materialByMaterialId { code name } } }', variables: { id: lotId } },
        'hand SQL': { query: 'lot', variables: { id: lotId } },
      },
      normalize: {
        Lotgraph: lotLotgraph,
        PostGraphile: (d) => (d.lotByRowId ? [[d.lotByRowId.lotNumber, d.lotByRowId.status, d.lotByRowId.materialByMaterialId.code, d.lotByRowId.materialByMaterialId.name]] : []),
        'hand SQL': lotLotgraph,
      },
      describe: (rows) => `${rows.length} lot`,
    },
  ];
}
