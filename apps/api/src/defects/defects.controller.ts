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
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
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
import { CurrentUser, OpenToContractors, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PHOTO_EXTENSIONS } from '../storage/photo-content';
import { DefectsService, type UploadedPhotoFile } from './defects.service';
import {
  AssignDefectDto,
  CannotFixDefectDto,
  CreateDefectDto,
  DecideDisputeDto,
  DefectDto,
  DisputeDefectDto,
  PhotoStageQueryDto,
  ReopenDefectDto,
  DefectNoteDto,
  DefectPageDto,
  DefectPhotoDto,
  DefectSummaryQueryDto,
  DeferDefectDto,
  ListDefectsQueryDto,
  ReplyToOwnerDto,
  UnitDefectSummaryPageDto,
} from './dto/defect.dto';
import { PhotoUploadInterceptor } from './photo-upload.interceptor';

const WRITERS = ['project_lead', 'department_head'] as const;

/** A photo opened on its own loads nothing and runs nothing. */
const PHOTO_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

@ApiTags('defects')
@ApiBearerAuth()
@Controller('projects/:id/defects')
export class DefectsController {
  constructor(private readonly defects: DefectsService) {}

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: DefectDto })
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateDefectDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.create(user, id, body);
  }

  @Get()
  @OpenToContractors()
  @ApiOkResponse({ type: DefectPageDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListDefectsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.list(user, id, query);
  }

  /** Per household (e.g. after the open day: ?source=open_day): counts by status and category. */
  @Get('summary-by-unit')
  @ApiOkResponse({ type: UnitDefectSummaryPageDto })
  summaryByUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DefectSummaryQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.summaryByUnit(user, id, query);
  }

  @Get(':defectId')
  @OpenToContractors()
  @ApiOkResponse({ type: DefectDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.get(user, id, defectId);
  }

  @Post(':defectId/assign')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: DefectDto })
  assign(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: AssignDefectDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.assign(user, id, defectId, body);
  }

  /** Marked fixed by the writers or the company it is assigned to, only with an after photo uploaded since it opened. */
  @Post(':defectId/fix')
  @HttpCode(200)
  @Roles(...WRITERS, 'contractor')
  @ApiOkResponse({ type: DefectDto })
  @ApiConflictResponse({ description: 'DEFECT_FIX_PHOTO_REQUIRED, DEFECT_STATUS_TRANSITION' })
  fix(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: DefectNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.fix(user, id, defectId, body);
  }

  @Post(':defectId/verify')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: DefectDto })
  verify(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: DefectNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.verify(user, id, defectId, body);
  }

  /** 接单: the contractor company it is assigned to acknowledges the work order. */
  @Post(':defectId/accept')
  @HttpCode(200)
  @Roles('contractor')
  @ApiOkResponse({ type: DefectDto })
  accept(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.accept(user, id, defectId);
  }

  /** 提出异议: the company says it is not its to fix (not its trade, not a defect, the owner's doing), with a reason. */
  @Post(':defectId/dispute')
  @HttpCode(200)
  @Roles('contractor')
  @ApiOkResponse({ type: DefectDto })
  dispute(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: DisputeDefectDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.dispute(user, id, defectId, body);
  }

  /** The engineering head's (or lead's) ruling on a dispute: rejected, upheld and reassigned, or upheld and dismissed. */
  @Post(':defectId/dispute-decision')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: DefectDto })
  decideDispute(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: DecideDisputeDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.decideDispute(user, id, defectId, body);
  }

  /** 退回整改: verification failed; back to the company with the reason (counted). */
  @Post(':defectId/reopen')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: DefectDto })
  reopen(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: ReopenDefectDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.reopen(user, id, defectId, body);
  }

  /** Closes a defect that cannot be fixed: the unified explanation and the compensation plan are required. */
  @Post(':defectId/cannot-fix')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: DefectDto })
  cannotFix(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: CannotFixDefectDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.cannotFix(user, id, defectId, body);
  }

  @Post(':defectId/reply-to-owner')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: DefectDto })
  replyToOwner(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: ReplyToOwnerDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.replyToOwner(user, id, defectId, body);
  }

  /** Moves the fix past the gate with a committed completion date. */
  @Post(':defectId/defer')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: DefectDto })
  defer(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Body() body: DeferDefectDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.defer(user, id, defectId, body);
  }

  /**
   * multipart/form-data, field "file": a JPEG, PNG or WebP photo, at most 5 MB and 50 megapixels. What is stored is a
   * copy re-encoded from the decoded pixels, upright, without EXIF/GPS or other metadata; its type and size are in the
   * answer.
   */
  @Post(':defectId/photos')
  @Roles(...WRITERS, 'contractor')
  @UseInterceptors(PhotoUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
  })
  @ApiCreatedResponse({ type: DefectPhotoDto })
  @ApiBadRequestResponse({
    description: 'PHOTO_FILE_MISSING, PHOTO_NOT_AN_IMAGE (not a decodable JPEG, PNG or WebP) or PHOTO_TOO_MANY_PIXELS',
  })
  @ApiPayloadTooLargeResponse({ description: 'PHOTO_TOO_LARGE' })
  addPhoto(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @UploadedFile() file: UploadedPhotoFile | undefined,
    @Query() query: PhotoStageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.addPhoto(user, id, defectId, file, query.stage);
  }

  @Get(':defectId/photos')
  @OpenToContractors()
  @ApiOkResponse({ type: [DefectPhotoDto] })
  photos(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.photos(user, id, defectId);
  }

  /** The stored photo's bytes, never to be sniffed as anything else nor run as a document. */
  @Get(':defectId/photos/:photoId')
  @OpenToContractors()
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Content-Security-Policy', PHOTO_CONTENT_SECURITY_POLICY)
  @ApiProduces(...PHOTO_CONTENT_TYPES)
  @ApiOkResponse({
    description: 'the photo in its stored type',
    content: Object.fromEntries(
      PHOTO_CONTENT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
    headers: {
      'X-Content-Type-Options': { schema: { type: 'string', enum: ['nosniff'] } },
      'Content-Disposition': {
        description: 'inline; filename="<photo id>.<jpg|png|webp>"',
        schema: { type: 'string' },
      },
      'Content-Security-Policy': { schema: { type: 'string', enum: [PHOTO_CONTENT_SECURITY_POLICY] } },
    },
  })
  async photo(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StreamableFile> {
    const photo = await this.defects.photoContent(user, id, defectId, photoId);
    return new StreamableFile(photo.bytes, {
      type: photo.contentType,
      length: photo.bytes.length,
      // Named by the photo's id, never by anything the uploader sent.
      disposition: `inline; filename="${photo.id}.${PHOTO_EXTENSIONS[photo.contentType]}"`,
    });
  }
}
