import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  MAX_SURVEY_DIMENSIONS,
  SurveyAnswerDto,
  SurveyDimensionDto,
  SurveyScaleDto,
} from '../../surveys/dto/survey.dto';

export class OwnerSurveyAnswerBodyDto {
  @ApiProperty({ type: [SurveyAnswerDto], description: 'exactly one answer per dimension of the project' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_SURVEY_DIMENSIONS)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerDto)
  answers!: SurveyAnswerDto[];

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class OwnerSurveyResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'answered in the app (false: entered by customer service)' }) byOwner!: boolean;
  @ApiProperty({ type: [SurveyAnswerDto] }) answers!: SurveyAnswerDto[];
  @ApiProperty() createdAt!: string;
}

export class OwnerSurveyDto {
  @ApiProperty({ type: SurveyScaleDto }) scale!: SurveyScaleDto;
  @ApiProperty({ type: [SurveyDimensionDto] }) dimensions!: SurveyDimensionDto[];
  @ApiProperty({ nullable: true, type: OwnerSurveyResponseDto, description: "the household's response, if any" })
  response!: OwnerSurveyResponseDto | null;
}
