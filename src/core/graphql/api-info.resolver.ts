import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import packageJson from '../../../package.json';

@ObjectType({ description: 'Public information about this Lotgraph server.' })
export class ApiInfo {
  @Field({ description: 'Product name of the server ("Lotgraph").' })
  name: string;

  @Field({ description: 'Server version.' })
  version: string;

  @Field({ description: 'Where the API contract is documented.' })
  documentation: string;
}

const VERSION = packageJson.version;

@Resolver()
export class ApiInfoResolver {
  @Query(() => ApiInfo, { description: 'Public: readable without a token.' })
  apiInfo(): ApiInfo {
    return { name: 'Lotgraph', version: VERSION, documentation: 'README.md and schema/schema.graphql in the Lotgraph repository' };
  }
}
