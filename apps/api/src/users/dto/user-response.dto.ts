import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../auth/authenticated-user';

export class UserResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) department!: string | null;

  static from(user: AuthenticatedUser): UserResponseDto {
    return { id: user.id, name: user.name, role: user.role, department: user.department };
  }
}

export class UserWithTokenResponseDto extends UserResponseDto {
  @ApiProperty({ description: 'bearer token for this user' }) token!: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserResponseDto] }) items!: UserResponseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
