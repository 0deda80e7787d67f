// Transitions of one resource can share a millisecond; `seq` (the order rows were stored in, and
// the write-behind stores them in the order they were recorded) breaks the tie.
import type { Migration } from 'kysely/migration';

export const transitionOrder: Migration = {
  async up(db) {
    await db.schema
      .alterTable('transitions')
      .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity())
      .execute();
    await db.schema.dropIndex('transitions_resource_idx').execute();
    await db.schema
      .createIndex('transitions_resource_idx')
      .on('transitions')
      .columns(['resource_uid', 'occurred_at', 'seq'])
      .execute();
  },
};
