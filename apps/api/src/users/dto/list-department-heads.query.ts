import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DEPARTMENTS } from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';

export class ListDepartmentHeadsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DEPARTMENTS })
  @IsOptional()
  @IsIn(DEPARTMENTS as string[], { message: `department must be one of ${DEPARTMENTS.join(', ')}` })
  department?: string;

  @ApiPropertyOptional({ description: 'part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
