import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * Columns every lifecycle entity has. `version` is checked by the services with
 * `UPDATE ... WHERE version = $n`; TypeORM's @VersionColumn does not check it on save.
 */
export abstract class LifecycleColumns {
  @Column('integer', { default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('jsonb', { name: 'custom_fields', default: {} })
  customFields: Record<string, unknown>;
}
