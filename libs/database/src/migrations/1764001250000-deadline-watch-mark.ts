import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One deadline watcher per project instead of one workflow per record (issue 16): the instant the project's watcher
 * sleeps until, so the API wakes it only for an earlier deadline. Read and written with SQL by
 * DeadlineRecordsRepository only (no entity maps it).
 */
export class DeadlineWatchMark1764001250000 implements MigrationInterface {
  name = 'DeadlineWatchMark1764001250000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE projects ADD COLUMN deadline_watch_next_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE projects DROP COLUMN deadline_watch_next_at`);
  }
}
