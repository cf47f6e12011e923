import type { RequestContext } from '../context';
import type { SignedContentSource, SignerDirectory } from '../signatures/signer-directory';

/** Loads records of one type by id with the caller's row scope (null where hidden or absent). */
export type NodeLoader = (ctx: RequestContext, ids: readonly string[]) => Promise<(object | null)[]>;

/** What a domain module contributes to the server. */
export interface ModuleDefinition {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  /** Id prefix -> loader, for `node` and `nodes`. */
  nodes: Record<string, NodeLoader>;
  /** Record types this module lets users sign, with their canonical content. */
  signedContent?: Record<string, SignedContentSource>;
  /** The module that knows signers and their signing passwords. */
  signerDirectory?: SignerDirectory;
}
