import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every refusal (see AllExceptionsFilter). */
export class ErrorResponseDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'TEXT_CONTAINS_NUL', description: 'stable code of the refusal' }) code!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'the values the message names' })
  params?: Record<string, string | number>;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: "the refusal in the caller's language (Accept-Language, zh-CN by default)",
  })
  message!: string | string[];
}
