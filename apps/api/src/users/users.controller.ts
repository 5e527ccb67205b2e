import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, OpenToContractors } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { TokenService } from '../auth/token.service';
import { AuditService } from '../audit/audit.service';
import { CreateUserDto } from './dto/create-user.dto';
import { ListDepartmentHeadsQueryDto } from './dto/list-department-heads.query';
import { ListUsersQueryDto } from './dto/list-users.query';
import { UserPageDto, UserResponseDto, UserWithTokenResponseDto } from './dto/user-response.dto';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly service: UsersService,
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  @Get('me')
  @OpenToContractors()
  @ApiOkResponse({ type: UserResponseDto })
  me(@CurrentUser() user: AuthenticatedUser): UserResponseDto {
    return UserResponseDto.from(user);
  }

  /**
   * Everyone, by part of the name, role and department: the admin's users list and the console's people pickers. A
   * lead reads it too, to pick the city company's responsible person (names, roles and departments only).
   */
  @Get()
  @Roles('admin', 'hq', 'project_lead')
  @ApiOkResponse({ type: UserPageDto })
  async list(@Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    const [users, total] = await this.users.list(query);
    return { items: users.map(UserResponseDto.from), page: query.page, pageSize: query.pageSize, total };
  }

  /** The department heads a lead can staff a project with (names and departments only). */
  @Get('department-heads')
  @Roles('project_lead', 'hq', 'admin')
  @ApiOkResponse({ type: UserPageDto })
  async departmentHeads(@Query() query: ListDepartmentHeadsQueryDto): Promise<UserPageDto> {
    const [users, total] = await this.users.listDepartmentHeads(query);
    return { items: users.map(UserResponseDto.from), page: query.page, pageSize: query.pageSize, total };
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: UserWithTokenResponseDto })
  async create(@Body() dto: CreateUserDto, @CurrentUser() by: AuthenticatedUser): Promise<UserWithTokenResponseDto> {
    const { user, token } = await this.service.create(dto, by);
    return { ...UserResponseDto.from(user), token };
  }

  @Post(':id/tokens')
  @Roles('admin')
  @HttpCode(201)
  @ApiCreatedResponse({ type: UserWithTokenResponseDto })
  async mintToken(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() by: AuthenticatedUser,
  ): Promise<UserWithTokenResponseDto> {
    const user = await this.users.findById(id);
    if (!user) throw new ApiError(HttpStatus.NOT_FOUND, 'USER_NOT_FOUND', { userId: id });
    await this.audit.record({ actor: by, action: 'user.token', entityType: 'user', entityId: id });
    return { ...UserResponseDto.from(user), token: this.tokens.mint(user.id) };
  }
}
