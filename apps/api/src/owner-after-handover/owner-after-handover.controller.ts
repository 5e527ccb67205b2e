import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { PHOTO_CONTENT_TYPES } from '@handover/database';
import { ErrorResponseDto } from '../common/error-response.dto';
import type { UploadedPhotoFile } from '../defects/defects.service';
import { PhotoUploadInterceptor } from '../defects/photo-upload.interceptor';
import type { OwnerSession, OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { CurrentOwner } from '../owner-auth/owner-session.guard';
import { CurrentOwnerUnit, OwnerUnitRoute } from '../owner-auth/owner-unit.guard';
import { PHOTO_EXTENSIONS } from '../storage/photo-content';
import { OwnerSurveyAnswerBodyDto, OwnerSurveyDto, OwnerSurveyResponseDto } from './dto/owner-survey.dto';
import {
  CreateOwnerWarrantyRequestDto,
  OwnerWarrantyOverviewDto,
  OwnerWarrantyPhotoDto,
  OwnerWarrantyRequestDto,
  ProposeVisitWindowDto,
  RateOwnerWarrantyRequestDto,
} from './dto/owner-warranty.dto';
import { OwnerSurveyService } from './owner-survey.service';
import { OwnerWarrantyService } from './owner-warranty.service';

const PHOTO_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

@ApiTags('owner')
@Controller('owner/me/units/:unitId')
export class OwnerAfterHandoverController {
  constructor(
    private readonly warranty: OwnerWarrantyService,
    private readonly survey: OwnerSurveyService,
  ) {}

  @Get('warranty-requests')
  @OwnerUnitRoute()
  @ApiOperation({
    summary: "报修: the household's warranty requests, the components and whether each is in its period",
  })
  @ApiOkResponse({ type: OwnerWarrantyOverviewDto })
  list(@Param('unitId') _unitId: string, @CurrentOwnerUnit() unit: OwnerUnitRow): Promise<OwnerWarrantyOverviewDto> {
    return this.warranty.overview(unit);
  }

  @Post('warranty-requests')
  @OwnerUnitRoute()
  @ApiOperation({ summary: 'Raise a warranty request (after handover only; before it, report a handover issue)' })
  @ApiCreatedResponse({ type: OwnerWarrantyRequestDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'WARRANTY_REQUEST_NOT_HANDED_OVER' })
  create(
    @Param('unitId') _unitId: string,
    @Body() body: CreateOwnerWarrantyRequestDto,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerWarrantyRequestDto> {
    return this.warranty.create(session, unit, body);
  }

  /** multipart/form-data, field "file": a JPEG, PNG or WebP photo, at most 5 MB; stored re-encoded without EXIF. */
  @Post('warranty-requests/:ticketId/photos')
  @OwnerUnitRoute()
  @UseInterceptors(PhotoUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
  })
  @ApiCreatedResponse({ type: OwnerWarrantyPhotoDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'PHOTO_FILE_MISSING, PHOTO_NOT_AN_IMAGE' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'PHOTO_TOO_LARGE' })
  addPhoto(
    @Param('unitId') _unitId: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @UploadedFile() file: UploadedPhotoFile | undefined,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerWarrantyPhotoDto> {
    return this.warranty.addPhoto(session, unit, ticketId, file);
  }

  @Get('warranty-requests/:ticketId/photos/:photoId')
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
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<StreamableFile> {
    const photo = await this.warranty.photoContent(unit, ticketId, photoId);
    return new StreamableFile(photo.bytes, {
      type: photo.contentType,
      length: photo.bytes.length,
      disposition: `inline; filename="${photo.id}.${PHOTO_EXTENSIONS[photo.contentType]}"`,
    });
  }

  @Post('warranty-requests/:ticketId/visits/:visitId/accept')
  @HttpCode(200)
  @OwnerUnitRoute()
  @ApiOperation({ summary: 'Accept a visit time customer service arranged' })
  @ApiOkResponse({ type: OwnerWarrantyRequestDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'WARRANTY_VISIT_NOT_PROPOSED' })
  acceptVisit(
    @Param('unitId') _unitId: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Param('visitId', ParseUUIDPipe) visitId: string,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerWarrantyRequestDto> {
    return this.warranty.acceptVisit(session, unit, ticketId, visitId);
  }

  @Post('warranty-requests/:ticketId/visit-windows')
  @OwnerUnitRoute()
  @ApiOperation({ summary: 'Propose a window the owner is at home in, for the visit' })
  @ApiCreatedResponse({ type: OwnerWarrantyRequestDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'WARRANTY_REQUEST_CLOSED' })
  proposeWindow(
    @Param('unitId') _unitId: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Body() body: ProposeVisitWindowDto,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerWarrantyRequestDto> {
    return this.warranty.proposeWindow(session, unit, ticketId, body);
  }

  @Post('warranty-requests/:ticketId/rating')
  @HttpCode(200)
  @OwnerUnitRoute()
  @ApiOperation({ summary: 'Rate the repair (1–5 stars, comment) once it is done; once per request' })
  @ApiOkResponse({ type: OwnerWarrantyRequestDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'WARRANTY_REQUEST_NOT_REPAIRED, WARRANTY_REQUEST_ALREADY_RATED',
  })
  rate(
    @Param('unitId') _unitId: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Body() body: RateOwnerWarrantyRequestDto,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerWarrantyRequestDto> {
    return this.warranty.rate(session, unit, ticketId, body);
  }

  @Get('survey')
  @OwnerUnitRoute()
  @ApiOperation({ summary: "满意度调查: the project's dimensions and the household's response if it answered" })
  @ApiOkResponse({ type: OwnerSurveyDto })
  getSurvey(@Param('unitId') _unitId: string, @CurrentOwnerUnit() unit: OwnerUnitRow): Promise<OwnerSurveyDto> {
    return this.survey.get(unit);
  }

  @Post('survey')
  @OwnerUnitRoute()
  @ApiOperation({ summary: 'Answer the survey: one response per household' })
  @ApiCreatedResponse({ type: OwnerSurveyResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SURVEY_ALREADY_ANSWERED, SURVEY_NO_DIMENSIONS' })
  answerSurvey(
    @Param('unitId') _unitId: string,
    @Body() body: OwnerSurveyAnswerBodyDto,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerSurveyResponseDto> {
    return this.survey.answer(session, unit, body);
  }
}
