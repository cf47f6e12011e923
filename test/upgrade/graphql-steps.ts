import { gql, gqlOk, type Actor, type GraphQLBody } from './graphql-client';
import { namedType, requiredArgs, type ServerSchema } from './introspection';
import type { IdempotentReplay } from './manifest';
import { referencedRecords } from './records';

/** A record a mutation returned: enough to take its next step. */
export interface Ref {
  __typename: string;
  id: string;
  version?: number;
  status?: string;
}

/** Thrown when a step's mutation does not exist in the release under test: the step is skipped, named. */
export class NotInRelease extends Error {}

/** Errors and refusals of the response, without what differs per process (stack traces). */
export function comparableBody(body: GraphQLBody): GraphQLBody {
  return {
    data: body.data ?? null,
    ...(body.errors ? ({ errors: body.errors.map((e) => ({ message: e.message, ...(e.path ? { path: e.path } : {}), code: e.extensions?.code })) } as GraphQLBody) : {}),
  };
}

/**
 * Runs mutations by name against a release, reading each payload's shape from that release's
 * schema (the records it returns as `__typename id version status`, its userErrors), so the data
 * set asks only for what that release has.
 */
export class GraphQLSteps {
  readonly done: string[] = [];
  readonly skipped: string[] = [];
  readonly failed: string[] = [];
  readonly replays: IdempotentReplay[] = [];
  /** Every record a mutation returned: some (allocations, consumptions) no list or record field leads to. */
  readonly returned: { type: string; id: string }[] = [];

  constructor(
    readonly url: string,
    readonly schema: ServerSchema,
  ) {}

  /** Runs one named step; a refusal or error fails that step only, and is listed. */
  async step(label: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
      this.done.push(label);
    } catch (err) {
      if (err instanceof NotInRelease) this.skipped.push(`${label}: ${err.message}`);
      else this.failed.push(`${label}: ${(err as Error).message}`);
    }
  }

  mutationText(name: string): string {
    const field = this.schema.object('Mutation')?.fields.find((f) => f.name === name);
    if (!field) throw new NotInRelease(`mutation ${name} is not in this release`);
    const payload = this.schema.object(namedType(field.type));
    // A signature in a payload is left out: not every signer's role may read signatures back.
    const parts = (payload?.fields ?? [])
      .filter((f) => requiredArgs(f).length === 0 && namedType(f.type) !== 'ElectronicSignature')
      .map((f) => {
        if (f.name === 'userErrors') return 'userErrors { code message field }';
        const kind = this.schema.kind(namedType(f.type));
        if (kind === 'SCALAR' || kind === 'ENUM') return f.name;
        const fields = this.schema.object(namedType(f.type))?.fields.map((g) => g.name) ?? [];
        return `${f.name} { __typename ${['id', 'version', 'status'].filter((g) => fields.includes(g)).join(' ')} }`;
      });
    return `mutation Upgrade_${name}($input: ${namedType(field.args.find((a) => a.name === 'input')!.type)}!) { result: ${name}(input: $input) { ${parts.join(' ')} } }`;
  }

  /** Runs `name(input:)` as `actor`; throws on an error or a userError, and returns the payload. */
  async mutate(actor: Actor, name: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    const body = await gql(this.url, actor, this.mutationText(name), { input });
    const result = body.data?.result as (Record<string, unknown> & { userErrors?: { message: string }[] }) | undefined;
    if (body.errors?.length || !result) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    if (result.userErrors?.length) throw new Error(`${name} refused: ${JSON.stringify(result.userErrors)}`);
    referencedRecords(result, this.returned);
    return result;
  }

  /** The record of `type` a mutation returned (its first record field of that type). */
  async create(actor: Actor, name: string, input: Record<string, unknown>, type?: string): Promise<Ref> {
    const payload = await this.mutate(actor, name, input);
    const ref = Object.values(payload).find((v): v is Ref => !!v && typeof v === 'object' && !Array.isArray(v) && 'id' in v && (type === undefined || (v as Ref).__typename === type));
    if (!ref) throw new Error(`${name} returned no ${type ?? 'record'}`);
    return ref;
  }

  /** Runs a mutation under an idempotency key and keeps its request and response, to be replayed on the next release. */
  async idempotent(label: string, actor: Actor, name: string, input: Record<string, unknown>, expectRefusal = false): Promise<Record<string, unknown>> {
    const query = this.mutationText(name);
    const variables = { input };
    const body = await gql(this.url, actor, query, variables);
    const result = body.data?.result as (Record<string, unknown> & { userErrors?: unknown[] }) | undefined;
    if (body.errors?.length || !result) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    if (!expectRefusal && result.userErrors?.length) throw new Error(`${name} refused: ${JSON.stringify(result.userErrors)}`);
    if (expectRefusal && !result.userErrors?.length) throw new Error(`${name} was expected to be refused and was not`);
    referencedRecords(result, this.returned);
    this.replays.push({ name: label, actor, query, variables, firstResponse: comparableBody(body), response: null });
    return result;
  }

  /** A record's current version (every versioned record implements Versioned). */
  async version(actor: Actor, id: string): Promise<number> {
    const data = await gqlOk(this.url, actor, 'query UpgradeVersion($id: ID!) { node(id: $id) { ... on Versioned { version } } }', { id });
    const version = (data.node as { version?: number } | null)?.version;
    if (version === undefined) throw new Error(`no version for ${id}`);
    return version;
  }

  /** Records of a list whose `field` equals `value` (first 1000), with the fields asked. */
  async find(actor: Actor, list: string, fields: string, match: (node: Record<string, unknown>) => boolean): Promise<Record<string, unknown>[]> {
    const data = await gqlOk(this.url, actor, `query UpgradeFind { list: ${list}(first: 1000) { edges { node { id ${fields} } } } }`);
    return (data.list as { edges: { node: Record<string, unknown> }[] }).edges.map((e) => e.node).filter(match);
  }

  async findOne(actor: Actor, list: string, fields: string, match: (node: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>> {
    const found = (await this.find(actor, list, fields, match))[0];
    if (!found) throw new Error(`no ${what} in ${list}`);
    return found;
  }
}
