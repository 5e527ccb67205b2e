import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  COMPLAINT_STATUSES,
  DEFECT_PHOTO_STAGES,
  DEFECT_SOURCES,
  DEFECT_STATUSES,
  type ComplaintEntity,
  type DefectEntity,
  type DefectPhotoEntity,
} from '@handover/database';
import { DEFECT_AWAITING_OWNER } from '@handover/domain';

/** 未整改: why the fix does not hold; the photos come as multipart files (field "photos"). */
export class RefuseDefectFixDto {
  @ApiProperty({ maxLength: 2000, description: '未整改的原因' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

/** 报告新问题: what is wrong and where; photos come as multipart files (field "photos"). */
export class ReportOwnerIssueDto {
  @ApiProperty({ maxLength: 2000, description: '问题描述 (where in the home and what is wrong)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
}

/** 提出异议 about the unit. */
export class RaiseOwnerObjectionDto {
  @ApiProperty({ maxLength: 300, description: 'what it is about, in a line' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  subject!: string;
  @ApiProperty({ maxLength: 4000 }) @IsString() @IsNotEmpty() @MaxLength(4000) description!: string;
}

/** A photo of the owner's defect, read at its owner-scoped `url` with the owner's session. */
export class OwnerDefectPhotoDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: DEFECT_PHOTO_STAGES, description: 'before: the defect as found; after: the fix' })
  stage!: string;
  @ApiProperty({ description: 'taken by the owner' }) byOwner!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty({
    description: 'GET it with the owner session: /owner/me/units/{unitId}/defects/{defectId}/photos/{id}',
  })
  url!: string;

  static from(unitId: string, photo: DefectPhotoEntity): OwnerDefectPhotoDto {
    return {
      id: photo.id,
      stage: photo.stage,
      byOwner: photo.ownerUploaded,
      createdAt: photo.createdAt.toISOString(),
      url: `/owner/me/units/${unitId}/defects/${photo.defectId}/photos/${photo.id}`,
    };
  }
}

/** A defect of the owner's unit as the owner sees it: no contractor, dispute or internal fields. */
export class OwnerDefectDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: DEFECT_SOURCES, description: 'open day, inspection, handover, after handover or own report' })
  source!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: DEFECT_STATUSES }) status!: string;
  @ApiProperty({ description: 'the company reported it fixed: the owner may confirm it or say it is not fixed' })
  awaitingOwner!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the fix deadline (YYYY-MM-DD)' })
  deadline!: string | null;
  @ApiProperty({ nullable: true, type: String }) fixedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ description: 'how many times the fix was sent back' }) reopenCount!: number;
  @ApiProperty({ nullable: true, type: String, description: 'the reply to the owner, if any' })
  ownerReply!: string | null;
  @ApiProperty({ type: [OwnerDefectPhotoDto] }) photos!: OwnerDefectPhotoDto[];

  static from(defect: DefectEntity, photos: readonly DefectPhotoEntity[]): OwnerDefectDto {
    return {
      id: defect.id,
      source: defect.source,
      description: defect.description,
      status: defect.status,
      awaitingOwner: defect.status === DEFECT_AWAITING_OWNER,
      createdAt: defect.createdAt.toISOString(),
      deadline: defect.deadline,
      fixedAt: defect.fixedAt?.toISOString() ?? null,
      closedAt: defect.closedAt?.toISOString() ?? null,
      reopenCount: defect.reopenCount,
      ownerReply: defect.ownerReply,
      photos: photos.map((photo) => OwnerDefectPhotoDto.from(defect.unitId!, photo)),
    };
  }
}

export class OwnerDefectPageDto {
  @ApiProperty({ type: [OwnerDefectDto] }) items!: OwnerDefectDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

/** An objection of the owner's unit: its committed reply time once customer service accepted it, and the reply. */
export class OwnerObjectionDto {
  @ApiProperty() id!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() description!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: '承诺答复时间; null until customer service accepts it' })
  replyDeadline!: string | null;
  @ApiProperty({ nullable: true, type: String }) replyContent!: string | null;
  @ApiProperty({ nullable: true, type: String }) repliedAt!: string | null;

  static from(complaint: ComplaintEntity): OwnerObjectionDto {
    return {
      id: complaint.id,
      subject: complaint.subject,
      description: complaint.description,
      receivedAt: complaint.receivedAt.toISOString(),
      status: complaint.status,
      replyDeadline: complaint.replyDeadline?.toISOString() ?? null,
      replyContent: complaint.status === 'replied' ? complaint.replyContent : null,
      repliedAt: complaint.status === 'replied' ? (complaint.repliedAt?.toISOString() ?? null) : null,
    };
  }
}

export class OwnerObjectionPageDto {
  @ApiProperty({ type: [OwnerObjectionDto] }) items!: OwnerObjectionDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
