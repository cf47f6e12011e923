import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { entityGuarded } from './entity-guard';
import { fieldGuarded } from './field-guard';

/**
 * Puts the entity guard and the field guard on exactly the fields that need them, once, when the
 * schema is built (the field guard outside, as it judges the parent row first). Every other field
 * keeps its own resolver: a global middleware would have made each field of every response a
 * promise.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const own = field.resolve ?? defaultFieldResolver;
      const rows = entityGuarded(field, own) ?? own;
      field.resolve = fieldGuarded(type, field.name, rows) ?? (rows === own ? field.resolve : rows);
    }
  }
  return schema;
}
