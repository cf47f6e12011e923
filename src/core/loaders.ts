import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use under a stable key so every resolver in the
 * request shares one batch per relation.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** After a write, cached reads are stale. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}
