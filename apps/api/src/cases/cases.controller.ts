import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseDto, CasePageDto, CreateCaseDto, ListCasesQueryDto } from './dto/case.dto';
import { CasesService } from './cases.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @Roles('project_lead', 'department_head', 'hq')
  @ApiOperation({ summary: 'Promote a defect or complaint to a case of the company case library (案例库)' })
  @ApiCreatedResponse({ type: CaseDto })
  @ApiConflictResponse({ description: 'the record is already a case' })
  create(@Body() body: CreateCaseDto, @CurrentUser() user: AuthenticatedUser): Promise<CaseDto> {
    return this.cases.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'Search the case library across projects: text in title/summary, tag, kind; paginated' })
  @ApiOkResponse({ type: CasePageDto })
  search(@Query() query: ListCasesQueryDto): Promise<CasePageDto> {
    return this.cases.search(query);
  }

  @Get(':caseId')
  @ApiOkResponse({ type: CaseDto })
  get(@Param('caseId', ParseUUIDPipe) caseId: string): Promise<CaseDto> {
    return this.cases.get(caseId);
  }
}
