import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
  ApiExtraModels,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/error-response.dto';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import {
  ListUnitsQueryDto,
  UnitDetailDto,
  UnitFileImportResultDto,
  UnitGridDto,
  UnitImportRejectionDto,
  UnitImportResultDto,
  UnitPageDto,
} from './dto/unit.dto';
import { UnitFileUploadInterceptor, type UploadedUnitFile } from './unit-file-upload.interceptor';
import { UnitImportRejectedFilter } from './unit-import-rejected';
import { UnitsService } from './units.service';

const CSV_EXAMPLE = [
  '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯',
  '3#,1,1201,王小明,13812341234,89.57,89.12,25000.50,精装',
].join('\n');

@ApiTags('units')
@ApiBearerAuth()
@Controller('projects/:id/units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  /** Imports the unit list (户清单) of a project: all rows or none. */
  @Post('import')
  @Roles('project_lead', 'hq', 'admin')
  @UseFilters(UnitImportRejectedFilter)
  @ApiOperation({
    summary: 'Import the unit list (户清单) from CSV: all rows or none',
    description:
      'The request body is the CSV file itself, UTF-8, `Content-Type: text/csv`, at most 10 MB and 20,000 rows. ' +
      'A header row names the columns, in English or Chinese, in any order: building (楼栋), unit (单元), room (房号), ' +
      'ownerName (业主姓名), ownerPhone (业主电话: mobile 1[3-9]xxxxxxxxx or landline with area code), contractedArea (合同面积, m², ' +
      '≤ 2 decimals), surveyedArea (实测面积), pricePerSqm (单价, yuan per m², ≤ 2 decimals), fitOut (精装/毛坯 or fitted/shell). ' +
      'Every row is checked; if any row has a problem, or a unit is listed twice or already exists, nothing is imported and the ' +
      'answer is 400 with every problem by spreadsheet row (the header is row 1). The project lead, HQ or an admin imports.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: CSV_EXAMPLE } })
  @ApiCreatedResponse({ type: UnitImportResultDto })
  @ApiExtraModels(UnitImportRejectionDto, ErrorResponseDto)
  @ApiBadRequestResponse({
    schema: { anyOf: [{ $ref: getSchemaPath(UnitImportRejectionDto) }, { $ref: getSchemaPath(ErrorResponseDto) }] },
    description:
      'nothing imported: every problem by row and column (UNIT_IMPORT_REJECTED), or a body no CSV can be (e.g. TEXT_CONTAINS_NUL)',
  })
  import(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() csv: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UnitImportResultDto> {
    return this.units.import(user, id, csv);
  }

  /** Imports the unit list (户清单) from an uploaded .xlsx or CSV file: all rows or none. */
  @Post('import-file')
  @Roles('project_lead', 'hq', 'admin')
  @UseInterceptors(UnitFileUploadInterceptor)
  @UseFilters(UnitImportRejectedFilter)
  @ApiOperation({
    summary: 'Import the unit list (户清单) from an uploaded .xlsx or CSV file: all rows or none',
    description:
      'multipart/form-data, field "file", at most 10 MB and 20,000 rows: an Excel workbook (.xlsx; its first worksheet, ' +
      'first row the header) or a CSV file in UTF-8, UTF-8 with BOM or GBK / GB18030 (what Excel on a Chinese Windows ' +
      'saves as "CSV (逗号分隔)"). The kind of file and the encoding are read from its bytes: valid UTF-8 is UTF-8, ' +
      'anything else is decoded as GB18030, and a first row that names no column either way is refused ' +
      '(UNIT_FILE_HEADERS_NOT_FOUND) instead of being imported as mojibake. Old .xls and macro workbooks (.xlsm) are ' +
      'refused with 415. The columns and the checks are those of POST /projects/{id}/units/import; if any row has a ' +
      'problem nothing is imported and the answer is 400 with every problem by spreadsheet row.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary', description: '.xlsx or .csv' } },
      required: ['file'],
    },
  })
  @ApiCreatedResponse({ type: UnitFileImportResultDto })
  @ApiBadRequestResponse({
    schema: { anyOf: [{ $ref: getSchemaPath(UnitImportRejectionDto) }, { $ref: getSchemaPath(ErrorResponseDto) }] },
    description:
      'nothing imported: every problem by row and column (UNIT_IMPORT_REJECTED), or the file as a whole ' +
      '(UNIT_FILE_MISSING, UNIT_FILE_UPLOAD_INVALID, UNIT_FILE_HEADERS_NOT_FOUND, UNIT_FILE_XLSX_UNREADABLE)',
  })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'UNIT_FILE_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({
    type: ErrorResponseDto,
    description: 'UNIT_FILE_XLS_OLD, UNIT_FILE_MACRO or UNIT_FILE_NOT_SPREADSHEET (neither .xlsx nor CSV text)',
  })
  importFile(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedUnitFile | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UnitFileImportResultDto> {
    return this.units.importFile(user, id, file);
  }

  /** Units of the project, owner phone masked. */
  @Get()
  @ApiOkResponse({ type: UnitPageDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListUnitsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.units.list(user, id, query);
  }

  /** 房源图: every unit of the project with its handover state, compact, in one answer (no owner data). */
  @Get('grid')
  @ApiOperation({ summary: 'Every unit of the project with its floor and handover state, for the unit grid' })
  @ApiOkResponse({ type: UnitGridDto })
  @Header('Content-Type', 'application/json; charset=utf-8')
  grid(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<string> {
    return this.units.gridJson(user, id);
  }

  /** One unit, the full record. */
  @Get(':unitId')
  @ApiOkResponse({ type: UnitDetailDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.units.get(user, id, unitId);
  }
}
