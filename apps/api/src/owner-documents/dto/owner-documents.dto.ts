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

export class OwnerDraftInspectionItemDto {
  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: ['fixed_on_spot', 'logged_for_repair'], description: '已现场整改 or 已登记维修' })
  status!: 'fixed_on_spot' | 'logged_for_repair';
}

export class OwnerDraftKeyDto {
  @ApiProperty()
  label!: string;
}

export class OwnerDraftHandedDocumentsDto {
  @ApiProperty({ description: '住宅质量保证书' })
  qualityGuarantee!: boolean;

  @ApiProperty({ description: '住宅使用说明书' })
  userManual!: boolean;

  @ApiProperty({ description: '业主手册' })
  ownerHandbook!: boolean;
}

export class OwnerDraftPaymentDto {
  @ApiProperty({ enum: ['area_difference', 'property_fee', 'deed_tax', 'maintenance_fund'] })
  kind!: 'area_difference' | 'property_fee' | 'deed_tax' | 'maintenance_fund';

  @ApiProperty({ description: 'integer fen' })
  amountFen!: number;

  @ApiProperty()
  receiptNo!: string;
}

/**
 * What the owner signs, before signing (签字前核对): the 验房单's items, or the 收楼确认书's keys, documents and
 * amounts paid; the same snapshot the signature stores and the PDF prints.
 */
export class OwnerDocumentDraftDto {
  @ApiProperty({ enum: OWNER_DOCUMENTS })
  document!: OwnerDocument;

  @ApiProperty()
  projectName!: string;

  @ApiProperty({ example: '1#-2-301' })
  address!: string;

  @ApiProperty()
  ownerName!: string;

  @ApiProperty({
    required: false,
    nullable: true,
    format: 'date-time',
    type: String,
    description: '验房单: when 验房 was recorded',
  })
  inspectedAt?: string | null;

  @ApiProperty({ required: false, type: [OwnerDraftInspectionItemDto], description: '验房单 only' })
  items?: OwnerDraftInspectionItemDto[];

  @ApiProperty({ required: false, type: [OwnerDraftKeyDto], description: '收楼确认书 only' })
  keys?: OwnerDraftKeyDto[];

  @ApiProperty({ required: false, nullable: true, type: OwnerDraftHandedDocumentsDto, description: '收楼确认书 only' })
  documents?: OwnerDraftHandedDocumentsDto | null;

  @ApiProperty({ required: false, type: [OwnerDraftPaymentDto], description: '收楼确认书 only' })
  payments?: OwnerDraftPaymentDto[];
}
