// Metric history (loss per epoch, ...) per Training/Prediction attempt, as the job reported it in
// its progress file (JSON lines). A point is keyed by where it came from: (resource, attempt, byte
// offset of its line, metric). After an operator restart the file is read again from the start,
// and inserting the same points again changes nothing (ON CONFLICT DO NOTHING on that key).
// No foreign key to trainings/predictions: points may arrive before the write-behind has stored
// the resource's row, and retention prunes them in batches of their own (retention.ts).
// A build of 0004 never reads or writes this table, so it stays compatible (index.ts).
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const metricPoints: Migration = {
  async up(db) {
    await db.schema
      .createTable('metric_points')
      .ifNotExists()
      .addColumn('resource_uid', 'uuid', (c) => c.notNull())
      .addColumn('resource_kind', 'text', (c) =>
        c.notNull().check(sql`resource_kind in ('Training', 'Prediction')`),
      )
      .addColumn('namespace', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull().check(sql`attempt >= 0`))
      .addColumn('metric', 'text', (c) => c.notNull())
      .addColumn('step', 'double precision')
      .addColumn('value', 'double precision', (c) => c.notNull())
      // When the job reported it (its own clock).
      .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
      // Byte offset of the JSON line in the job's progress file.
      .addColumn('line_offset', 'bigint', (c) => c.notNull().check(sql`line_offset >= 0`))
      .addPrimaryKeyConstraint('metric_points_pkey', ['resource_uid', 'attempt', 'line_offset', 'metric'])
      .execute();
    // One resource's series, each in step order (then as reported): the history API reads and
    // thins a series with one pass over this index.
    await db.schema
      .createIndex('metric_points_series_idx')
      .ifNotExists()
      .on('metric_points')
      .columns(['resource_uid', 'attempt', 'metric', 'step', 'recorded_at', 'line_offset'])
      .execute();
  },
};
