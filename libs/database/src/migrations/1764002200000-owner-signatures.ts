import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The owner's signatures on the handover day (issue 17, 签字确认): one per unit and document (验房单, 收楼确认书),
 * with the signature image, the content snapshot the PDF is drawn from, the content hash printed on the page and the
 * SHA-256 of the rendered PDF (re-rendering the snapshot gives the same bytes).
 */
export class OwnerSignatures1764002200000 implements MigrationInterface {
  name = 'OwnerSignatures1764002200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE owner_signatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        document text NOT NULL CONSTRAINT owner_signatures_document_known
          CHECK (document IN ('inspection_record', 'handover_confirmation')),
        signature_png bytea NOT NULL,
        content jsonb NOT NULL,
        content_sha256 text NOT NULL,
        pdf_sha256 text NOT NULL,
        pdf_bytes int NOT NULL,
        owner_session_id uuid NOT NULL,
        signed_at timestamptz NOT NULL,
        CONSTRAINT owner_signatures_once UNIQUE (unit_id, document)
      )`);
    await queryRunner.query(`CREATE INDEX owner_signatures_project_idx ON owner_signatures (project_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE owner_signatures`);
  }
}
