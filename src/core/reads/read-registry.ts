import { getNamedType, isEnumType, isObjectType, isScalarType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { DataSource, EntityMetadata } from 'typeorm';
import { getMetadataStorage } from 'type-graphql';
import type { ConnectionRoot, CustomRoot, ReadModel, ReadRelation } from './read-model';

/** How a scalar is written into the response by PostgreSQL, exactly as its GraphQL scalar serializes it. */
export type ColumnFormat = 'plain' | 'decimal' | 'date' | 'datetime';

const FORMATS: Record<string, ColumnFormat> = {
  ID: 'plain',
  String: 'plain',
  Boolean: 'plain',
  Int: 'plain',
  JSON: 'plain',
  Decimal: 'decimal',
  Date: 'date',
  DateTime: 'datetime',
};

export interface ReadColumn {
  column: string;
  format: ColumnFormat;
}

/** A ReadModel with what the schema and the entity metadata say about it, resolved once at start-up. */
export interface ResolvedModel extends ReadModel {
  objectType: GraphQLObjectType;
  metadata: EntityMetadata;
  table: string;
  columns: Map<string, ReadColumn>;
  relations: Record<string, ReadRelation>;
}

/** What a module declares for the compiled read path. */
export interface ModuleReads {
  models?: ReadModel[];
  /** Relation fields a module adds to another module's type (the approved-supplier list on Material). */
  relations?: { type: string; field: string; relation: ReadRelation }[];
  roots?: ConnectionRoot[];
  /** Root fields the module compiles itself, over the models above (a genealogy walk). */
  customRoots?: CustomRoot[];
}

/** One module's reads from several declarations' (a module declaring more than one entity). */
export function combinedReads(...parts: ModuleReads[]): ModuleReads {
  return {
    models: parts.flatMap((p) => p.models ?? []),
    relations: parts.flatMap((p) => p.relations ?? []),
    roots: parts.flatMap((p) => p.roots ?? []),
    customRoots: parts.flatMap((p) => p.customRoots ?? []),
  };
}

/**
 * Fields type-graphql resolves with a method (a @FieldResolver or a method on the type) or from a
 * property of another name (a computed getter): never plain columns.
 */
function fieldsWithResolvers(): Set<string> {
  const storage = getMetadataStorage();
  const names = new Map<unknown, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const out = new Set<string>();
  for (const r of storage.fieldResolvers) {
    const owner = r.kind === 'external' ? r.getObjectType?.() : r.target;
    const name = names.get(owner);
    if (name) out.add(`${name}.${r.schemaName}`);
  }
  for (const f of storage.fields) {
    const name = names.get(f.target);
    if (name && f.name !== f.schemaName) out.add(`${name}.${f.schemaName}`);
  }
  return out;
}

function formatOf(field: GraphQLField<unknown, unknown>): ColumnFormat | undefined {
  const named = getNamedType(field.type);
  if (isScalarType(named)) return FORMATS[named.name];
  // Stored values are the enum's names: only then is the column the answer as it stands.
  if (isEnumType(named) && named.getValues().every((v) => v.value === v.name)) return 'plain';
  return undefined;
}

/** The read models of every module, checked against the schema and the entities when the server starts. */
export class ReadRegistry {
  private readonly models = new Map<string, ResolvedModel>();
  private readonly prefixes = new Map<string, ResolvedModel>();
  private readonly roots = new Map<string, ConnectionRoot>();
  private readonly customRoots = new Map<string, CustomRoot>();

  constructor(
    readonly schema: GraphQLSchema,
    dataSource: DataSource,
    modules: readonly ModuleReads[],
  ) {
    const resolved = fieldsWithResolvers();
    for (const model of modules.flatMap((m) => m.models ?? [])) {
      const objectType = schema.getType(model.type);
      if (!isObjectType(objectType)) throw new Error(`Read model ${model.type} names no object type`);
      const metadata = dataSource.getMetadata(model.spec.entity);
      const columns = new Map<string, ReadColumn>();
      for (const field of Object.values(objectType.getFields())) {
        const column = metadata.findColumnWithPropertyName(field.name);
        const format = formatOf(field);
        if (!column || column.transformer || !format || resolved.has(`${model.type}.${field.name}`)) continue;
        columns.set(field.name, { column: column.databaseName, format });
      }
      const entry: ResolvedModel = { ...model, objectType, metadata, table: metadata.tablePath, columns, relations: { ...model.relations } };
      this.models.set(model.type, entry);
      if (model.idPrefix) this.prefixes.set(model.idPrefix, entry);
    }
    for (const { type, field, relation } of modules.flatMap((m) => m.relations ?? [])) {
      const model = this.models.get(type);
      if (!model) throw new Error(`Relation ${type}.${field} is declared on a type without a read model`);
      model.relations[field] = relation;
    }
    for (const model of this.models.values()) {
      for (const [field, relation] of Object.entries(model.relations)) {
        if (!this.models.has(relation.type)) throw new Error(`Relation ${model.type}.${field} leads to ${relation.type}, which has no read model`);
      }
    }
    for (const root of modules.flatMap((m) => m.roots ?? [])) {
      if (!this.models.has(root.type)) throw new Error(`Root ${root.field} lists ${root.type}, which has no read model`);
      this.roots.set(root.field, root);
    }
    for (const root of modules.flatMap((m) => m.customRoots ?? [])) this.customRoots.set(root.field, root);
  }

  model(type: string): ResolvedModel | undefined {
    return this.models.get(type);
  }

  modelOfPrefix(prefix: string): ResolvedModel | undefined {
    return this.prefixes.get(prefix);
  }

  root(field: string): ConnectionRoot | undefined {
    return this.roots.get(field);
  }

  customRoot(field: string): CustomRoot | undefined {
    return this.customRoots.get(field);
  }
}
