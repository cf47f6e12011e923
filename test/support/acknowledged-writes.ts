import { post } from './server-process';

const CREATE = `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { material { id code } userErrors { code } } }`;
const READ = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Material { code } } }`;

export interface Acknowledged {
  id: string;
  code: string;
  /** When the server's answer arrived (ms since the epoch). */
  at: number;
}

/**
 * Writers creating materials over HTTP until stopped, recording every write the server
 * acknowledged (answered with the created record). A write whose answer never came, or came
 * as an error, is not acknowledged and may or may not have committed.
 */
export function startWriters(url: () => string, token: string, prefix: string, concurrency = 3) {
  const acknowledged: Acknowledged[] = [];
  let failed = 0;
  let stopped = false;
  let n = 0;
  const loop = async () => {
    while (!stopped) {
      const code = `${prefix}-${++n}`;
      try {
        const res = await post<{ createMaterial: { material: { id: string; code: string } | null } }>(url(), token, CREATE, {
          input: { code, name: `Material ${code}`, type: 'COMPONENT', unit: 'EA' },
        });
        const material = res.body.data?.createMaterial.material;
        if (res.status === 200 && material && !res.body.errors) acknowledged.push({ ...material, at: Date.now() });
        else failed++;
      } catch {
        failed++;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    acknowledged,
    get failed() {
      return failed;
    },
    async stop(): Promise<void> {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

/** The codes of `writes` found through the API (`nodes`, 500 ids at a time). */
export async function readBack(url: string, token: string, writes: Acknowledged[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < writes.length; i += 500) {
    const res = await post<{ nodes: ({ id: string; code: string } | null)[] }>(url, token, READ, { ids: writes.slice(i, i + 500).map((w) => w.id) });
    if (!res.body.data) throw new Error(`read back failed: ${res.text}`);
    for (const node of res.body.data.nodes) if (node) found.add(node.code);
  }
  return found;
}
