import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PHASE_KEYS } from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';
import { IsCalendarDate } from '../../common/date-validators';

export class ListProjectsQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) cityCompany?: string;
  @ApiPropertyOptional({ enum: PHASE_KEYS }) @IsOptional() @IsIn(PHASE_KEYS as string[]) phase?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'atRisk must be true or false' })
  atRisk?: boolean;

  @ApiPropertyOptional({ enum: ['launching', 'active', 'completed'] })
  @IsOptional()
  @IsIn(['launching', 'active', 'completed'])
  status?: string;

  @ApiPropertyOptional({ description: 'D on or after this date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'D on or before this date' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
