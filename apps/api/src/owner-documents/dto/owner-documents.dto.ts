import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OWNER_DOCUMENTS, PRINT_DOCUMENTS, type OwnerDocument } from '../document-pdf';

/** A data URL of 256 KB of PNG is about 350,000 characters. */
const SIGNATURE_MAX_CHARS = 360_000;

export class SignDocumentDto {
  @ApiProperty({
    enum: OWNER_DOCUMENTS,
    description: '验房单 (inspection_record) or 收楼确认书 (handover_confirmation)',
  })
  @IsIn(OWNER_DOCUMENTS)
  document!: OwnerDocument;

  @ApiProperty({
    description: 'the signature drawn on the phone: a PNG as a data URL (data:image/png;base64,…) or base64, ≤ 256 KB',
    maxLength: SIGNATURE_MAX_CHARS,
  })
  @IsString()
  @MaxLength(SIGNATURE_MAX_CHARS)
  signaturePng!: string;
}

export class SignedDocumentDto {
  @ApiProperty({ enum: OWNER_DOCUMENTS })
  document!: OwnerDocument;

  @ApiProperty({ format: 'date-time' })
  signedAt!: string;

  @ApiProperty({
    description: 'SHA-256 (hex) of what was signed: the content snapshot and the signature; printed on the page',
  })
  contentSha256!: string;

  @ApiProperty({ description: 'SHA-256 (hex) of the PDF; the download has the same bytes' })
  pdfSha256!: string;

  @ApiProperty()
  pdfBytes!: number;
}

export class SignedDocumentListDto {
  @ApiProperty({ type: [SignedDocumentDto] })
  items!: SignedDocumentDto[];
}

export class BuildingPrintQueryDto {
  @ApiProperty({
    required: false,
    description: `comma-separated, in print order per unit: ${PRINT_DOCUMENTS.join(', ')} (default all three)`,
    example: 'notice,inspection_record,key_handover',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  documents?: string;
}
