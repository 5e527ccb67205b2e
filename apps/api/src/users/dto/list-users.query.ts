import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DEPARTMENTS } from '@handover/domain';
import type { ActorRole } from '@handover/contracts';
import { PageQueryDto } from '../../common/page.dto';
import { ROLES } from './create-user.dto';

/** The people an admin or HQ looks through (user pickers, the admin's users list): part of the name, role, department. */
export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'part of the name (taken literally)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: ActorRole;

  @ApiPropertyOptional({ enum: DEPARTMENTS })
  @IsOptional()
  @IsIn(DEPARTMENTS as string[], { message: `department must be one of ${DEPARTMENTS.join(', ')}` })
  department?: string;
}
