import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SURVEY_SCORE_MAX, SURVEY_SCORE_MIN, type SurveyAnalysis } from '@handover/domain';

export const MAX_SURVEY_DIMENSIONS = 20;
const SCORE = { minimum: SURVEY_SCORE_MIN, maximum: SURVEY_SCORE_MAX, example: 8 };
const scoreMessage = (field: string) => ({
  message: `${field} must be a whole number from ${SURVEY_SCORE_MIN} to ${SURVEY_SCORE_MAX}`,
});

export class AddSurveyDimensionsDto {
  @ApiProperty({
    example: ['交付流程', '房屋质量', '服务态度', '维修响应'],
    description: 'dimensions to add; existing names are kept',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_SURVEY_DIMENSIONS)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  names!: string[];
}

export class SurveyDimensionDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'display order' }) position!: number;
}

export class SurveyDimensionListDto {
  @ApiProperty({ type: [SurveyDimensionDto] }) items!: SurveyDimensionDto[];
  @ApiProperty({ description: 'responses recorded so far; dimensions are fixed once the first one is in' })
  responses!: number;
}

export class SurveyAnswerDto {
  @ApiProperty() @IsUUID() dimensionId!: string;
  @ApiProperty({ ...SCORE, description: '重要性: how much this matters to the owner' })
  @IsInt(scoreMessage('importance'))
  @Min(SURVEY_SCORE_MIN, scoreMessage('importance'))
  @Max(SURVEY_SCORE_MAX, scoreMessage('importance'))
  importance!: number;

  @ApiProperty({ ...SCORE, description: '期望: what the owner expected' })
  @IsInt(scoreMessage('expectation'))
  @Min(SURVEY_SCORE_MIN, scoreMessage('expectation'))
  @Max(SURVEY_SCORE_MAX, scoreMessage('expectation'))
  expectation!: number;

  @ApiProperty({ ...SCORE, description: '体验: what the owner experienced' })
  @IsInt(scoreMessage('experience'))
  @Min(SURVEY_SCORE_MIN, scoreMessage('experience'))
  @Max(SURVEY_SCORE_MAX, scoreMessage('experience'))
  experience!: number;
}

export class CreateSurveyResponseDto {
  @ApiProperty({ description: 'the unit (户) whose owner answered; one response per unit' }) @IsUUID() unitId!: string;

  @ApiProperty({ type: [SurveyAnswerDto], description: 'exactly one answer per dimension of the project' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_SURVEY_DIMENSIONS)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerDto)
  answers!: SurveyAnswerDto[];

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class SurveyResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: [SurveyAnswerDto] }) answers!: SurveyAnswerDto[];
  @ApiProperty() createdAt!: string;
}

export class SurveyExactDto {
  @ApiProperty({ example: '-5/4' }) gap!: string;
  @ApiProperty({ example: '-65/8' }) weightedGap!: string;
}

export class SurveyDimensionAnalysisDto {
  @ApiProperty() dimensionId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() responses!: number;
  @ApiProperty({ nullable: true, type: String, example: '8.50' }) meanImportance!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '8.00' }) meanExpectation!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '6.00' }) meanExperience!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '-2.00', description: 'experience − expectation (满意度)' })
  gap!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '-17.00', description: 'importance × gap' }) weightedGap!:
    | string
    | null;
  @ApiProperty({ nullable: true, type: SurveyExactDto }) exact!: SurveyExactDto | null;
  @ApiProperty({ nullable: true, type: Number, description: '1 = most negative weighted gap' }) rank!: number | null;
}

export class SurveyKeyExperienceDto {
  @ApiProperty() dimensionId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() weightedGap!: string;
  @ApiProperty() gap!: string;
  @ApiProperty() meanImportance!: string;
}

export class SurveyScaleDto {
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
}

export class SurveyAnalysisDto {
  @ApiProperty({ type: SurveyScaleDto }) scale!: SurveyScaleDto;
  @ApiProperty({ description: 'owners who answered' }) responses!: number;
  @ApiProperty({ type: [SurveyDimensionAnalysisDto] }) dimensions!: SurveyDimensionAnalysisDto[];
  @ApiProperty({
    nullable: true,
    type: SurveyKeyExperienceDto,
    description: '关键体验: the most negative weighted gap; null if none falls short',
  })
  keyExperience!: SurveyKeyExperienceDto | null;

  static from(analysis: SurveyAnalysis, responses: number): SurveyAnalysisDto {
    return {
      scale: { ...analysis.scale },
      responses,
      dimensions: analysis.dimensions.map((dimension) => ({
        ...dimension,
        exact: dimension.exact ? { ...dimension.exact } : null,
      })),
      keyExperience: analysis.keyExperience ? { ...analysis.keyExperience } : null,
    };
  }
}
