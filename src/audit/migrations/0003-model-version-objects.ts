// Model versions became ModelVersion objects: a row is now keyed by the object's uid, carries
// when the object was deleted, and belongs to its model by namespace and name (a version outlives
// a deleted and re-created Model). Rows written from the old status.versions list keep model_id.
import type { Migration } from 'kysely/migration';

export const modelVersionObjects: Migration = {
  async up(db) {
    await db.schema
      .alterTable('model_versions')
      .alterColumn('model_id', (c) => c.dropNotNull())
      .execute();
    await db.schema.alterTable('model_versions').addColumn('uid', 'uuid').execute();
    await db.schema.alterTable('model_versions').addColumn('deleted_at', 'timestamptz').execute();
    await db.schema
      .createIndex('model_versions_uid_key')
      .on('model_versions')
      .column('uid')
      .unique()
      .execute();
  },
};
