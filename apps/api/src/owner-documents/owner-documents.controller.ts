import {
  Body,
  Controller,
  Get,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { ErrorResponseDto } from '../common/error-response.dto';
import type { OwnerSession, OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { CurrentOwner } from '../owner-auth/owner-session.guard';
import { CurrentOwnerUnit, OwnerUnitRoute } from '../owner-auth/owner-unit.guard';
import { OWNER_DOCUMENTS, PRINT_DOCUMENTS, type OwnerDocument, type PrintDocument } from './document-pdf';
import {
  BuildingPrintQueryDto,
  OwnerDocumentDraftDto,
  SignDocumentDto,
  SignedDocumentDto,
  SignedDocumentListDto,
} from './dto/owner-documents.dto';
import { OwnerDocumentsService } from './owner-documents.service';

const PDF = 'application/pdf';
const PDF_RESPONSE = ApiOkResponse({
  description: 'the PDF',
  content: { [PDF]: { schema: { type: 'string', format: 'binary' } } },
});

function documentOf(value: string): OwnerDocument {
  if ((OWNER_DOCUMENTS as readonly string[]).includes(value)) return value as OwnerDocument;
  throw new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', {});
}

function pdfFile(document: OwnerDocument, file: { pdf: Buffer; sha256: string }, response: Response): StreamableFile {
  response.setHeader('X-Content-SHA256', file.sha256);
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(file.pdf, {
    type: PDF,
    length: file.pdf.length,
    disposition: `attachment; filename="${document}.pdf"`,
  });
}

/** 签字确认 (issue 17): the owner signs the 验房单 and 收楼确认书 on the phone and downloads them as PDF. */
@ApiTags('owner')
@Controller('owner/me/units/:unitId')
export class OwnerDocumentsController {
  constructor(private readonly documents: OwnerDocumentsService) {}

  @Post('signatures')
  @OwnerUnitRoute()
  @ApiOperation({ summary: 'Sign the 验房单 (after 验房) or the 收楼确认书 (after 钥匙交接); once per document' })
  @ApiCreatedResponse({ type: SignedDocumentDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, OWNER_SIGNATURE_BAD_IMAGE' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'OWNER_SIGNATURE_NOT_YET, OWNER_SIGNATURE_CLOSED, OWNER_SIGNATURE_ALREADY',
  })
  sign(
    @Param('unitId') _unitId: string,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
    @Body() dto: SignDocumentDto,
  ): Promise<SignedDocumentDto> {
    return this.documents.sign(session, unit, dto.document, dto.signaturePng);
  }

  @Get('documents')
  @OwnerUnitRoute()
  @ApiOkResponse({ type: SignedDocumentListDto })
  list(@Param('unitId') _unitId: string, @CurrentOwnerUnit() unit: OwnerUnitRow): Promise<SignedDocumentListDto> {
    return this.documents.list(unit.id);
  }

  @Get('documents/:document/draft')
  @OwnerUnitRoute()
  @ApiOperation({
    summary: 'What the owner would sign now: the items, or the keys, documents and amounts (签字前核对)',
  })
  @ApiOkResponse({ type: OwnerDocumentDraftDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'OWNER_SIGNATURE_NOT_YET, OWNER_SIGNATURE_CLOSED' })
  draft(
    @Param('unitId') _unitId: string,
    @Param('document') document: string,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerDocumentDraftDto> {
    return this.documents.draft(unit, documentOf(document));
  }

  @Get('documents/:document.pdf')
  @OwnerUnitRoute()
  @ApiProduces(PDF)
  @PDF_RESPONSE
  async download(
    @Param('unitId') _unitId: string,
    @Param('document') document: string,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const kind = documentOf(document);
    return pdfFile(kind, await this.documents.pdf(unit.id, kind), response);
  }
}

/** The signed documents for staff, and the desk's print of a whole building (交付通知书, 验房单, 钥匙交接记录). */
@ApiTags('owner documents')
@ApiBearerAuth()
@Controller('projects/:projectId')
export class ProjectDocumentsController {
  constructor(private readonly documents: OwnerDocumentsService) {}

  @Get('units/:unitId/documents')
  @ApiOperation({
    summary: "The owner's signed documents of the unit (验房单, 收楼确认书): when signed and their hashes",
  })
  @ApiOkResponse({ type: SignedDocumentListDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'PROJECT_NOT_FOUND, UNIT_NOT_FOUND' })
  list(
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SignedDocumentListDto> {
    return this.documents.staffList(user, projectId, unitId);
  }

  @Get('units/:unitId/documents/:document.pdf')
  @ApiProduces(PDF)
  @PDF_RESPONSE
  async download(
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Param('document') document: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const kind = documentOf(document);
    return pdfFile(kind, await this.documents.staffPdf(user, projectId, unitId, kind), response);
  }

  @Get('buildings/:building/print.pdf')
  @ApiOperation({ summary: 'One PDF for the building: per unit in order, a page per document asked for (streamed)' })
  @ApiProduces(PDF)
  @PDF_RESPONSE
  async print(
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Param('building') building: string,
    @Query() query: BuildingPrintQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    const documents = (query.documents ?? PRINT_DOCUMENTS.join(','))
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
    if (documents.length === 0 || documents.some((part) => !(PRINT_DOCUMENTS as readonly string[]).includes(part))) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', {});
    }
    await this.documents.printBuilding(user, projectId, building, documents as PrintDocument[], response);
  }
}
