import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { ContractorsService } from './contractors.service';
import {
  AddProjectContractorDto,
  ContractorCompanyDto,
  ContractorCompanyPageDto,
  CreateContractorCompanyDto,
  ListContractorCompaniesQueryDto,
} from './dto/contractor.dto';

@ApiTags('contractors')
@ApiBearerAuth()
@Controller()
export class ContractorsController {
  constructor(private readonly contractors: ContractorsService) {}

  @Post('contractor-companies')
  @Roles('admin', 'hq', 'project_lead')
  @ApiOperation({ summary: 'Register a contractor company (施工单位: 总包 or a trade 分包)' })
  @ApiCreatedResponse({ type: ContractorCompanyDto })
  @ApiConflictResponse({ description: 'CONTRACTOR_COMPANY_NAME_TAKEN' })
  createCompany(@Body() body: CreateContractorCompanyDto, @CurrentUser() user: AuthenticatedUser) {
    return this.contractors.createCompany(user, body);
  }

  @Get('contractor-companies')
  @Roles('admin', 'hq', 'project_lead', 'department_head')
  @ApiOperation({ summary: 'Contractor companies by part of the name and kind, paginated' })
  @ApiOkResponse({ type: ContractorCompanyPageDto })
  listCompanies(@Query() query: ListContractorCompaniesQueryDto) {
    return this.contractors.listCompanies(query);
  }

  @Post('projects/:id/contractors')
  @HttpCode(200)
  @Roles('admin', 'project_lead')
  @ApiOperation({ summary: "Bring a contractor company onto the project; answers the project's companies" })
  @ApiOkResponse({ type: [ContractorCompanyDto] })
  addToProject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddProjectContractorDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.contractors.addToProject(user, id, body.companyId);
  }

  @Get('projects/:id/contractors')
  @Roles('admin', 'hq', 'project_lead', 'department_head')
  @ApiOperation({ summary: 'The contractor companies working on the project' })
  @ApiOkResponse({ type: [ContractorCompanyDto] })
  projectCompanies(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.contractors.projectCompanies(user, id);
  }
}
