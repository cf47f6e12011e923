import { createHash } from 'node:crypto';

// Distinct statement texts kept prepared on the pool's connections; beyond it, statements run unnamed.
export const MAX_PREPARED = 1000;

/**
 * Names for prepared statements, one per distinct SQL text (values are parameters, so a text
 * stands for a query shape and a permission shape): PostgreSQL then parses and plans a repeated
 * read once per connection. A text is prepared from its second use, so one-off shapes cost
 * nothing, and at most MAX_PREPARED texts ever are, so no client can grow the server's memory.
 */
export class PreparedStatements {
  private readonly names = new Map<string, string>();
  private readonly seenOnce = new Set<string>();

  nameFor(sql: string): string | undefined {
    const name = this.names.get(sql);
    if (name) return name;
    if (!this.seenOnce.has(sql)) {
      if (this.seenOnce.size >= MAX_PREPARED) this.seenOnce.clear();
      this.seenOnce.add(sql);
      return undefined;
    }
    if (this.names.size >= MAX_PREPARED) return undefined;
    this.seenOnce.delete(sql);
    const named = `lotgraph_read_${createHash('sha256').update(sql).digest('base64url').slice(0, 24)}`;
    this.names.set(sql, named);
    return named;
  }
}
