import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { PHOTO_CONTENT_TYPES } from '@handover/database';
import { ownerAuditActor } from '../audit/audit.service';
import { ErrorResponseDto } from '../common/error-response.dto';
import { PageQueryDto } from '../common/page.dto';
import { ComplaintsService } from '../complaints/complaints.service';
import { DefectsService, type UploadedPhotoFile } from '../defects/defects.service';
import type { OwnerSession, OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { CurrentOwner } from '../owner-auth/owner-session.guard';
import { CurrentOwnerUnit, OwnerUnitRoute } from '../owner-auth/owner-unit.guard';
import { PHOTO_EXTENSIONS } from '../storage/photo-content';
import {
  OwnerDefectDto,
  OwnerDefectPageDto,
  OwnerObjectionDto,
  OwnerObjectionPageDto,
  RaiseOwnerObjectionDto,
  RefuseDefectFixDto,
  ReportOwnerIssueDto,
} from './dto/owner-defects.dto';
import { OwnerPhotosInterceptor } from './owner-photos.interceptor';

/** A photo opened on its own loads nothing and runs nothing (as the staff photo route). */
const PHOTO_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

const PHOTO_CHECKS =
  'PHOTO_NOT_AN_IMAGE (not a decodable JPEG, PNG or WebP), PHOTO_TOO_MANY_PIXELS, OWNER_DEFECT_TOO_MANY_PHOTOS (at most 6), VALIDATION_FAILED';

const photosBody = (field: string, description: string) => ({
  schema: {
    type: 'object',
    properties: {
      [field]: { type: 'string', description },
      photos: { type: 'array', items: { type: 'string', format: 'binary' } },
    },
    required: [field],
  },
});

const owner = (session: OwnerSession, unit: OwnerUnitRow) => ({
  actor: ownerAuditActor(session),
  projectId: unit.projectId,
  unitId: unit.id,
});

/** 我的问题 and 异议 of the owner app: the signed-in owner's own unit only (any other is 404). */
@ApiTags('owner')
@Controller('owner/me/units/:unitId')
export class OwnerDefectsController {
  constructor(
    private readonly defects: DefectsService,
    private readonly complaints: ComplaintsService,
  ) {}

  /** Every defect of the unit (open day, inspections, handover, after handover, own reports), newest first. */
  @Get('defects')
  @OwnerUnitRoute()
  @ApiOkResponse({ type: OwnerDefectPageDto })
  async list(
    @Param('unitId') _unitId: string,
    @Query() query: PageQueryDto,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerDefectPageDto> {
    const { rows, total, photos } = await this.defects.listForOwnerUnit(unit.id, query.page, query.pageSize);
    const items = rows.map((row) => OwnerDefectDto.from(row, photos.get(row.id) ?? []));
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  /** 报告新问题 before handover: goes to customer service as an open defect (source owner_report); 409 after handover. */
  @Post('defects')
  @OwnerUnitRoute()
  @UseInterceptors(OwnerPhotosInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(photosBody('description', '问题描述'))
  @ApiCreatedResponse({ type: OwnerDefectDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: PHOTO_CHECKS })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'PHOTO_TOO_LARGE' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'OWNER_ISSUE_AFTER_HANDOVER' })
  async report(
    @Param('unitId') _unitId: string,
    @Body() body: ReportOwnerIssueDto,
    @UploadedFiles() files: UploadedPhotoFile[] | undefined,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerDefectDto> {
    const defect = await this.defects.reportAsOwner(owner(session, unit), body.description, files ?? []);
    return (await this.detail(unit, defect.id)) as OwnerDefectDto;
  }

  @Get('defects/:defectId')
  @OwnerUnitRoute()
  @ApiOkResponse({ type: OwnerDefectDto })
  get(
    @Param('unitId') _unitId: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerDefectDto> {
    return this.detail(unit, defectId);
  }

  /** 确认已整改: the company reported it fixed; the owner confirms, the defect is verified. */
  @Post('defects/:defectId/confirm')
  @HttpCode(200)
  @OwnerUnitRoute()
  @ApiOkResponse({ type: OwnerDefectDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'OWNER_DEFECT_NOT_AWAITING_OWNER, DEFECT_OWNER_REPLY_REQUIRED (a non-quality item not yet answered)',
  })
  async confirm(
    @Param('unitId') _unitId: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerDefectDto> {
    await this.defects.answerAsOwner(owner(session, unit), defectId, 'confirm');
    return this.detail(unit, defectId);
  }

  /** 未整改: with a reason and at least one photo; the defect goes back to the company (as a failed verification). */
  @Post('defects/:defectId/refuse')
  @HttpCode(200)
  @OwnerUnitRoute()
  @UseInterceptors(OwnerPhotosInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(photosBody('reason', '未整改的原因'))
  @ApiOkResponse({ type: OwnerDefectDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: `OWNER_DEFECT_REFUSAL_PHOTO_REQUIRED, ${PHOTO_CHECKS}`,
  })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'PHOTO_TOO_LARGE' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'OWNER_DEFECT_NOT_AWAITING_OWNER' })
  async refuse(
    @Param('unitId') _unitId: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: RefuseDefectFixDto,
    @UploadedFiles() files: UploadedPhotoFile[] | undefined,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerDefectDto> {
    await this.defects.answerAsOwner(owner(session, unit), defectId, 'refuse', {
      reason: body.reason,
      files: files ?? [],
    });
    return this.detail(unit, defectId);
  }

  /** A photo of one of the unit's defects; any other is 404. */
  @Get('defects/:defectId/photos/:photoId')
  @OwnerUnitRoute()
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Content-Security-Policy', PHOTO_CONTENT_SECURITY_POLICY)
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces(...PHOTO_CONTENT_TYPES)
  @ApiOkResponse({
    description: 'the photo in its stored type',
    content: Object.fromEntries(
      PHOTO_CONTENT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  async photo(
    @Param('unitId') _unitId: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<StreamableFile> {
    const photo = await this.defects.photoForOwnerUnit(unit.id, defectId, photoId);
    return new StreamableFile(photo.bytes, {
      type: photo.contentType,
      length: photo.bytes.length,
      disposition: `inline; filename="${photo.id}.${PHOTO_EXTENSIONS[photo.contentType]}"`,
    });
  }

  /** 提出异议: recorded as a complaint of the unit for customer service (投诉与异议), who commit a reply time. */
  @Post('objections')
  @OwnerUnitRoute()
  @ApiCreatedResponse({ type: OwnerObjectionDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  async raiseObjection(
    @Param('unitId') _unitId: string,
    @Body() body: RaiseOwnerObjectionDto,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerObjectionDto> {
    return OwnerObjectionDto.from(await this.complaints.raiseAsOwner(owner(session, unit), body));
  }

  /** The unit's objections with the committed reply time and, once given, the reply. */
  @Get('objections')
  @OwnerUnitRoute()
  @ApiOkResponse({ type: OwnerObjectionPageDto })
  async objections(
    @Param('unitId') _unitId: string,
    @Query() query: PageQueryDto,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerObjectionPageDto> {
    const [rows, total] = await this.complaints.listForOwnerUnit(unit.id, query.page, query.pageSize);
    return { items: rows.map(OwnerObjectionDto.from), page: query.page, pageSize: query.pageSize, total };
  }

  private async detail(unit: OwnerUnitRow, defectId: string): Promise<OwnerDefectDto> {
    const { defect, photos } = await this.defects.getForOwnerUnit(unit.id, defectId);
    return OwnerDefectDto.from(defect, photos);
  }
}
