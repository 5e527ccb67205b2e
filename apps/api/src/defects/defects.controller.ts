import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { MAX_PHOTO_BYTES } from '../storage/photo-content';
import { DefectsService, type UploadedPhotoFile } from './defects.service';
import {
  AssignDefectDto,
  CannotFixDefectDto,
  CreateDefectDto,
  DefectDto,
  DefectNoteDto,
  DefectPageDto,
  DefectPhotoDto,
  DefectSummaryQueryDto,
  DeferDefectDto,
  ListDefectsQueryDto,
  ReplyToOwnerDto,
  UnitDefectSummaryPageDto,
} from './dto/defect.dto';

const WRITERS = ['project_lead', 'department_head'] as const;

@ApiTags('defects')
@ApiBearerAuth()
@Controller('projects/:id/defects')
export class DefectsController {
  constructor(private readonly defects: DefectsService) {}

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: DefectDto })
  create(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateDefectDto, @CurrentUser() user: AuthenticatedUser) {
    return this.defects.create(user, id, body);
  }

  @Get()
  @ApiOkResponse({ type: DefectPageDto })
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListDefectsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.defects.list(user, id, query);
  }

  /** Per household (e.g. after the open day: ?source=open_day): counts by status and category. */
  @Get('summary-by-unit')
  @ApiOkResponse({ type: UnitDefectSummaryPageDto })
  summaryByUnit(@Param('id', ParseUUIDPipe) id: string, @Query() query: DefectSummaryQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.defects.summaryByUnit(user, id, query);
  }

  @Get(':defectId')
  @ApiOkResponse({ type: DefectDto })
  get(@Param('id', ParseUUIDPipe) id: string, @Param('defectId', ParseUUIDPipe) defectId: string, @CurrentUser() user: AuthenticatedUser) {
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

  @Post(':defectId/fix')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: DefectDto })
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

  /** multipart/form-data, field "file": JPEG, PNG or WebP, at most 5 MB. */
  @Post(':defectId/photos')
  @Roles(...WRITERS)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: DefectPhotoDto })
  addPhoto(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @UploadedFile() file: UploadedPhotoFile | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.defects.addPhoto(user, id, defectId, file);
  }

  @Get(':defectId/photos')
  @ApiOkResponse({ type: [DefectPhotoDto] })
  photos(@Param('id', ParseUUIDPipe) id: string, @Param('defectId', ParseUUIDPipe) defectId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.defects.photos(user, id, defectId);
  }

  @Get(':defectId/photos/:photoId')
  async photo(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('defectId', ParseUUIDPipe) defectId: string,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StreamableFile> {
    const { contentType, bytes } = await this.defects.photoContent(user, id, defectId, photoId);
    return new StreamableFile(bytes, { type: contentType, length: bytes.length });
  }
}
